/**
 * The article-extraction benchmark's score, recomputed (its evaluate.py as PROVENANCE.md
 * describes it): `\w+` tokens, 4-token shingles counted as multisets, tp/fp/fn normalised per
 * document, precision and recall averaged over documents, F1 = 2PR / (P + R).
 */
const tokens = (text: string): string[] => text.match(/[\p{L}\p{N}_]+/gu) ?? []

function shingles(text: string, n = 4): Map<string, number> {
  const words = tokens(text)
  const counts = new Map<string, number>()
  const last = Math.max(1, words.length - n + 1)
  for (let i = 0; i < last && words.length > 0; i += 1) {
    const key = words.slice(i, i + n).join(' ')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Per-document precision and recall of `predicted` against `truth`. */
export function documentScore(
  predicted: string,
  truth: string,
): { precision: number; recall: number } {
  const p = shingles(predicted)
  const t = shingles(truth)
  let tp = 0
  let fp = 0
  for (const [key, n] of p) {
    const m = t.get(key) ?? 0
    tp += Math.min(n, m)
    fp += Math.max(0, n - m)
  }
  let fn = 0
  for (const [key, m] of t) fn += Math.max(0, m - (p.get(key) ?? 0))
  // Normalised per document; an empty prediction of an empty truth is perfect.
  if (tp + fp + fn === 0) return { precision: 1, recall: 1 }
  return {
    precision: tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: tp + fn === 0 ? 0 : tp / (tp + fn),
  }
}

/** Averages per-document scores into P, R and F1. */
export function overallScore(scores: readonly { precision: number; recall: number }[]) {
  const precision = scores.reduce((s, x) => s + x.precision, 0) / Math.max(1, scores.length)
  const recall = scores.reduce((s, x) => s + x.recall, 0) / Math.max(1, scores.length)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}
