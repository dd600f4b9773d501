import { isHttpUrl } from './block-document.js'
import type { FieldError } from './errors.js'
import type { Attribution, Relayed, Sourcing, SourceKind, StorySource } from './attribution.js'
import {
  attributionLimits,
  isAttributionId,
  isIsoDate,
  sourceKinds,
  sourcings,
} from './attribution.js'

/**
 * Reading untrusted attributions and sources (from the API, an import or the newsroom app's
 * draft store) into the model of `attribution.ts`, collecting every failure as a field error.
 */

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
