import type { Attribution } from './attribution.js'
import type { Block, BlockDocument, Inline, Mark } from './block-document.js'
import type { SuggestedAttribution } from './attribution-suggest.js'
import { blockText } from './document-text.js'

/** An attribution id from readable words: "Dmitry Peskov" → "dmitry-peskov", unique in `taken`. */
export function attributionIdFor(words: string, taken: ReadonlySet<string>): string {
  const base =
    words
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 34)
      .replace(/-+$/, '') || 'source'
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

const sameSpeaker = (a: Attribution, s: SuggestedAttribution): boolean =>
  (a.speaker?.name ?? '').toLowerCase() === (s.speakerName ?? '').toLowerCase() &&
  a.sourcing === s.sourcing &&
  (a.relayed?.outlet ?? '').toLowerCase() === (s.relayed?.outlet ?? '').toLowerCase() &&
  (s.speakerName !== null || a.description === s.description)

/**
 * The story's attributions with the suggestion's among them: an existing attribution with the
 * same speaker, sourcing and outlet is reused, otherwise a new one is added.
 */
export function withSuggestedAttribution(
  attributions: readonly Attribution[],
  suggestion: SuggestedAttribution,
  entityId: string | null,
): { attributions: Attribution[]; id: string } {
  const existing = attributions.find((a) => sameSpeaker(a, suggestion))
  if (existing !== undefined) return { attributions: [...attributions], id: existing.id }
  const id = attributionIdFor(
    suggestion.speakerName ?? suggestion.description ?? suggestion.sourcing,
    new Set(attributions.map((a) => a.id)),
  )
  const added: Attribution = {
    id,
    speaker: suggestion.speakerName === null ? null : { entityId, name: suggestion.speakerName },
    role: suggestion.role,
    sourcing: suggestion.sourcing,
    description: suggestion.description,
    relayed: suggestion.relayed,
    documentUrl: null,
    sourceIds: [],
    event: null,
    saidOn: null,
    signOff: null,
  }
  return { attributions: [...attributions, added], id }
}

/**
 * The body with the suggested quote attributed to `attributionId`: a block quote gets the
 * attribute, quoted words in a paragraph a `quote` mark (text nodes split at its edges). Null
 * when the words at the suggestion's place are no longer its quote (the body changed since).
 */
export function markSuggestedQuote(
  body: BlockDocument,
  suggestion: Pick<SuggestedAttribution, 'quote' | 'at'>,
  attributionId: string,
): BlockDocument | null {
  const { at, quote } = suggestion
  const block = body.content[at.block]
  if (block === undefined || quote === null) return null
  if (blockText(block).slice(at.start, at.end).trim() !== quote) return null
  let marked: Block
  if (block.type === 'blockquote') {
    marked = { ...block, attrs: { ...block.attrs, attribution: attributionId } }
  } else if (block.type === 'paragraph') {
    marked = { ...block, content: markRange(block.content ?? [], at.start, at.end, attributionId) }
  } else return null
  return { ...body, content: body.content.map((b, i) => (i === at.block ? marked : b)) }
}

function markRange(nodes: readonly Inline[], start: number, end: number, id: string): Inline[] {
  const out: Inline[] = []
  let pos = 0
  for (const node of nodes) {
    const from = pos
    pos += node.type === 'text' ? node.text.length : 1
    if (node.type !== 'text' || pos <= start || from >= end) {
      out.push(node)
      continue
    }
    const cuts = [from, Math.max(from, start), Math.min(pos, end), pos]
    for (let k = 0; k < 3; k++) {
      const a = cuts[k] ?? 0
      const b = cuts[k + 1] ?? 0
      if (a >= b) continue
      const text = node.text.slice(a - from, b - from)
      const kept: Mark[] = (node.marks ?? []).filter((m) => m.type !== 'quote')
      const marks: Mark[] =
        k === 1 ? [...kept, { type: 'quote', attrs: { attribution: id } }] : (node.marks ?? [])
      out.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text })
    }
  }
  return out
}
