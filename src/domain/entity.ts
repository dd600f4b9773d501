import type { FieldError } from './errors.js'

/** A person or organisation that stories quote (docs/attribution.md, "People and organisations"). */
export const entityKinds = ['person', 'organization'] as const
export type EntityKind = (typeof entityKinds)[number]

export interface Entity {
  id: string
  kind: EntityKind
  name: string
  aliases: string[]
  description: string | null
  /** A Wikidata item id (Q42), for `sameAs` on public pages. */
  wikidataId: string | null
  /** Set when this record was merged into another: the survivor's id. */
  mergedInto: string | null
  createdAt: string
  updatedAt: string
}

export const entityLimits = { name: 200, alias: 200, aliases: 50, description: 1000 }

/** Lower case without diacritics or extra spaces: how names are compared and searched. */
export function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** The folded name and aliases, one per line: the store searches this. */
export const searchKeyOf = (e: Pick<Entity, 'name' | 'aliases'>): string =>
  [e.name, ...e.aliases].map(foldName).join('\n')

/** Aliases trimmed, without blanks, the name itself or repeats (compared folded). */
export function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([foldName(name)])
  const out: string[] = []
  for (const raw of aliases) {
    const alias = raw.trim().replace(/\s+/g, ' ')
    const key = foldName(alias)
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    out.push(alias)
  }
  return out
}

export interface EntityInput {
  kind?: EntityKind
  name?: string
  aliases?: string[]
  description?: string | null
  wikidataId?: string | null
}

/** Field errors of an entity input (`creating` requires kind and name). */
export function entityInputErrors(input: EntityInput, creating: boolean): FieldError[] {
  const errors: FieldError[] = []
  if (creating && input.kind === undefined) errors.push({ field: 'kind', message: 'is required' })
  if (input.kind !== undefined && !entityKinds.includes(input.kind))
    errors.push({ field: 'kind', message: 'must be person or organization' })
  if (input.name !== undefined || creating) {
    const name = (input.name ?? '').trim()
    if (name === '') errors.push({ field: 'name', message: 'is required' })
    else if (name.length > entityLimits.name)
      errors.push({ field: 'name', message: `is longer than ${entityLimits.name} characters` })
  }
  if (input.aliases !== undefined) {
    if (input.aliases.length > entityLimits.aliases)
      errors.push({ field: 'aliases', message: `has more than ${entityLimits.aliases} entries` })
    input.aliases.forEach((a, i) => {
      if (a.length > entityLimits.alias)
        errors.push({
          field: `aliases.${i}`,
          message: `is longer than ${entityLimits.alias} characters`,
        })
    })
  }
  if (typeof input.description === 'string' && input.description.length > entityLimits.description)
    errors.push({
      field: 'description',
      message: `is longer than ${entityLimits.description} characters`,
    })
  if (typeof input.wikidataId === 'string' && !/^Q[1-9]\d{0,11}$/.test(input.wikidataId))
    errors.push({ field: 'wikidataId', message: 'must be a Wikidata item id such as Q42' })
  return errors
}
