import type { ArticleCard } from '../../domain/article.js'
import type { Banner, Menu, MenuName } from '../../domain/fronts.js'
import { bannerIsLive, bannerKey, menuKey, menuNames } from '../../domain/fronts.js'
import type { Deps } from '../deps.js'
import type { PublicRead } from '../site/depends-on.js'
import { dependsOn } from '../site/depends-on.js'

/** One menu entry ready to link: a section (by slug), a published static page, or an address. */
export type MenuEntry =
  | { kind: 'section'; label: string; slug: string }
  | { kind: 'page'; label: string; article: ArticleCard }
  | { kind: 'link'; label: string; url: string }

export type Menus = Record<MenuName, MenuEntry[]>

/** What every public page shows around its content: the banner (when live) and the menus. */
export interface Chrome {
  banner: Banner | null
  menus: Menus
}

/** The banner as saved and the menus resolved, held in memory between changes. */
export interface HeldChrome {
  banner: Banner | null
  menus: Menus
  /** The static pages the menus link (a change to one of them changes every page). */
  pageIds: string[]
}

/** Reads the banner and the menus; `override` replaces some of them (a preview). */
export async function loadChrome(
  deps: Deps,
  override: { banner?: Banner | null; menus?: Partial<Record<MenuName, Menu>> } = {},
): Promise<HeldChrome> {
  const saved = await deps.store.curation.findMany([bannerKey, ...menuNames.map(menuKey)])
  const byKey = new Map(saved.map((r) => [r.key, r.value]))
  const raw = Object.fromEntries(
    menuNames.map((name) => [
      name,
      override.menus?.[name] ?? (byKey.get(menuKey(name)) as Menu | undefined) ?? { items: [] },
    ]),
  ) as Record<MenuName, Menu>
  const items = menuNames.flatMap((name) => raw[name].items)
  const pageIds = [...new Set(items.flatMap((i) => (i.kind === 'page' ? [i.articleId] : [])))]
  const [sections, pages] = await Promise.all([
    items.some((i) => i.kind === 'section') ? deps.store.sections.list() : Promise.resolve([]),
    deps.store.articles.findCardsByIds(pageIds),
  ])
  const sectionById = new Map(sections.map((s) => [s.id, s]))
  const pageById = new Map(pages.filter((p) => p.status === 'published').map((p) => [p.id, p]))
  const resolve = (menu: Menu): MenuEntry[] =>
    menu.items.flatMap((item): MenuEntry[] => {
      if (item.kind === 'link') return [item]
      if (item.kind === 'section') {
        const section = sectionById.get(item.sectionId)
        return section === undefined
          ? []
          : [{ kind: 'section', label: item.label ?? section.name, slug: section.slug }]
      }
      const page = pageById.get(item.articleId)
      return page === undefined
        ? []
        : [{ kind: 'page', label: item.label ?? page.headline, article: page }]
    })
  const banner =
    'banner' in override
      ? (override.banner ?? null)
      : ((byKey.get(bannerKey) as Banner | null | undefined) ?? null)
  return {
    banner,
    menus: Object.fromEntries(menuNames.map((n) => [n, resolve(raw[n])])) as Menus,
    pageIds,
  }
}

/**
 * The chrome as shown at `now`: an expired banner is gone without anyone writing, because a page
 * showing a banner stays right only until the banner's expiry.
 */
export function chromeAt(held: HeldChrome, now: Date): PublicRead<Chrome> {
  const live = bannerIsLive(held.banner, now)
  const expiresAt =
    live && held.banner?.expiresAt != null ? Date.parse(held.banner.expiresAt) : null
  return {
    view: { banner: live ? held.banner : null, menus: held.menus },
    dependsOn: dependsOn({
      curation: [bannerKey, ...menuNames.map(menuKey)],
      stories: held.pageIds.map((id) => ({ id })),
      freshForMs: expiresAt === null ? null : Math.max(0, expiresAt - now.getTime()),
    }),
  }
}
