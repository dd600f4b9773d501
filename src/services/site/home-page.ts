import { frontKey, menuKey } from '../../domain/fronts.js'
import type { FrontLayout } from '../../domain/fronts.js'
import type { Settings } from '../../domain/settings.js'
import type { Media } from '../../domain/media.js'
import { untilMidnight } from '../../domain/time.js'
import type { Deps } from '../deps.js'
import type { ZoneView } from '../fronts/front-read.js'
import { readFront } from '../fronts/front-read.js'
import type { PublicRead } from './depends-on.js'
import { dependsOn, mediaIds } from './depends-on.js'
import type { Profiles } from './portraits.js'
import { columnistPortraits } from './portraits.js'

/** The home page: the zones of its front, filled, in order. */
export interface HomePage {
  /** The moment of reading, for the dateline. */
  now: string
  zones: ZoneView[]
  media: Map<string, Media>
  /** Byline portraits of the opinion and analysis shown, by author id. */
  portraits: Map<string, Media>
}

/**
 * The home page from its front's layout (`current`: saved, or the default built from the main
 * menu, which `usesMenu`; or the layout an editor previews). It shows the lists its zones read, their stories and the
 * pinned ones, and the layout (and the main menu, for the default); its dateline and its cards'
 * times of day turn at local midnight and a pin's end or a zone going stale changes it by the
 * clock alone.
 */
export async function homePage(
  deps: Deps,
  settings: Pick<Settings, 'timeZone'>,
  current: { value: FrontLayout; usesMenu: boolean },
  profiles: Profiles,
): Promise<PublicRead<HomePage>> {
  const now = deps.clock.now()
  const front = await readFront(deps, current.value, now)
  const shown = front.zones.flatMap((z) => z.items)
  const portraits = await columnistPortraits(deps, profiles, shown)
  const shownIds = new Set(shown.map((c) => c.id))
  const untilChange =
    front.changesAt === null ? Infinity : front.changesAt.getTime() - now.getTime()
  return {
    view: { now: now.toISOString(), zones: front.zones, media: front.media, portraits },
    dependsOn: dependsOn({
      lists: front.lists,
      stories: [
        ...shown,
        ...front.storyIds.filter((id) => !shownIds.has(id)).map((id) => ({ id })),
      ],
      media: [...mediaIds(front.media), ...[...portraits.values()].map((m) => m.id)],
      curation: [frontKey('home'), ...(current.usesMenu ? [menuKey('main')] : [])],
      freshForMs: Math.max(0, Math.min(untilMidnight(now, settings.timeZone), untilChange)),
    }),
  }
}
