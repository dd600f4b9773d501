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
  /** The author's job ("Economics correspondent"), or null. */
  jobTitle: string | null
  /** Subjects the author covers and knows ("energy markets"), in the order given. */
  expertise: string[]
  /** http(s) URLs of the same person elsewhere (a staff page, a professional profile). */
  profileLinks: string[]
}

export const authorLimits = {
  jobTitle: 120,
  expertiseItem: 80,
  expertiseItems: 20,
  profileLinks: 20,
  profileLink: 2000,
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
