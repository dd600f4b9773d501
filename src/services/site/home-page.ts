import type { ArticleCard } from '../../domain/article.js'
import { allStories, sectionList } from '../../domain/lists.js'
import type { Settings } from '../../domain/settings.js'
import type { Section } from '../../domain/taxonomy.js'
import type { Media } from '../../domain/media.js'
import { untilMidnight } from '../../domain/time.js'
import type { Deps } from '../deps.js'
import type { PublicRead } from './depends-on.js'
import { dependsOn, mediaIds } from './depends-on.js'
import { heroes, published } from './lists.js'

/** The home page: a lead story (the newest with a picture), the latest, and a block per top section. */
export interface HomePage {
  /** The moment of reading, for the dateline. */
  now: string
  lead: ArticleCard | null
  latest: ArticleCard[]
  sections: { section: Section; items: ArticleCard[] }[]
  media: Map<string, Media>
}

/**
 * `tops`: the top-level sections in order (the navigation, held in memory). The page shows the
 * list of all stories and each top section's list, and its dateline turns at local midnight.
 */
export async function homePage(
  deps: Deps,
  settings: Pick<Settings, 'timeZone'>,
  tops: readonly Section[],
): Promise<PublicRead<HomePage>> {
  const now = deps.clock.now()
  const recent = (await deps.store.articles.listCards(published, 13, null)).items
  const lead = recent.find((a) => a.hero !== null) ?? recent[0] ?? null
  const latest = recent.filter((a) => a !== lead).slice(0, 12)
  const blocks = await deps.store.articles.firstOfLists(
    tops.map((section) => ({ ...published, sectionId: section.id })),
    4,
  )
  const sections = tops.map((section, i) => ({ section, items: blocks[i] ?? [] }))
  const media = await heroes(deps, [...recent, ...sections.flatMap((s) => s.items)])
  const shown = sections.filter((s) => s.items.length > 0)
  return {
    view: { now: now.toISOString(), lead, latest, sections: shown, media },
    dependsOn: dependsOn({
      lists: [allStories, ...tops.map((s) => sectionList(s.id))],
      stories: [...(lead !== null ? [lead] : []), ...latest, ...shown.flatMap((s) => s.items)],
      media: mediaIds(media),
      freshForMs: untilMidnight(now, settings.timeZone),
    }),
  }
}
