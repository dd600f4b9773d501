import {
  honorifics,
  knownOutlets,
  notNames,
  outletNoun,
  outletWord,
  titleWords,
} from './attribution-lexicon.js'

/** A quotation in a block's text: `start`/`end` include the quotation marks. */
export interface QuoteSpan {
  start: number
  end: number
  /** The quotation has no closing mark in this block (it runs on into the next paragraph). */
  isOpen: boolean
}

const opening = new Set(['“', '„', '«'])
const closing = new Set(['”', '»'])

/**
 * Double quotations, curly or straight. Single marks are left alone: ’ is also the apostrophe,
 * and single marks in news copy are quotes nested inside double ones, which stay inside them.
 * An opening mark with no closing one runs to the end of the block (a quote that continues in
 * the next paragraph, where the news convention opens it again).
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = []
  let start = -1
  let straight = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? ''
    if (start < 0) {
      if (opening.has(c) || c === '"') {
        start = i
        straight = c === '"'
      }
    } else if ((straight && c === '"') || (!straight && closing.has(c))) {
      quotes.push({ start, end: i + 1, isOpen: false })
      start = -1
    }
  }
  if (start >= 0) quotes.push({ start, end: text.length, isOpen: true })
  return quotes
}

/** The text with each quotation's words replaced by `·` (same length), so rules never read inside. */
export function maskQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  let out = text
  for (const q of quotes) {
    const inner = q.isOpen ? q.end - q.start - 1 : q.end - q.start - 2
    out =
      out.slice(0, q.start + 1) + '·'.repeat(Math.max(0, inner)) + out.slice(q.start + 1 + inner)
  }
  return out
}

const abbreviations =
  /(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Jr|Sr|Inc|Co|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|\b(?:U\.S|U\.K|e\.g|i\.e))$/

/** Where the next sentence starts: spaces before a capital, a quotation mark or a digit. */
const nextStart = /\s+(?=[\p{Lu}“"‘«\d])/uy

/**
 * Sentence spans over the masked text. A quotation never splits (its words are masked), so a
 * quote of several sentences stays in the sentence that attributes it; a quotation ending in
 * `.`, `?` or `!` ends its sentence when a capital follows.
 */
export function sentenceSpans(
  text: string,
  masked: string,
  quotes: readonly QuoteSpan[],
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = []
  let start = 0
  const ends = new Set(
    quotes.filter((q) => !q.isOpen && /[.!?]/.test(text[q.end - 2] ?? '')).map((q) => q.end),
  )
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i] ?? ''
    const isStop = /[.!?]/.test(c) && !abbreviations.test(masked.slice(Math.max(0, i - 6), i))
    const at = isStop ? i + 1 : ends.has(i + 1) ? i + 1 : -1
    if (at < 0) continue
    nextStart.lastIndex = at
    const rest = nextStart.exec(masked)
    if (rest === null && at < masked.length) continue
    spans.push({ start, end: at })
    start = at + (rest?.[0].length ?? 0)
    i = start - 1
  }
  if (start < masked.length) spans.push({ start, end: masked.length })
  return spans
}

// A full stop belongs to a word only inside it or before another name ("Dr. Amara", "U.S"),
// so "… told the Midland Observer." names the Midland Observer.
const upperToken = String.raw`\p{Lu}(?:[\p{L}\p{M}\d'’&-]|\.(?=\p{L}|\s+\p{Lu}))*`
const connector = String.raw`(?:de|da|di|du|van|von|der|den|la|le|al|bin|ibn|of|for|and)`
/** A run of capitalised words, with name particles and "of"/"for"/"and" between capitals. */
export const nameRun = String.raw`${upperToken}(?:\s+(?:${connector}\s+)?(?:${upperToken}|\d+(?=\s+\p{Lu})))*`

/** The capitalised run that ends `text`, or null. */
export function trailingName(text: string): { name: string; start: number } | null {
  const m = new RegExp(String.raw`(${nameRun})\s*$`, 'u').exec(text)
  if (m === null) return null
  let name = m[1] ?? ''
  let start = m.index
  // Drop a leading sentence opener ("The", "After") or a possessive ("Russia’s") from the run.
  for (;;) {
    const first = /^(\S+)\s+/.exec(name)
    if (first === null) break
    const word = first[1] ?? ''
    if (!notNames.has(word) && !/['’]s$/.test(word)) break
    name = name.slice(first[0].length)
    start += first[0].length
  }
  if (notNames.has(name) || /['’]s$/.test(name)) return null
  return { name, start }
}

/** The names of two words or more in a masked text ("Ana Petrović"), sentence openers dropped. */
export function namesIn(masked: string): string[] {
  const out: string[] = []
  for (const m of masked.matchAll(new RegExp(nameRun, 'gu'))) {
    const words = m[0].split(/\s+/)
    while (words.length > 0 && (notNames.has(words[0] ?? '') || /['’]s$/.test(words[0] ?? '')))
      words.shift()
    const name = splitTitle(words.join(' ')).name
    if (name.includes(' ')) out.push(name)
  }
  return out
}

/** True when `name` is an outlet: a known agency, or a name with a masthead word in it. */
export function isOutlet(name: string): boolean {
  return knownOutlets.has(name.toLowerCase()) || outletWord.test(name)
}

/** An outlet named in `text`: "Tass news agency", "broadcaster KTV", "the Harbour Gazette". */
export function outletIn(text: string): string | null {
  const after = new RegExp(String.raw`(${nameRun})\s+${outletNoun}\b`, 'gu')
  const before = new RegExp(String.raw`\b${outletNoun}\s+(${nameRun})`, 'gu')
  const names = new RegExp(nameRun, 'gu')
  let found: { name: string; at: number } | null = null
  const keep = (name: string, at: number): void => {
    const clean = stripPossessive(name)
    if (clean !== '' && (found === null || at >= found.at)) found = { name: clean, at }
  }
  for (const m of text.matchAll(after)) keep(m[1] ?? '', m.index)
  for (const m of text.matchAll(before)) keep(m[1] ?? '', m.index)
  if (found === null)
    for (const m of text.matchAll(names)) if (isOutlet(stripPossessive(m[0]))) keep(m[0], m.index)
  return (found as { name: string } | null)?.name ?? null
}

/** "Russia’s First Channel TV" → "First Channel TV". */
export function stripPossessive(name: string): string {
  return name
    .replace(/^(?:\S+['’]s\s+)+/u, '')
    .replace(/^(?:The|the)\s+/, '')
    .trim()
}

/** Splits "White House National Security Advisor Mike Waltz" into role and name at the last title. */
export function splitTitle(run: string): { role: string | null; name: string } {
  const words = run.split(/\s+/)
  let cut = -1
  words.forEach((w, i) => {
    if (i < words.length - 1 && (isTitle(w) || honorifics.has(w.toLowerCase()))) cut = i
  })
  // A sentence-initial trade word the list lacks ("Volcanologist Ines Carvalho").
  if (
    cut < 0 &&
    words.length >= 3 &&
    /ist$/.test(words[0] ?? '') &&
    words.every((w) => /^\p{Lu}/u.test(w))
  )
    cut = 0
  const name = words.slice(cut + 1).join(' ')
  const roleWords = words
    .slice(0, cut + 1)
    .filter((w) => !honorifics.has(w.toLowerCase()) || titleWords.has(w.toLowerCase()))
  return { role: roleWords.length > 0 ? roleWords.join(' ') : null, name }
}

/** A job title, hyphenated ones included ("Co-founder", "vice-president"). */
export function isTitle(word: string): boolean {
  const w = word.toLowerCase()
  return titleWords.has(w) || titleWords.has(w.split('-').pop() ?? '')
}

const roleStop =
  /^(?:the|a|an|that|which|who|and|but|or|with|to|on|in|at|by|for|from|after|before|while|when|as|said|told|following|of|his|her|its|their)$/i

/** The role words right before a name ("Kremlin spokesman" in "… Kremlin spokesman Dmitry Peskov"). */
export function roleBefore(text: string): string | null {
  const words = text.trimEnd().split(/\s+/)
  const last = words[words.length - 1] ?? ''
  if (!isTitle(last)) return null
  const out: string[] = []
  for (let i = words.length - 1; i >= 0 && out.length < 5; i--) {
    const w = words[i] ?? ''
    if (w === '' || roleStop.test(w) || /[,;:.”"·]$/.test(w) || notNames.has(w)) break
    out.unshift(w)
  }
  return out.length > 0 ? out.join(' ') : null
}

/** A role phrase cleaned for display: no leading article, cut before a relative clause. */
export function cleanRole(text: string): string | null {
  const role = text
    .trim()
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(/\s+(?:who|which|that)\s.*$/, '')
    .trim()
  return role === '' ? null : role
}
