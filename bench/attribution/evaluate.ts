import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { BlockDocument } from '../../src/domain/block-document.js'
import type { SuggestedSourcing } from '../../src/domain/attribution-suggest.js'
import { suggestAttributions } from '../../src/domain/attribution-suggest.js'

/**
 * The attribution suggester's evaluation: passages written for Masthead (never copied), each with
 * the attributions an editor would record. `passages.json` is the development set the rules were
 * tuned on; `held-out.json` was written before the rules and `blind.json` after them, and neither
 * is tuned on (bench/RESULTS.md keeps their first scores too).
 */
export interface Expected {
  speaker: string | null
  sourcing: SuggestedSourcing
  relayed: string | null
}
export interface Passage {
  id: string
  topic: string
  /** Paragraphs; one starting with "> " is a block quote. */
  blocks: string[]
  expected: Expected[]
}

const here = (file: string): string => fileURLToPath(new URL(`./${file}`, import.meta.url))

/** The development and held-out passages. */
export function loadPassages(): { development: Passage[]; heldOut: Passage[]; blind: Passage[] } {
  const read = (file: string): Passage[] =>
    JSON.parse(readFileSync(here(file), 'utf8')) as Passage[]
  return {
    development: read('passages.json'),
    heldOut: read('held-out.json'),
    blind: read('blind.json'),
  }
}

/** A passage as a story body. */
export function passageDocument(passage: Passage): BlockDocument {
  return {
    type: 'doc',
    content: passage.blocks.map((text) => {
      const paragraph = {
        type: 'paragraph' as const,
        content: [{ type: 'text' as const, text: text.replace(/^> /, '') }],
      }
      return text.startsWith('> ')
        ? { type: 'blockquote' as const, content: [paragraph] }
        : paragraph
    }),
  }
}

/** A name as compared: no diacritics, case, leading "the", possessive or doubled spaces. */
export function normalizeName(name: string | null): string {
  if (name === null) return '—'
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * A match is the same passage, the same speaker (normalised, or both none), the same sourcing
 * and the same relaying outlet (or both none). Each passage is compared as a set of those
 * facts: two suggestions for one speaker's two quotes are one fact.
 */
export const factKey = (f: Expected): string =>
  [normalizeName(f.speaker), f.sourcing, normalizeName(f.relayed)].join(' | ')

export interface Counts {
  truePositives: number
  predicted: number
  expected: number
}
export interface Score {
  byType: Record<SuggestedSourcing, Counts>
  overall: Counts
  misses: { id: string; missing: string[]; extra: string[] }[]
}

const empty = (): Counts => ({ truePositives: 0, predicted: 0, expected: 0 })

/** Precision and recall counts of the suggester over `passages`, per sourcing type and overall. */
export function evaluate(passages: readonly Passage[]): Score {
  const byType: Record<SuggestedSourcing, Counts> = {
    'on-record': empty(),
    background: empty(),
    anonymous: empty(),
    document: empty(),
  }
  const overall = empty()
  const misses: Score['misses'] = []
  for (const passage of passages) {
    const predicted = new Map<string, SuggestedSourcing>()
    for (const s of suggestAttributions(passageDocument(passage))) {
      const fact = {
        speaker: s.speakerName,
        sourcing: s.sourcing,
        relayed: s.relayed?.outlet ?? null,
      }
      predicted.set(factKey(fact), s.sourcing)
    }
    const expected = new Map(passage.expected.map((e) => [factKey(e), e.sourcing]))
    for (const [key, sourcing] of predicted) {
      byType[sourcing].predicted++
      overall.predicted++
      if (expected.has(key)) {
        byType[sourcing].truePositives++
        overall.truePositives++
      }
    }
    for (const sourcing of expected.values()) {
      byType[sourcing].expected++
      overall.expected++
    }
    const missing = [...expected.keys()].filter((k) => !predicted.has(k))
    const extra = [...predicted.keys()].filter((k) => !expected.has(k))
    if (missing.length + extra.length > 0) misses.push({ id: passage.id, missing, extra })
  }
  return { byType, overall, misses }
}

/** Precision (1 when nothing was predicted) and recall (1 when nothing was expected). */
export function rates(c: Counts): { precision: number; recall: number } {
  return {
    precision: c.predicted === 0 ? 1 : c.truePositives / c.predicted,
    recall: c.expected === 0 ? 1 : c.truePositives / c.expected,
  }
}
