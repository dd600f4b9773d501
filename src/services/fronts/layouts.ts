import type { FrontKey, FrontLayout, Menu, MenuName } from '../../domain/fronts.js'
import { defaultHomeLayout, frontKey, menuKey } from '../../domain/fronts.js'
import type { Deps } from '../deps.js'
import type { Curated } from './documents.js'
import { currentDocument } from './documents.js'

/** The section whose stories are opinion, while stories carry no type of work: slug `opinion`. */
async function opinionSectionId(deps: Deps): Promise<string | null> {
  return (await deps.store.sections.findBySlug('opinion'))?.id ?? null
}

/** A menu as saved, or empty: a menu nobody edited shows nothing. */
export function currentMenu(deps: Deps, name: MenuName): Promise<Curated<Menu>> {
  return currentDocument<Menu>(deps, menuKey(name), () => ({ items: [] }))
}

/**
 * The front's layout as saved, or the default: for the home page, a lead, the latest, a block per
 * section of the main menu and opinion; for a section, no zones (its page is its list).
 * `usesMenu`: the default was built from the main menu, so the page depends on it too.
 */
export async function currentLayout(
  deps: Deps,
  front: FrontKey,
): Promise<Curated<FrontLayout> & { usesMenu: boolean }> {
  let usesMenu = false
  const layout = await currentDocument<FrontLayout>(deps, frontKey(front), async () => {
    if (front !== 'home') return { zones: [], freshDays: 30 }
    usesMenu = true
    const menu = (await currentMenu(deps, 'main')).value
    const sectionIds = menu.items.flatMap((i) => (i.kind === 'section' ? [i.sectionId] : []))
    return defaultHomeLayout(sectionIds, await opinionSectionId(deps))
  })
  return { ...layout, usesMenu }
}
