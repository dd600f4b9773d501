import type { Role } from './roles.js'

/** Sections (hierarchical, ordered), tags and byline authors. */
export interface Section {
  id: string
  slug: string
  name: string
  description: string
  parentId: string | null
  position: number
}

export interface Tag {
  id: string
  slug: string
  name: string
}

export interface AuthorLink {
  label: string
  url: string
}

export interface Author {
  id: string
  slug: string
  name: string
  bio: string
  photoMediaId: string | null
  links: AuthorLink[]
  userId: string | null
  isWire: boolean
}

export interface User {
  id: string
  email: string
  name: string
  role: Role
  createdAt: string
  disabledAt: string | null
  /** Signs in with a one-time password that must be changed before anything else. */
  mustChangePassword: boolean
}

/**
 * A media item's file: bytes we keep (content-addressed: `key` in media storage, named by
 * `sha256`), or a picture we only link to where it lives (an import without the old uploads
 * folder; `url` is null when even that is unknown, and the item carries only its texts).
 */
export type MediaFile =
  | { readonly kind: 'stored'; readonly key: string; readonly sha256: string }
  | { readonly kind: 'remote'; readonly url: string | null }

export interface Media {
  id: string
  file: MediaFile
  mime: string
  size: number
  width: number | null
  height: number | null
  alt: string
  caption: string
  credit: string
  copyright: string
  focalX: number
  focalY: number
  sourceUrl: string | null
  createdAt: string
}

export interface Redirect {
  id: string
  fromPath: string
  toPath: string
  statusCode: number
  source: string
}

/** Returns the ids of a section and every section below it. */
export function sectionWithDescendants(sections: readonly Section[], rootId: string): string[] {
  const ids = [rootId]
  for (let i = 0; i < ids.length; i += 1) {
    for (const s of sections) if (s.parentId === ids[i] && !ids.includes(s.id)) ids.push(s.id)
  }
  return ids
}

/** True when making `parentId` the parent of `id` would create a cycle. */
export function wouldCycle(
  sections: readonly Section[],
  id: string,
  parentId: string | null,
): boolean {
  let cursor = parentId
  const seen = new Set<string>()
  while (cursor !== null && !seen.has(cursor)) {
    if (cursor === id) return true
    seen.add(cursor)
    cursor = sections.find((s) => s.id === cursor)?.parentId ?? null
  }
  return false
}
