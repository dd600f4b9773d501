import type { Block, BlockDocument, Inline, ListItem } from './block-document.js'
import type { FieldError } from './errors.js'

/**
 * Attributed reporting (docs/attribution.md): who said what in a story, how the newsroom knows
 * it, and the sources the story rests on. Pure: the server and the newsroom app share it.
 */

/** How a statement is sourced. */
export const sourcings = ['on-record', 'background', 'anonymous', 'document'] as const
export type Sourcing = (typeof sourcings)[number]

/** The type of work a story is (stored from migration 014). */
export const workTypes = [
  'news',
  'analysis',
  'opinion',
  'review',
  'explainer',
  'sponsored',
] as const
export type WorkType = (typeof workTypes)[number]

export const isWorkType = (value: unknown): value is WorkType =>
  typeof value === 'string' && (workTypes as readonly string[]).includes(value)

/** A statement reported by another outlet or agency; `date` is YYYY-MM-DD. */
export interface Relayed {
  outlet: string
  url: string | null
  date: string | null
}

/** An editor's sign-off on an unnamed source; `at` is an ISO instant. */
export interface SignOff {
  userId: string
  name: string
  at: string
}

export interface Attribution {
  /** [a-z0-9-]{1,40}, unique within the story. */
  id: string
  /** Null: no speaker (a document, or an unnamed source described by `description`). */
  speaker: { entityId: string | null; name: string } | null
  /** The speaker's role at the time ("Kremlin spokesman"). */
  role: string | null
  sourcing: Sourcing
  /** Background/anonymous: what the story prints ("an unnamed member of the delegation"). */
  description: string | null
  /** Reported by another outlet or agency; combines with any sourcing. */
  relayed: Relayed | null
  /** Sourcing 'document': where the document is. */
  documentUrl: string | null
  /** Ids in the story's `sources`. */
  sourceIds: string[]
  /** Where it was said. */
  event: string | null
  /** YYYY-MM-DD. */
  saidOn: string | null
  /** Required for background/anonymous before publish or schedule; set by the server only. */
  signOff: SignOff | null
}

export const sourceKinds = ['wire', 'outlet', 'document', 'interview', 'other'] as const
export type SourceKind = (typeof sourceKinds)[number]

export interface StorySource {
  /** [a-z0-9-]{1,40}, unique within the story. */
  id: string
  kind: SourceKind
  title: string
  url: string | null
  /** ISO instant. */
  retrievedAt: string | null
}

export interface AttributionSummary {
  /** Attributed blockquotes and quote marks (a mark split over text nodes counts once per paragraph). */
  quotes: number
  onRecord: number
  background: number
  anonymous: number
  document: number
  /** Quotes whose attribution has `relayed`. */
  relayed: number
  /** Quotes with no attribution, or whose attribution has no speaker (and no description). */
  withoutSpeaker: number
  /** Background/anonymous attributions used by a quote, without a sign-off. */
  unsigned: number
  /** 0..1: quotes resting on background/anonymous or relayed sourcing, over all quotes. */
  anonymousOrRelayedShare: number
}

export const attributionLimits = {
  attributions: 200,
  sources: 200,
  name: 200,
  role: 200,
  description: 300,
  outlet: 200,
  title: 300,
  event: 200,
  url: 2000,
}

const idPattern = /^[a-z0-9-]{1,40}$/
const datePattern = /^\d{4}-\d{2}-\d{2}$/

/** True for an attribution or source id: 1 to 40 lower-case letters, digits or hyphens. */
export const isAttributionId = (id: unknown): id is string =>
  typeof id === 'string' && idPattern.test(id)

/** True for a calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!datePattern.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

/** True when the sourcing names no one and so needs an editor's sign-off. */
export const isUnnamedSourcing = (s: Sourcing): boolean => s === 'background' || s === 'anonymous'

/** One quote in a body: where it is and which attribution it carries, if any. */
export interface QuoteUse {
  kind: 'blockquote' | 'mark'
  /** Top-level block index. */
  block: number
  attribution: string | null
}

/**
 * Every quote in a body, in document order: each blockquote, and each quote mark, counted once per
 * paragraph (or heading) and attribution id however many text nodes it is split over.
 */
export function quotesIn(body: BlockDocument): QuoteUse[] {
  const out: QuoteUse[] = []
  const marks = (content: Inline[] | undefined, block: number): void => {
    const seen = new Set<string>()
    let open = false
    for (const node of content ?? []) {
      const mark = node.type === 'text' ? node.marks?.find((m) => m.type === 'quote') : undefined
      if (mark === undefined) {
        open = false
        continue
      }
      const id = mark.attrs?.attribution ?? null
      // Unattributed marks count per run of text; attributed ones once per id.
      if (id === null) {
        if (!open) out.push({ kind: 'mark', block, attribution: null })
        open = true
      } else {
        open = false
        if (!seen.has(id)) out.push({ kind: 'mark', block, attribution: id })
        seen.add(id)
      }
    }
  }
  const walk = (blocks: readonly (Block | ListItem)[], top: number | null): void => {
    blocks.forEach((b, i) => {
      const block = top ?? i
      switch (b.type) {
        case 'paragraph':
        case 'heading':
          marks(b.content, block)
          break
        case 'blockquote':
          out.push({ kind: 'blockquote', block, attribution: b.attrs?.attribution ?? null })
          walk(b.content, block)
          break
        case 'bulletList':
        case 'orderedList':
        case 'listItem':
          walk(b.content, block)
          break
        default:
          break
      }
    })
  }
  walk(body.content, null)
  return out
}

/** The attribution ids a body uses, each once, in document order. */
export function attributionIdsIn(body: BlockDocument): string[] {
  return [
    ...new Set(quotesIn(body).flatMap((q) => (q.attribution === null ? [] : [q.attribution]))),
  ]
}

/** True when a quote with this attribution has no one speaking for it. */
function lacksSpeaker(a: Attribution | undefined): boolean {
  if (a === undefined) return true
  if (a.speaker !== null) return false
  if (a.sourcing === 'document') return false
  if (isUnnamedSourcing(a.sourcing) && (a.description ?? '').trim() !== '') return false
  return true
}

/** The story's quotes counted by how they are sourced (docs/attribution.md, "The summary"). */
export function summarizeAttribution(
  body: BlockDocument,
  attributions: Attribution[],
): AttributionSummary {
  const byId = new Map(attributions.map((a) => [a.id, a]))
  const summary: AttributionSummary = {
    quotes: 0,
    onRecord: 0,
    background: 0,
    anonymous: 0,
    document: 0,
    relayed: 0,
    withoutSpeaker: 0,
    unsigned: 0,
    anonymousOrRelayedShare: 0,
  }
  let leaning = 0
  const unsigned = new Set<string>()
  for (const q of quotesIn(body)) {
    summary.quotes += 1
    const a = q.attribution === null ? undefined : byId.get(q.attribution)
    if (lacksSpeaker(a)) summary.withoutSpeaker += 1
    if (a === undefined) continue
    if (a.sourcing === 'on-record') summary.onRecord += 1
    else summary[a.sourcing] += 1
    if (a.relayed !== null) summary.relayed += 1
    if (isUnnamedSourcing(a.sourcing) || a.relayed !== null) leaning += 1
    if (isUnnamedSourcing(a.sourcing) && a.signOff === null) unsigned.add(a.id)
  }
  summary.unsigned = unsigned.size
  summary.anonymousOrRelayedShare = summary.quotes === 0 ? 0 : leaning / summary.quotes
  return summary
}

/** Background/anonymous attributions a quote in the body uses and no editor signed off. */
export function unsignedAttributions(
  body: BlockDocument,
  attributions: Attribution[],
): Attribution[] {
  const used = new Set(attributionIdsIn(body))
  return attributions.filter(
    (a) => used.has(a.id) && isUnnamedSourcing(a.sourcing) && a.signOff === null,
  )
}

/** How an editor recognises an attribution in a message: its description, else its speaker. */
export function describeAttribution(a: Attribution): string {
  const text = (a.description ?? a.speaker?.name ?? a.id).trim() || a.id
  return text.length > 60 ? `${text.slice(0, 59)}…` : text
}

/**
 * A stored sign-off holds only while what it vouched for stays the same: the sourcing, the
 * description, the speaker and the relay.
 */
export function signOffHolds(before: Attribution, after: Attribution): boolean {
  return (
    before.sourcing === after.sourcing &&
    (before.description ?? null) === (after.description ?? null) &&
    JSON.stringify(before.speaker) === JSON.stringify(after.speaker) &&
    JSON.stringify(before.relayed) === JSON.stringify(after.relayed)
  )
}

/**
 * The attributions to store from a save: the client's, each with the stored sign-off of the same
 * id kept when it still holds (`signOffHolds`) and dropped otherwise. A client never sets one.
 */
export function carrySignOffs(stored: Attribution[], incoming: Attribution[]): Attribution[] {
  const byId = new Map(stored.map((a) => [a.id, a]))
  return incoming.map((a) => {
    const before = byId.get(a.id)
    const signOff =
      before !== undefined && before.signOff !== null && signOffHolds(before, a)
        ? before.signOff
        : null
    return { ...a, signOff }
  })
}

/**
 * Field errors (`unknown-attribution`) for attribution ids the body quotes that `attributions`
 * does not hold, at the top-level block that quotes them.
 */
export function unknownAttributionErrors(
  body: BlockDocument,
  attributions: readonly Attribution[],
): FieldError[] {
  const known = new Set(attributions.map((a) => a.id))
  const reported = new Set<string>()
  const out: FieldError[] = []
  for (const q of quotesIn(body)) {
    if (q.attribution === null || known.has(q.attribution) || reported.has(q.attribution)) continue
    reported.add(q.attribution)
    out.push({
      field: `body.content.${q.block}`,
      message: `unknown-attribution: the story has no attribution “${q.attribution}”`,
    })
  }
  return out
}

/** Replaces an entity id in speakers (after a merge); answers null when nothing changed. */
export function renameSpeakerEntity(
  attributions: Attribution[],
  from: string,
  to: { id: string },
): Attribution[] | null {
  let changed = false
  const next = attributions.map((a) => {
    if (a.speaker?.entityId !== from) return a
    changed = true
    return { ...a, speaker: { ...a.speaker, entityId: to.id } }
  })
  return changed ? next : null
}
