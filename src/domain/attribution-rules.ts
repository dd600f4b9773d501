import { speechVerbs } from './attribution-lexicon.js'
import type { Source } from './attribution-noun-phrase.js'
import { lastChunk, readAppositive, readSource } from './attribution-noun-phrase.js'
import { isOutlet, nameRun, outletIn, splitTitle, stripPossessive } from './attribution-text.js'

/** One attribution found in a sentence, before pronouns are resolved and quotes attached. */
export interface Claim {
  source: Source
  /** Outlet that carried it: "told Tass", "in an interview with …", "the agency, citing …". */
  relayed: string | null
  /** "in a statement", "wrote in a letter": the statement is a document. */
  isWritten: boolean
  /** Offsets of the triggering words in the block's text. */
  trigger: { start: number; end: number }
}

const verbs = new RegExp(String.raw`\b(${speechVerbs.join('|')})\b`, 'g')
const auxiliaries =
  /\s+(?:also|later|then|had|has|have|previously|earlier|further|again|once|recently|publicly|repeatedly|would|will|flatly)$/i
const written =
  /^\s+(?:\S+\s+){0,3}?in an? (?:written )?(?:statement|letter|filing|press release|post|email|memo|note)\b/

/** Statements attributed by a speech verb: "X said", "said X", "X told <outlet>". */
function verbClaims(s: string, base: number): Claim[] {
  const claims: Claim[] = []
  for (const m of s.matchAll(verbs)) {
    const verb = m[1] ?? ''
    let before = s.slice(0, m.index)
    const isInvertible = !/^(?:told|tells|described|reported|reports|cited)$/.test(verb)
    const after = s.slice(m.index + verb.length)
    // "said to be", "is said", "said nothing", "the said": no one is quoted.
    if (/^\s+(?:to\s+(?:be|have)|nothing|little)\b/.test(after)) continue
    if (/\b(?:is|was|were|are|be|been|being|the)\s+(?:\w+ly\s+)?$/i.test(before)) continue
    if (verb === 'described' && !/^\s+(?:\S+\s+){0,4}?as\b/.test(after)) continue
    before = before.trimEnd()
    while (auxiliaries.test(before)) before = before.replace(auxiliaries, '')
    const source = subjectOf(before, after, isInvertible)
    if (source === null) continue
    let end = m.index + verb.length
    let relayed: string | null = null
    if (verb === 'told' || verb === 'tells') {
      const object = new RegExp(
        String.raw`^\s+(?:the\s+)?(?:(${nameRun})|(?:the\s+|a\s+)?\p{Ll}+)`,
        'u',
      ).exec(after)
      if (object !== null) {
        end += object[0].length
        const outlet = stripPossessive(object[1] ?? '')
        if (outlet !== '' && isOutlet(outlet)) relayed = outlet
      }
    }
    if (source.kind === 'named' && source.isOutlet && /^report/.test(verb)) relayed = source.name
    claims.push({
      source,
      relayed,
      isWritten: written.test(after) || /\b[Ii]n an? (?:written )?statement\b/.test(s),
      trigger: { start: base + m.index, end: base + end },
    })
  }
  return claims
}

/** The subject after the verb: "…,” said harbour master Ines Kowal, the port’s …". */
function invertedSubject(after: string): Source | null {
  const m = new RegExp(
    String.raw`^\s+((?:\p{Ll}[\p{L}-]*\s+){0,3})(${nameRun})(\s*,\s*(?:a|an|the)\s[^,.;]+)?`,
    'u',
  ).exec(after)
  if (m === null) return null
  const lower = (m[1] ?? '').trim()
  const run = m[2] ?? ''
  // Lower-case words between "said" and a name are its role ("said harbour master Ines
  // Kowal"), unless they are sentence words ("said the plan", "said on Monday").
  const isSentence =
    /\b(?:the|a|an|on|in|at|that|it|he|she|they|to|of|for|by|with|this|last|next)\b/
  if (lower !== '' && isSentence.test(lower)) return null
  const lowerRole = lower === '' ? null : lower
  if (
    /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|On|In|At|The|That|It)\b/.test(run)
  )
    return null
  const { name, role } = splitTitle(run)
  const described = (m[3] ?? '')
    .replace(/^\s*,\s*/, '')
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(/\s+(?:who|which|that)\s.*$/, '')
  const best = [role, lowerRole, described].find((r) => r !== null && r !== '') ?? null
  return { kind: 'named', name, role: best, isOutlet: isOutlet(name) }
}

/** The subject of a speech verb, before it ("X said") or after it ("…,” said X). */
function subjectOf(before: string, after: string, isInvertible: boolean): Source | null {
  const trimmed = before.trimEnd()
  if (isInvertible && (/[,”"]$/.test(trimmed) || trimmed === '' || /·$/.test(trimmed))) {
    const inverted = invertedSubject(after)
    if (inverted !== null) return inverted
  }
  if (trimmed.endsWith(',')) {
    const parts = trimmed.slice(0, -1).split(',')
    const inner = parts.pop() ?? ''
    if (parts.length > 0) {
      const appositive = readAppositive(parts.join(','), inner)
      if (appositive !== null) return appositive
    }
    return null
  }
  return readSource(lastChunk(trimmed))
}

/** "citing two sources", "cited an unnamed member … as saying", "quoted X as saying". */
function citedClaims(s: string, base: number): Claim[] {
  const claims: Claim[] = []
  for (const m of s.matchAll(/\b(?:cited|citing|quoted|quoting)\s+/g)) {
    const rest = s.slice(m.index + m[0].length)
    // "quoting a regional governor, Tomasz Wilk, as saying": the name in the apposition.
    const named = new RegExp(String.raw`^[^,.;]*,\s*(${nameRun}),\s+as\s+saying\b`, 'u').exec(rest)
    const phrase =
      named?.[1] ?? /^(.*?)(?=\s+as\s+saying\b|[,.;]|\s+(?:on|that)\s|$)/.exec(rest)?.[1] ?? ''
    const source = readSource(phrase)
    if (source === null || source.kind === 'pronoun' || source.kind === 'definite') continue
    const words = /^\s*\S+(?:\s+\S+)?/.exec(rest)?.[0] ?? ''
    claims.push({
      source,
      relayed: outletIn(s.slice(0, m.index)),
      isWritten: false,
      trigger: {
        start: base + m.index,
        end: base + m.index + m[0].length + words.trimEnd().length,
      },
    })
  }
  return claims
}

/** "according to X": a person, an unnamed source, or a document. "according to plan" is none. */
function accordingClaims(s: string, base: number): Claim[] {
  const claims: Claim[] = []
  for (const m of s.matchAll(/\b[Aa]ccording to\s+/g)) {
    const phrase = /^[^,.;]*/.exec(s.slice(m.index + m[0].length))?.[0] ?? ''
    const source = readSource(phrase)
    if (source === null || source.kind === 'pronoun' || source.kind === 'definite') continue
    const trigger = { start: base + m.index, end: base + m.index + m[0].trimEnd().length }
    claims.push({ source, relayed: null, isWritten: false, trigger })
  }
  return claims
}

const documentFinding = new RegExp(
  String.raw`\b(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:report|study|survey|audit|review|analysis)\s+(?:from|by|of)\s+(?:(?:researchers|scientists|economists|experts)\s+(?:at|from)\s+)?(?:the\s+)?(${nameRun})[^.;]*?\b(?:found|finds|shows|showed|concluded|concludes|estimated|estimates)\b`,
  'gu',
)
const recordsShow =
  /\b(?:court\s+)?(?:filings|records|documents|papers|figures|data)\s+(?:show|shows|showed|reveal|revealed)\b/g

/** "a report by the County Audit Office found …", "court filings show …". */
function documentClaims(s: string, base: number): Claim[] {
  const claims: Claim[] = []
  for (const m of s.matchAll(documentFinding)) {
    const name = stripPossessive(m[1] ?? '')
    if (name === '' || isOutlet(name)) continue
    const source: Source = { kind: 'document', name, isOutlet: false }
    claims.push({
      source,
      relayed: null,
      isWritten: true,
      trigger: { start: base + m.index, end: base + m.index + m[0].length },
    })
  }
  for (const m of s.matchAll(recordsShow)) {
    const source: Source = { kind: 'document', name: null, isOutlet: false }
    claims.push({
      source,
      relayed: null,
      isWritten: true,
      trigger: { start: base + m.index, end: base + m.index + m[0].length },
    })
  }
  return claims
}

/**
 * Every attribution in one sentence of masked text (`s` starts at `base` in the block). A
 * sentence that cites an outlet's unnamed source keeps that one claim, relayed by the outlet,
 * rather than also crediting the outlet itself.
 */
export function sentenceClaims(s: string, base: number): Claim[] {
  const claims = [
    ...verbClaims(s, base),
    ...citedClaims(s, base),
    ...accordingClaims(s, base),
    ...documentClaims(s, base),
  ]
  const interview = new RegExp(
    String.raw`\b[Ii]n an interview with\s+(?:the\s+)?(${nameRun})`,
    'u',
  ).exec(s)
  const interviewer =
    interview !== null && isOutlet(interview[1] ?? '') ? (interview[1] ?? null) : null
  const relays = new Set(
    claims.filter((c) => c.source.kind !== 'named' || !c.source.isOutlet).map((c) => c.relayed),
  )
  return claims
    .filter((c) => !(c.source.kind === 'named' && c.source.isOutlet && relays.has(c.source.name)))
    .map((c) => ({ ...c, relayed: c.relayed ?? interviewer }))
}
