import type { ArticleCard } from '../../domain/article.js'
import type { FrontLayout, Zone, ZoneRule } from '../../domain/fronts.js'
import type { FilledFront } from '../../domain/fronts.js'
import { fillFront, livePins } from '../../domain/fronts.js'
import type { ListKey } from '../../domain/lists.js'
import { allStories, sectionList, tagList } from '../../domain/lists.js'
import type { Media } from '../../domain/media.js'
import type { Section } from '../../domain/taxonomy.js'
import type { ArticleListFilter } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { heroes, published } from '../site/lists.js'

/** A zone as a page shows it: its heading (and the section it links to), and its stories. */
export interface ZoneView {
  id: string
  kind: Zone['kind']
  title: string | null
  section: Section | null
  items: ArticleCard[]
}

/** A filled front, with what it was chosen from (for the page's `dependsOn`). */
export interface FrontRead {
  zones: ZoneView[]
  media: Map<string, Media>
  lists: ListKey[]
  /** Every story shown, and every pinned story (publishing a pinned draft changes the front). */
  storyIds: string[]
  /** The next moment the clock alone changes the front (a pin ends, a zone goes stale). */
  changesAt: Date | null
}

/**
 * How deep each zone's list is read first: what every zone on that list shows, and a few more for
 * claims by other lists' zones and for stories a filter passes over (a zone that still comes up
 * short reads deeper). Zones on one list share one read.
 */
function firstReads(zones: readonly Zone[]): number[] {
  const depth = new Map<string, number>()
  for (const z of zones) {
    const key = JSON.stringify(ruleFilter(z.rule))
    depth.set(key, (depth.get(key) ?? 4) + z.max)
  }
  return zones.map((z) => depth.get(JSON.stringify(ruleFilter(z.rule))) ?? z.max)
}
const maxRead = 200

function ruleFilter(rule: ZoneRule): ArticleListFilter | null {
  switch (rule.source) {
    case 'latest':
    case 'workType':
      return published
    case 'section':
      return { ...published, sectionId: rule.sectionId }
    case 'tag':
      return { ...published, tagId: rule.tagId }
    case 'none':
      return null
  }
}

function ruleList(rule: ZoneRule): ListKey | null {
  if (rule.source === 'section') return sectionList(rule.sectionId)
  if (rule.source === 'tag') return tagList(rule.tagId)
  return rule.source === 'none' ? null : allStories
}

/**
 * Fills a front's zones from the database at `now`: pins first, then each rule's newest stories,
 * each story once. A zone that came up short while its list had more is read again, deeper (the
 * zones before it claimed what it read), at most twice.
 */
export async function readFront(deps: Deps, layout: FrontLayout, now: Date): Promise<FrontRead> {
  const { zones } = layout
  const [pinned, sections] = await Promise.all([
    livePinned(deps, zones, now),
    zones.some((z) => z.rule.source === 'section') ? deps.store.sections.list() : [],
  ])
  const filled = await fillDeep(deps, layout, pinned, now)
  const views = filled.zones.map(({ zone, items }): ZoneView => {
    const { rule } = zone
    const section =
      rule.source === 'section' ? (sections.find((s) => s.id === rule.sectionId) ?? null) : null
    const title = zone.title ?? section?.name ?? null
    return { id: zone.id, kind: zone.kind, title, section, items }
  })
  const shownCards = views.flatMap((z) => z.items)
  const pinIds = zones.flatMap((z) => z.pins.map((p) => p.articleId))
  return {
    zones: views,
    media: await heroes(deps, shownCards),
    lists: [...new Set(zones.flatMap((z) => ruleList(z.rule) ?? []))],
    storyIds: [...new Set([...shownCards.map((c) => c.id), ...pinIds])],
    changesAt: filled.changesAt,
  }
}

/** Each zone's live pins that are published, in pin order. */
async function livePinned(deps: Deps, zones: readonly Zone[], now: Date): Promise<ArticleCard[][]> {
  const ids = [...new Set(zones.flatMap((z) => livePins(z, now).map((p) => p.articleId)))]
  const cards = ids.length === 0 ? [] : await deps.store.articles.findCardsByIds(ids)
  const live = new Map(cards.filter((c) => c.status === 'published').map((c) => [c.id, c] as const))
  return zones.map((z) => livePins(z, now).flatMap((p) => live.get(p.articleId) ?? []))
}

/** Fills the front, reading deeper into a zone's list when it came up short while it had more. */
async function fillDeep(
  deps: Deps,
  layout: FrontLayout,
  pinned: readonly ArticleCard[][],
  now: Date,
): Promise<FilledFront<ArticleCard>> {
  const { zones } = layout
  const read = listReader(deps)
  const limits = firstReads(zones)
  const ranked = await Promise.all(zones.map((z, i) => read(z.rule, limits[i] ?? 0)))
  const fill = () =>
    fillFront(
      layout,
      zones.map((_, i) => ({ pinned: pinned[i] ?? [], ranked: ranked[i] ?? [] })),
      now,
    )
  let filled = fill()
  for (let round = 0; round < 2; round += 1) {
    const shown = new Map(filled.zones.map((z) => [z.zone.id, z.items.length]))
    const starved = zones.flatMap((z, i) => {
      const limit = limits[i] ?? 0
      const short = (shown.get(z.id) ?? 0) < z.max && ranked[i]?.length === limit
      return short && limit < maxRead ? [i] : []
    })
    if (starved.length === 0) break
    for (const i of starved) limits[i] = Math.min(maxRead, (limits[i] ?? 0) * 4)
    await Promise.all(
      starved.map(async (i) => {
        ranked[i] = await read(zones[i]?.rule ?? { source: 'none' }, limits[i] ?? 0)
      }),
    )
    filled = fill()
  }
  return filled
}

/** Reads a rule's newest stories; one read per list and depth, however many zones share it. */
function listReader(deps: Deps): (rule: ZoneRule, limit: number) => Promise<ArticleCard[]> {
  const reads = new Map<string, Promise<ArticleCard[]>>()
  return (rule, limit) => {
    const filter = ruleFilter(rule)
    if (filter === null) return Promise.resolve([])
    const key = `${JSON.stringify(filter)}|${limit}`
    let pending = reads.get(key)
    if (pending === undefined) {
      pending = deps.store.articles.listCards(filter, limit, null).then((page) => page.items)
      reads.set(key, pending)
    }
    return pending
  }
}
