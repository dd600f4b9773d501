/**
 * The public lists a published story is in, by key: `all`, `section:ID` (a section and every
 * section below it), `tag:ID` and `author:ID`. The news-flow table stores these keys, article
 * events carry the keys a change touched, and cached pages are tagged with the keys they show, so
 * this file is the only place a key is spelled.
 */

/** What a list is of: everything, or one section, tag or author. */
export type ListKind = 'section' | 'tag' | 'author'

/** One list's key. */
export type ListKey = 'all' | `${ListKind}:${string}`

/** A list key read back: which list it names. */
type ListRef = { kind: 'all' } | { kind: ListKind; id: string }

const kinds: readonly ListKind[] = ['section', 'tag', 'author']

/** The list of every published story. */
export const allStories: ListKey = 'all'

/** The list of one section's (and its sub-sections'), tag's or author's stories. */
export function listOf(kind: ListKind, id: string): ListKey {
  return `${kind}:${id}`
}

export const sectionList = (id: string): ListKey => listOf('section', id)
export const tagList = (id: string): ListKey => listOf('tag', id)
export const authorList = (id: string): ListKey => listOf('author', id)

/** The key of a list reference. */
export function listKeyOf(ref: ListRef): ListKey {
  return ref.kind === 'all' ? allStories : listOf(ref.kind, ref.id)
}

/** Which list a key names, or null when it is not a list key. */
export function parseListKey(key: string): ListRef | null {
  if (key === allStories) return { kind: 'all' }
  const colon = key.indexOf(':')
  const kind = key.slice(0, colon) as ListKind
  const id = key.slice(colon + 1)
  return colon > 0 && id !== '' && kinds.includes(kind) ? { kind, id } : null
}

/**
 * The text every key of a kind starts with, for SQL that builds the keys of many owners at once
 * (`prefix || sections.id`); anywhere else, use `listOf`.
 */
export function listKeyPrefix(kind: ListKind): string {
  return `${kind}:`
}

/**
 * The lists a published story is in: all, each of its tags and authors, and each of its sections
 * with every section above it (`ancestors` gives a section's chain, itself included).
 */
export function listsOfStory(
  story: { sectionIds: readonly string[]; tagIds: readonly string[]; authorIds: readonly string[] },
  ancestors: (sectionId: string) => readonly string[],
): ListKey[] {
  const keys = new Set<ListKey>([allStories])
  for (const id of story.tagIds) keys.add(tagList(id))
  for (const id of story.authorIds) keys.add(authorList(id))
  for (const id of story.sectionIds) for (const up of ancestors(id)) keys.add(sectionList(up))
  return [...keys]
}
