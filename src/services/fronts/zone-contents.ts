import type { FrontKey, FrontLayout } from '../../domain/fronts.js'
import { livePins } from '../../domain/fronts.js'
import type { Actor } from '../../domain/roles.js'
import { requireRole } from '../../domain/roles.js'
import type { Deps } from '../deps.js'
import { checkFront, checkLayout } from './checks.js'
import { readFront } from './front-read.js'
import { currentLayout } from './layouts.js'

/** One story a zone shows, and whether a live pin put it there. */
export interface ZoneStory {
  id: string
  headline: string
  publishedAt: string | null
  isPinned: boolean
}

/** What a zone shows now; `isShown` false when the front leaves it out (empty or stale). */
export interface ZoneContents {
  id: string
  title: string | null
  isShown: boolean
  stories: ZoneStory[]
}

/**
 * What each zone of a front shows at this moment, in layout order, for the saved layout or an
 * unsaved one (nothing is saved): the newsroom's view of the page. Throws ForbiddenError,
 * NotFoundError or InvalidInputError.
 */
export async function zoneContents(
  deps: Deps,
  input: { actor: Actor; front: FrontKey; layout?: FrontLayout },
): Promise<ZoneContents[]> {
  requireRole(input.actor, 'editor', 'preview fronts')
  await checkFront(deps, input.front)
  const layout =
    input.layout === undefined
      ? (await currentLayout(deps, input.front)).value
      : await checkLayout(deps, input.layout)
  const now = deps.clock.now()
  const read = await readFront(deps, layout, now)
  const shown = new Map(read.zones.map((z) => [z.id, z]))
  return layout.zones.map((zone) => {
    const view = shown.get(zone.id)
    const pinned = new Set(livePins(zone, now).map((p) => p.articleId))
    return {
      id: zone.id,
      title: view?.title ?? zone.title,
      isShown: view !== undefined,
      stories: (view?.items ?? []).map((c) => ({
        id: c.id,
        headline: c.headline,
        publishedAt: c.publishedAt,
        isPinned: pinned.has(c.id),
      })),
    }
  })
}
