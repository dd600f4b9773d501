/**
 * The match markers the search index puts around hits in a result's snippet (U+0002, U+0003):
 * the store asks the database for them, and the theme turns them into `<mark>`. Control
 * characters, so no stored text can contain them.
 */
export const highlightStart = '\u0002'
export const highlightEnd = '\u0003'

/** Words of a query as the search index splits them (letters and digits), lower-cased. */
function queryWords(query: string): string[] {
  return (
    query
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, 12)
}

/**
 * True when a word of the text answers a word of the query: the word starts with it (the index
 * matches the last query word as a prefix; words under three letters must match whole), or both share all but a short ending ("bridges",
 * "bridge"; "closure", "closed"), the way the index's English stemmer groups them.
 */
function answers(word: string, term: string): boolean {
  if (word === term || (term.length >= 3 && word.startsWith(term))) return true
  let common = 0
  while (common < word.length && common < term.length && word[common] === term[common]) common++
  return common >= 4 && common >= Math.min(word.length, term.length) - 2
}

/**
 * The text with the words that answer the query between the match markers, for headlines, which
 * the index does not mark. Hand-written rather than asking the database: the headline is shown
 * whole, and only display depends on it, so an approximation of the stemmer is enough.
 */
export function markTerms(text: string, query: string): string {
  const terms = queryWords(query)
  const plain = text.replaceAll(highlightStart, '').replaceAll(highlightEnd, '')
  if (terms.length === 0) return plain
  return plain.replace(/[\p{L}\p{N}]+/gu, (word) =>
    terms.some((t) => answers(word.normalize('NFKC').toLowerCase(), t))
      ? `${highlightStart}${word}${highlightEnd}`
      : word,
  )
}
