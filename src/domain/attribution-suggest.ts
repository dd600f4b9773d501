/**
 * The attribution suggester: reads a story's paragraphs and block quotes and proposes who said
 * what and how it is sourced ("X told reporters", "according to X", "cited an unnamed …",
 * "told <outlet>"). Suggestions are proposals an editor accepts or dismisses, never facts.
 *
 * It is a small rule set over the text, not an NLP library: the patterns are lexical (a speech
 * verb, its subject, a title before a name, an outlet word), compromise or wink-nlp would add
 * hundreds of kilobytes to a module the newsroom app imports and still need these rules on top,
 * and every rule here is measured by `npm run bench:attribution` on passages written for it.
 */
import type { Relayed, Sourcing } from './attribution.js'
import type { BlockDocument } from './block-document.js'
import { blockText } from './document-text.js'
import type { Claim } from './attribution-rules.js'
import { sentenceClaims } from './attribution-rules.js'
import { findQuotes, maskQuotes, namesIn, sentenceSpans } from './attribution-text.js'
import type { QuoteSpan } from './attribution-text.js'
import type { Mention, Said } from './attribution-resolve.js'
import { mentionsIn, resolveClaim } from './attribution-resolve.js'

/** How a suggested statement is sourced: the contract's `Sourcing`. */
export type SuggestedSourcing = Sourcing

/** An attribution the suggester proposes (the stored suggestion minus id, article, status, origin). */
export interface SuggestedAttribution {
  speakerName: string | null
  role: string | null
  sourcing: SuggestedSourcing
  relayed: Relayed | null
  description: string | null
  /** The quoted words, with their quotation marks, or null for a paraphrase. */
  quote: string | null
  /** The words that triggered the suggestion ("told reporters", "according to"). */
  trigger: string
  /** Top-level block index; offsets in its text (the quote, or the sentence for a paraphrase). */
  at: { block: number; start: number; end: number }
}

export const suggestionStatuses = ['open', 'accepted', 'dismissed'] as const
export const suggestionOrigins = ['import', 'api'] as const

/** A stored suggestion: proposed on import or through the API, open until accepted or dismissed. */
export interface AttributionSuggestion extends SuggestedAttribution {
  id: string
  articleId: string
  status: (typeof suggestionStatuses)[number]
  origin: (typeof suggestionOrigins)[number]
}

interface Context {
  /** Everything said and everyone named in earlier blocks, for "the mayor said". */
  earlier: (Said | Mention)[]
  /** The previous text block's statements and people, for "he said" and a quote on its own. */
  previous: { said: Said[]; mentions: Mention[]; text: string } | null
  /** Names of two words or more seen so far ("Ana Petrović" for a later "Petrović said"). */
  names: string[]
}

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length

/** Proposes attributions for a story's paragraphs and block quotes, in reading order. */
export function suggestAttributions(body: BlockDocument): SuggestedAttribution[] {
  const out: SuggestedAttribution[] = []
  const context: Context = { earlier: [], previous: null, names: [] }
  body.content.forEach((block, index) => {
    if (block.type === 'heading') context.previous = null
    if (block.type !== 'paragraph' && block.type !== 'blockquote') return
    if (block.type === 'blockquote' && block.attrs?.speaker !== undefined) return
    const text = blockText(block)
    if (text.trim() === '') return
    const found = readBlock(text, index, block.type === 'blockquote', context)
    out.push(...found.suggestions)
    context.earlier.push(...found.mentions, ...found.said)
    context.previous = { said: found.said, mentions: found.mentions, text }
  })
  return out
}

function readBlock(
  text: string,
  block: number,
  isBlockquote: boolean,
  context: Context,
): { suggestions: SuggestedAttribution[]; said: Said[]; mentions: Mention[] } {
  const quotes = findQuotes(text)
  const masked = maskQuotes(text, quotes)
  const sentences = sentenceSpans(text, masked, quotes)
  const mentions = mentionsIn(masked)
  context.names.push(...namesIn(masked))
  const said: Said[] = []
  const sentenceOf: number[] = []
  sentences.forEach((span, i) => {
    const sentence = masked.slice(span.start, span.end)
    for (const claim of sentenceClaims(sentence, span.start)) {
      said.push(resolve(claim, sentence, text, mentions, said, context))
      sentenceOf.push(i)
    }
  })
  const suggestions = said.map((s, i) => {
    const span = sentences[sentenceOf[i] ?? 0] ?? { start: 0, end: text.length }
    const quote = longest(quotes.filter((q) => q.start >= span.start && q.end <= span.end + 1))
    return suggestion(s, text, block, quote ?? span, quote !== null)
  })
  const quoteOnly = isBlockquote || isWholeQuote(text, quotes)
  for (const q of quotes) {
    if (wordCount(text.slice(q.start, q.end)) < 3) continue // a scare quote, "so-called" words
    const i = sentences.findIndex((s) => q.start >= s.start && q.start < s.end)
    if (sentenceOf.includes(i)) continue
    const before = said.filter((_, k) => (sentenceOf[k] ?? 0) < i).pop()
    const speaker = before ?? said[0] ?? (quoteOnly ? carriedOver(context) : undefined)
    if (speaker === undefined) continue
    suggestions.push(suggestion(speaker, text, block, q, true))
    if (!said.includes(speaker)) said.push(speaker) // so the next paragraph's quote continues it
  }
  if (isBlockquote && quotes.length === 0) {
    const speaker = carriedOver(context)
    if (speaker !== undefined) {
      suggestions.push(suggestion(speaker, text, block, { start: 0, end: text.length }, true))
      said.push(speaker)
    }
  }
  suggestions.sort((a, b) => a.at.start - b.at.start)
  return { suggestions, said, mentions }
}

function resolve(
  claim: Claim,
  sentence: string,
  text: string,
  mentions: Mention[],
  said: Said[],
  context: Context,
): Said {
  // A statement outranks a bare mention of the same person: it carries the outlet and sourcing.
  const here = [...mentions.filter((m) => m.at < claim.trigger.start), ...said]
  return resolveClaim(claim, {
    sentence,
    trigger: text.slice(claim.trigger.start, claim.trigger.end),
    at: claim.trigger.start,
    here,
    previous:
      context.previous === null ? [] : [...context.previous.mentions, ...context.previous.said],
    earlier: () => [...context.earlier, ...here],
    names: context.names,
  })
}

/**
 * The speaker a paragraph that is only a quotation continues: the last one of the paragraph
 * before, or the one person an introduction ending in a colon names ("… spoke to the crowd:").
 */
function carriedOver(context: Context): Said | undefined {
  const previous = context.previous
  if (previous === null) return undefined
  const last = previous.said[previous.said.length - 1]
  if (last !== undefined) return last
  if (!previous.text.trimEnd().endsWith(':') || previous.mentions.length !== 1) return undefined
  const person = previous.mentions[0]
  if (person === undefined) return undefined
  const intro = previous.text.slice(person.end).trim()
  return { ...person.said, trigger: intro === '' ? ':' : intro }
}

function isWholeQuote(text: string, quotes: readonly QuoteSpan[]): boolean {
  const first = quotes[0]
  return (
    first !== undefined &&
    first.start === text.search(/\S/) &&
    first.end - first.start >= text.trim().length * 0.9
  )
}

function longest(quotes: readonly QuoteSpan[]): QuoteSpan | null {
  let best: QuoteSpan | null = null
  for (const q of quotes) if (best === null || q.end - q.start > best.end - best.start) best = q
  return best
}

function suggestion(
  s: Said,
  text: string,
  block: number,
  span: { start: number; end: number },
  isQuote: boolean,
): SuggestedAttribution {
  return {
    speakerName: s.speakerName,
    role: s.role,
    sourcing: s.sourcing,
    relayed: s.relayed === null ? null : { outlet: s.relayed, url: null, date: null },
    description: s.description,
    quote: isQuote ? text.slice(span.start, span.end).trim() : null,
    trigger: s.trigger,
    at: { block, start: span.start, end: span.end },
  }
}
