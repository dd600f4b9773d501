import type { Banner, FrontKey, FrontLayout, Menu, MenuName } from '../../domain/fronts.js'
import { bannerKey, frontKey, menuKey } from '../../domain/fronts.js'
import type { Actor } from '../../domain/roles.js'
import { requireRole } from '../../domain/roles.js'
import type { Deps } from '../deps.js'
import { homePage } from '../site/home-page.js'
import { listPageRead } from '../site/list-page.js'
import { getSettings } from '../settings.js'
import { chromeAt, loadChrome } from './chrome.js'
import { checkBanner, checkFront, checkLayout, checkMenu } from './checks.js'
import { currentDocument, documentHistory, restoreDocument, saveDocument } from './documents.js'
import { currentLayout, currentMenu } from './layouts.js'
import { zoneContents } from './zone-contents.js'

/** What an editor previews: a front with unsaved changes to its layout, the banner or menus. */
export interface FrontPreview {
  actor: Actor
  front: FrontKey
  layout?: FrontLayout
  banner?: Banner | null
  menus?: Partial<Record<MenuName, Menu>>
}

const readRole = (actor: Actor) => requireRole(actor, 'contributor', 'see fronts and menus')

/**
 * Fronts, the breaking-news banner and menus: read, changed (editor and above, against the
 * revision the editor saw), listed and restored from their history, and previewed.
 */
export function frontServices(deps: Deps) {
  const front = {
    /** A front's layout as saved, or its default at revision 0. Throws InvalidInputError. */
    get: async ({ actor, front }: { actor: Actor; front: FrontKey }) => {
      readRole(actor)
      await checkFront(deps, front)
      const { usesMenu: _usesMenu, ...layout } = await currentLayout(deps, front)
      return layout
    },
    /** Saves a layout. Throws ForbiddenError, InvalidInputError or StaleRevisionError. */
    save: async (input: {
      actor: Actor
      front: FrontKey
      revision: number
      layout: FrontLayout
    }) => {
      requireRole(input.actor, 'editor', 'change fronts')
      await checkFront(deps, input.front)
      const value = await checkLayout(deps, input.layout)
      return saveDocument(deps, { ...input, key: frontKey(input.front), value })
    },
    history: ({ actor, front }: { actor: Actor; front: FrontKey }) =>
      documentHistory(deps, { actor, key: frontKey(front) }),
    /** Saves version `from` again. Throws ForbiddenError, NotFoundError, StaleRevisionError. */
    restore: (input: { actor: Actor; front: FrontKey; revision: number; from: number }) =>
      restoreDocument<FrontLayout>(deps, { ...input, key: frontKey(input.front) }, (v) =>
        checkLayout(deps, v),
      ),
    /** What each zone shows now, saved or unsaved layout. Throws ForbiddenError, InvalidInputError. */
    contents: (input: { actor: Actor; front: FrontKey; layout?: FrontLayout }) =>
      zoneContents(deps, input),
  }
  const banner = {
    get: async ({ actor }: { actor: Actor }) => {
      readRole(actor)
      return currentDocument<Banner | null>(deps, bannerKey, () => null)
    },
    /** Sets (or with null clears) the banner. Throws ForbiddenError, InvalidInputError, StaleRevisionError. */
    save: async (input: { actor: Actor; revision: number; banner: Banner | null }) =>
      saveDocument(deps, { ...input, key: bannerKey, value: checkBanner(input.banner) }),
    history: ({ actor }: { actor: Actor }) => documentHistory(deps, { actor, key: bannerKey }),
    restore: (input: { actor: Actor; revision: number; from: number }) =>
      restoreDocument<Banner | null>(deps, { ...input, key: bannerKey }, (v) =>
        Promise.resolve(checkBanner(v)),
      ),
  }
  const menu = {
    get: async ({ actor, menu }: { actor: Actor; menu: MenuName }) => {
      readRole(actor)
      return currentMenu(deps, menu)
    },
    /** Saves a menu. Throws ForbiddenError, InvalidInputError or StaleRevisionError. */
    save: async (input: {
      actor: Actor
      menu: MenuName
      revision: number
      items: Menu['items']
    }) => {
      requireRole(input.actor, 'editor', 'change menus')
      const value = await checkMenu(deps, { items: input.items })
      return saveDocument(deps, { ...input, key: menuKey(input.menu), value })
    },
    history: ({ actor, menu }: { actor: Actor; menu: MenuName }) =>
      documentHistory(deps, { actor, key: menuKey(menu) }),
    restore: (input: { actor: Actor; menu: MenuName; revision: number; from: number }) =>
      restoreDocument<Menu>(deps, { ...input, key: menuKey(input.menu) }, (v) =>
        checkMenu(deps, v),
      ),
  }
  return Object.freeze({
    front: Object.freeze(front),
    banner: Object.freeze(banner),
    menu: Object.freeze(menu),
    /**
     * A front's page and the chrome around it with unsaved changes applied (nothing is saved):
     * the home page's read, or a section's first page. Throws ForbiddenError or InvalidInputError.
     */
    preview: async (input: FrontPreview) => {
      requireRole(input.actor, 'editor', 'preview fronts')
      await checkFront(deps, input.front)
      const layout = input.layout === undefined ? undefined : await checkLayout(deps, input.layout)
      if (input.menus !== undefined)
        for (const m of Object.values(input.menus)) if (m !== undefined) await checkMenu(deps, m)
      const chrome = chromeAt(
        await loadChrome(deps, {
          ...(input.banner !== undefined ? { banner: checkBanner(input.banner) } : {}),
          ...(input.menus !== undefined ? { menus: input.menus } : {}),
        }),
        deps.clock.now(),
      ).view
      if (input.front === 'home')
        return {
          kind: 'home' as const,
          chrome,
          home: await homePage(
            deps,
            await getSettings(deps.store),
            layout === undefined
              ? await currentLayout(deps, 'home')
              : { value: layout, usesMenu: false },
            (ids) => deps.store.authors.findManyByIds(ids),
          ),
        }
      const section = await deps.store.sections.findById(input.front.slice('section:'.length))
      const list = await listPageRead(
        deps,
        {
          settings: await getSettings(deps.store),
          profiles: (ids) => deps.store.authors.findManyByIds(ids),
        },
        { kind: 'section', slug: section?.slug ?? '', page: 1, after: null },
        layout,
      )
      return { kind: 'section' as const, chrome, list }
    },
  })
}
