import type { Author } from '../../domain/taxonomy.js'
import type { Media } from '../../domain/media.js'
import type { Deps } from '../deps.js'
import type { DomainEvent } from '../events.js'
import { getSettings } from '../settings.js'
import type { HeldChrome } from '../fronts/chrome.js'
import { loadChrome } from '../fronts/chrome.js'
import { currentLayout } from '../fronts/layouts.js'

/**
 * A value read on first use and kept until `forget`. The pending read itself is kept, so
 * concurrent first uses share one query; `forget` drops it, so a read that started before a
 * change committed is never handed to a request that arrives after it.
 */
export class Memo<T> {
  private value: Promise<T> | null = null

  constructor(private readonly load: () => Promise<T>) {}

  get(): Promise<T> {
    if (this.value === null) {
      const pending = this.load()
      this.value = pending
      // A failed read is not kept: the next request tries again.
      pending.catch(() => {
        if (this.value === pending) this.value = null
      })
    }
    return this.value
  }

  forget(): void {
    this.value = null
  }
}

/** Events after which the site-wide things every public page shows may differ. */
const siteWide = new Set<DomainEvent['type']>([
  'settings.changed',
  'section.changed',
  'media.changed',
  'author.changed',
  'content.imported',
  'curation.changed',
])

/**
 * Up to this many byline profiles are held in memory (a few hundred bytes each); a publication
 * with more reads an article's authors from the database each time.
 */
const heldAuthors = 2000

/**
 * What every public page reads and almost never changes: the settings, the banner and menus, the
 * logo and the byline profiles. Held in memory and dropped on the events that change them (and, from
 * other processes, by the web layer when it hears of a change or may have missed one).
 */
export function publicMemo(deps: Deps) {
  const settings = new Memo(() => getSettings(deps.store))
  // The static pages the menus link, as last read: an edit of one of them changes every page.
  let menuPages = new Set<string>()
  // The home page's layout: three small reads saved on every uncached home page.
  const homeLayout = new Memo(() => currentLayout(deps, 'home'))
  const chrome = new Memo<HeldChrome>(async () => {
    const held = await loadChrome(deps)
    menuPages = new Set(held.pageIds)
    return held
  })
  const logo = new Memo<Media | null>(async () => {
    const id = (await settings.get()).logoMediaId
    return id === null ? null : deps.store.media.findById(id)
  })
  // Every article page shows its authors' profiles: held by id, one query fewer per page.
  const authors = new Memo<ReadonlyMap<string, Author> | null>(async () => {
    const all = await deps.store.authors.list(heldAuthors + 1)
    return all.length > heldAuthors ? null : new Map(all.map((a) => [a.id, a]))
  })
  const forget = (): void => {
    settings.forget()
    chrome.forget()
    homeLayout.forget()
    logo.forget()
    authors.forget()
  }
  deps.events.subscribe((event) => {
    if (siteWide.has(event.type)) forget()
    else if ('articleId' in event && menuPages.has(event.articleId)) chrome.forget()
  })
  return {
    settings: () => settings.get(),
    chrome: () => chrome.get(),
    homeLayout: () => homeLayout.get(),
    logo: () => logo.get(),
    /**
     * Byline profiles by id, in the order asked (unknown ids left out). An id the memo does not
     * hold is read from the database: a profile made by another program (the command line) that
     * told this process nothing still shows.
     */
    authors: async (ids: readonly string[]): Promise<Author[]> => {
      const byId = await authors.get()
      if (byId === null) return deps.store.authors.findManyByIds(ids)
      const missing = ids.filter((id) => !byId.has(id))
      if (missing.length === 0) return ids.flatMap((id) => byId.get(id) ?? [])
      const read = new Map((await deps.store.authors.findManyByIds(missing)).map((a) => [a.id, a]))
      return ids.flatMap((id) => byId.get(id) ?? read.get(id) ?? [])
    },
    forget,
  }
}
