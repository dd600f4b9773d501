import type { Block, BlockDocument, Inline, ListItem } from './block-document.js'
import { isHttpUrl } from './block-document.js'
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

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

class Reader {
  constructor(readonly errors: FieldError[]) {}

  fail(field: string, message: string): void {
    if (this.errors.length < 50) this.errors.push({ field, message })
  }

  /** A trimmed string or null (empty becomes null); `required` refuses null. */
  text(o: Obj, key: string, path: string, max: number, required = false): string | null {
    const v = o[key]
    if (v === undefined || v === null) {
      if (required) this.fail(`${path}.${key}`, 'is required')
      return null
    }
    if (typeof v !== 'string') return (this.fail(`${path}.${key}`, 'must be a string'), null)
    const t = v.trim().replace(/\s+/g, ' ')
    if (t.length > max)
      return (this.fail(`${path}.${key}`, `is longer than ${max} characters`), null)
    if (t === '') {
      if (required) this.fail(`${path}.${key}`, 'is required')
      return null
    }
    return t
  }

  url(o: Obj, key: string, path: string): string | null {
    const v = this.text(o, key, path, attributionLimits.url)
    if (v !== null && !isHttpUrl(v)) {
      this.fail(`${path}.${key}`, 'must be an http or https URL')
      return null
    }
    return v
  }

  date(o: Obj, key: string, path: string): string | null {
    const v = this.text(o, key, path, 10)
    if (v !== null && !isIsoDate(v)) {
      this.fail(`${path}.${key}`, 'must be a date written YYYY-MM-DD')
      return null
    }
    return v
  }

  keys(o: Obj, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(o))
      if (!allowed.includes(key)) this.fail(`${path}.${key}`, `unknown property “${key}”`)
  }

  id(o: Obj, path: string, seen: Set<string>): string {
    const id = o.id
    if (!isAttributionId(id)) {
      this.fail(`${path}.id`, 'must be 1 to 40 lower-case letters, digits or hyphens')
      return ''
    }
    if (seen.has(id)) this.fail(`${path}.id`, `“${id}” is used twice`)
    seen.add(id)
    return id
  }
}

const attributionKeys = [
  'id',
  'speaker',
  'role',
  'sourcing',
  'description',
  'relayed',
  'documentUrl',
  'sourceIds',
  'event',
  'saidOn',
  'signOff',
] as const

/**
 * Validates untrusted story sources; collects failures in `errors` (fields `sources.N.…`).
 * Answers the sources that read cleanly.
 */
export function parseSources(input: unknown, errors: FieldError[]): StorySource[] {
  const r = new Reader(errors)
  if (!Array.isArray(input)) return (r.fail('sources', 'must be an array'), [])
  if (input.length > attributionLimits.sources)
    return (r.fail('sources', `has more than ${attributionLimits.sources} entries`), [])
  const seen = new Set<string>()
  const out: StorySource[] = []
  input.forEach((raw, i) => {
    const path = `sources.${i}`
    if (!isObj(raw)) return r.fail(path, 'must be an object')
    r.keys(raw, path, ['id', 'kind', 'title', 'url', 'retrievedAt'])
    const id = r.id(raw, path, seen)
    const kind = raw.kind
    if (!sourceKinds.includes(kind as SourceKind))
      r.fail(`${path}.kind`, `must be one of ${sourceKinds.join(', ')}`)
    const title = r.text(raw, 'title', path, attributionLimits.title, true)
    const url = r.url(raw, 'url', path)
    let retrievedAt: string | null = null
    if (raw.retrievedAt !== undefined && raw.retrievedAt !== null) {
      const t = typeof raw.retrievedAt === 'string' ? new Date(raw.retrievedAt) : null
      if (t === null || Number.isNaN(t.getTime()))
        r.fail(`${path}.retrievedAt`, 'must be an ISO date and time')
      else retrievedAt = t.toISOString()
    }
    out.push({ id, kind: kind as SourceKind, title: title ?? '', url, retrievedAt })
  })
  return out
}

/**
 * Validates untrusted attributions against the story's sources; collects failures in `errors`
 * (fields `attributions.N.…`). `signOff` is read as sent (the server replaces it, see
 * `carrySignOffs`); answers the attributions that read cleanly.
 */
export function parseAttributions(
  input: unknown,
  sources: readonly StorySource[],
  errors: FieldError[],
): Attribution[] {
  const r = new Reader(errors)
  if (!Array.isArray(input)) return (r.fail('attributions', 'must be an array'), [])
  if (input.length > attributionLimits.attributions)
    return (r.fail('attributions', `has more than ${attributionLimits.attributions} entries`), [])
  const sourceIds = new Set(sources.map((s) => s.id))
  const seen = new Set<string>()
  const out: Attribution[] = []
  input.forEach((raw, i) => {
    const path = `attributions.${i}`
    if (!isObj(raw)) return r.fail(path, 'must be an object')
    r.keys(raw, path, attributionKeys)
    const id = r.id(raw, path, seen)
    const sourcing = raw.sourcing
    if (!sourcings.includes(sourcing as Sourcing))
      r.fail(`${path}.sourcing`, `must be one of ${sourcings.join(', ')}`)
    let speaker: Attribution['speaker'] = null
    if (raw.speaker !== undefined && raw.speaker !== null) {
      if (!isObj(raw.speaker)) r.fail(`${path}.speaker`, 'must be an object or null')
      else {
        r.keys(raw.speaker, `${path}.speaker`, ['entityId', 'name'])
        const name = r.text(raw.speaker, 'name', `${path}.speaker`, attributionLimits.name, true)
        const entityId = raw.speaker.entityId ?? null
        if (entityId !== null && (typeof entityId !== 'string' || entityId.length > 100))
          r.fail(`${path}.speaker.entityId`, 'must be an entity id or null')
        speaker = { entityId: entityId as string | null, name: name ?? '' }
      }
    }
    let relayed: Relayed | null = null
    if (raw.relayed !== undefined && raw.relayed !== null) {
      if (!isObj(raw.relayed)) r.fail(`${path}.relayed`, 'must be an object or null')
      else {
        const p = `${path}.relayed`
        r.keys(raw.relayed, p, ['outlet', 'url', 'date'])
        relayed = {
          outlet: r.text(raw.relayed, 'outlet', p, attributionLimits.outlet, true) ?? '',
          url: r.url(raw.relayed, 'url', p),
          date: r.date(raw.relayed, 'date', p),
        }
      }
    }
    const ids: string[] = []
    if (raw.sourceIds !== undefined && raw.sourceIds !== null) {
      if (!Array.isArray(raw.sourceIds)) r.fail(`${path}.sourceIds`, 'must be an array')
      else
        raw.sourceIds.forEach((s, j) => {
          if (typeof s !== 'string' || !sourceIds.has(s))
            r.fail(`${path}.sourceIds.${j}`, `no source “${String(s)}” in this story`)
          else if (!ids.includes(s)) ids.push(s)
        })
    }
    out.push({
      id,
      speaker,
      role: r.text(raw, 'role', path, attributionLimits.role),
      sourcing: sourcing as Sourcing,
      description: r.text(raw, 'description', path, attributionLimits.description),
      relayed,
      documentUrl: r.url(raw, 'documentUrl', path),
      sourceIds: ids,
      event: r.text(raw, 'event', path, attributionLimits.event),
      saidOn: r.date(raw, 'saidOn', path),
      signOff: null,
    })
  })
  return out
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
