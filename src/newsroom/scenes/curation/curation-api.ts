import { api, data } from '../../api/client'
import type {
  BannerJson,
  FrontJson,
  LayoutJson,
  MenuItemJson,
  MenuJson,
  RevisionJson,
} from '../../api/types'

/** A curated document as the screens edit it: its value and the revision it was read at. */
export interface Curated<T> {
  revision: number
  savedAt: string | null
  savedByName: string | null
  value: T
}

/** How one curated document (a front, the banner, a menu) is read, saved, listed and restored. */
export interface CuratedDoc<T> {
  /** The query key, and the key its kept unsaved copy is stored under after a conflict. */
  key: readonly string[]
  load: () => Promise<Curated<T>>
  save: (value: T, revision: number) => Promise<Curated<T>>
  history: () => Promise<RevisionJson[]>
  restore: (from: number, revision: number) => Promise<Curated<T>>
}

export type MenuName = 'main' | 'secondary' | 'footer'
export const menuNames: readonly MenuName[] = ['main', 'secondary', 'footer']
export type Banner = BannerJson['banner']

const ifMatch = (revision: number) => ({ header: { 'if-match': `"${revision}"` } })

const fromFront = (f: FrontJson): Curated<LayoutJson> => ({ ...f, value: f.layout })
const fromBanner = (b: BannerJson): Curated<Banner> => ({ ...b, value: b.banner })
const fromMenu = (m: MenuJson): Curated<MenuItemJson[]> => ({ ...m, value: m.items })

/** A front: `home` or `section:<id>`. */
export function frontDoc(front: string): CuratedDoc<LayoutJson> {
  const path = { front }
  return {
    key: ['curation', 'front', front],
    load: async () =>
      fromFront(await data(api.GET('/api/v1/fronts/{front}', { params: { path } }))),
    save: async (layout, revision) =>
      fromFront(
        await data(
          api.PUT('/api/v1/fronts/{front}', {
            params: { path, ...ifMatch(revision) },
            body: layout,
          }),
        ),
      ),
    history: async () =>
      (await data(api.GET('/api/v1/fronts/{front}/revisions', { params: { path } }))).items,
    restore: async (from, revision) =>
      fromFront(
        await data(
          api.POST('/api/v1/fronts/{front}/restore', {
            params: { path, ...ifMatch(revision) },
            body: { from },
          }),
        ),
      ),
  }
}

/** The breaking-news banner; saving null clears it. */
export const bannerDoc: CuratedDoc<Banner> = {
  key: ['curation', 'banner'],
  load: async () => fromBanner(await data(api.GET('/api/v1/banner'))),
  save: async (banner, revision) =>
    fromBanner(
      await data(
        banner === null
          ? api.DELETE('/api/v1/banner', { params: ifMatch(revision) })
          : api.PUT('/api/v1/banner', { params: ifMatch(revision), body: banner }),
      ),
    ),
  history: async () => (await data(api.GET('/api/v1/banner/revisions'))).items,
  restore: async (from, revision) =>
    fromBanner(
      await data(api.POST('/api/v1/banner/restore', { params: ifMatch(revision), body: { from } })),
    ),
}

/** One of the three menus. */
export function menuDoc(menu: MenuName): CuratedDoc<MenuItemJson[]> {
  const path = { menu }
  return {
    key: ['curation', 'menu', menu],
    load: async () => fromMenu(await data(api.GET('/api/v1/menus/{menu}', { params: { path } }))),
    save: async (items, revision) =>
      fromMenu(
        await data(
          api.PUT('/api/v1/menus/{menu}', {
            params: { path, ...ifMatch(revision) },
            body: { items },
          }),
        ),
      ),
    history: async () =>
      (await data(api.GET('/api/v1/menus/{menu}/revisions', { params: { path } }))).items,
    restore: async (from, revision) =>
      fromMenu(
        await data(
          api.POST('/api/v1/menus/{menu}/restore', {
            params: { path, ...ifMatch(revision) },
            body: { from },
          }),
        ),
      ),
  }
}

/** The page as readers would see it with the unsaved layout, in a new tab (nothing is saved). */
export async function openFrontPreview(front: string, layout: LayoutJson): Promise<void> {
  // Opened at the click, while it still counts as the editor's own gesture (pop-up blockers).
  const tab = window.open('', '_blank')
  try {
    const { data: html } = await api.POST('/api/v1/fronts/{front}/preview', {
      params: { path: { front } },
      body: { layout },
      parseAs: 'text',
    })
    // A blob: document resolves links against nothing: give it the site as its base.
    const base = `<base href="${window.location.origin}/">`
    const page = (html ?? '').replace(/<head[^>]*>/i, (h) => h + base)
    const url = URL.createObjectURL(new Blob([page], { type: 'text/html' }))
    if (tab === null) window.location.assign(url)
    else {
      tab.opener = null
      tab.location.href = url
    }
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  } catch (error) {
    tab?.close()
    throw error
  }
}
