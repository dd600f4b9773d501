import type { Media, Section } from '../../domain/taxonomy.js'
import type { Deps } from '../deps.js'
import type { DomainEvent } from '../events.js'
import { getSettings } from '../settings.js'
import { navigationSections } from './lists.js'

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
  'content.imported',
])

/**
 * What every public page reads and almost never changes: the settings, the navigation and the
 * logo. Held in memory and dropped on the events that change them (and, from other processes, by
 * the web layer when it hears of a change or may have missed one).
 */
export function publicMemo(deps: Deps) {
  const settings = new Memo(() => getSettings(deps.store))
  const navigation = new Memo<Section[]>(() => navigationSections(deps))
  const logo = new Memo<Media | null>(async () => {
    const id = (await settings.get()).logoMediaId
    return id === null ? null : deps.store.media.findById(id)
  })
  const forget = (): void => {
    settings.forget()
    navigation.forget()
    logo.forget()
  }
  deps.events.subscribe((event) => {
    if (siteWide.has(event.type)) forget()
  })
  return {
    settings: () => settings.get(),
    navigation: () => navigation.get(),
    logo: () => logo.get(),
    forget,
  }
}

export type PublicMemo = ReturnType<typeof publicMemo>
