import type { CurationKey } from '../../domain/fronts.js'
import type { ListKey } from '../../domain/lists.js'

/** A shown story, with what of it a page prints besides itself: its bylines and tags. */
export interface ShownStory {
  id: string
  authors?: readonly { id: string }[]
  tags?: readonly { id: string }[]
}

/** Public collections a read ranks or enumerates whole; any change to public content moves them. */
export type Collection = 'search' | 'sitemaps' | 'corrections'

/**
 * What a public read showed, written where the read chooses its data: the lists it took stories
 * from, the stories and pictures it shows, the whole collections it ranks or enumerates, the
 * edited layouts, banner and menus it shows, and how
 * long it stays right by itself when the clock changes it (a dateline, a 48-hour window). The
 * page cache tags a page with exactly this, so a change to any of it drops the page.
 */
export interface DependsOn {
  lists: readonly ListKey[]
  stories: readonly ShownStory[]
  media: readonly string[]
  collections: readonly Collection[]
  /** Edited things it shows: a front's layout, the banner, a menu. */
  curation: readonly CurationKey[]
  freshForMs: number | null
}

/** A public read's answer: what to render, and what it depends on. */
export interface PublicRead<View> {
  view: View
  dependsOn: DependsOn
}

/** A DependsOn with the parts given (the rest empty). */
export function dependsOn(parts: Partial<DependsOn>): DependsOn {
  return {
    lists: [],
    stories: [],
    media: [],
    collections: [],
    curation: [],
    freshForMs: null,
    ...parts,
  }
}

/** The ids of a map of pictures, as DependsOn keeps them. */
export const mediaIds = (media: ReadonlyMap<string, unknown>): string[] => [...media.keys()]
