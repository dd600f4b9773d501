/**
 * Edited fronts, the breaking-news banner and menus: what editors choose, and the pure rule that
 * fills a front's zones from pinned stories and ranked candidates. Nothing here reads a clock or
 * the database; the moment is always an argument.
 */

/** How a theme draws a zone. */
export const zoneKinds = ['lead', 'top', 'section', 'latest', 'opinion', 'block'] as const
export type ZoneKind = (typeof zoneKinds)[number]

/** Where a zone's stories come from after its pins: a list, a type of work, or nowhere. */
export type ZoneRule =
  | { source: 'latest' }
  | { source: 'section'; sectionId: string }
  | { source: 'tag'; tagId: string }
  | { source: 'workType'; workType: string }
  | { source: 'none' }

/** A story fixed in a zone, until a moment or for good (`until` null). */
export interface Pin {
  articleId: string
  until: string | null
}

export interface Zone {
  /** Unique within the front: `[a-z0-9-]{1,40}`. */
  id: string
  kind: ZoneKind
  /** The zone's heading; null draws none (a lead), or the section's name for a section rule. */
  title: string | null
  pins: Pin[]
  rule: ZoneRule
  /** Rule-chosen stories must have a picture (pins need not). */
  withPicture: boolean
  /** Rule-chosen stories in any of these sections are passed over. */
  excludeSectionIds: string[]
  /** Rule-chosen stories of these types of work are passed over (once stories carry `workType`). */
  excludeWorkTypes: string[]
  /** At most this many stories, pins included. */
  max: number
}

/** The zones of one front, in order, and how recent a zone's newest story must be to be shown. */
export interface FrontLayout {
  zones: Zone[]
  freshDays: number
}

/** Which front: the home page, or a section's page. */
export type FrontKey = 'home' | `section:${string}`

/** A short notice on every public page, with an optional link and an optional end. */
export interface Banner {
  text: string
  url: string | null
  expiresAt: string | null
}

export const menuNames = ['main', 'secondary', 'footer'] as const
export type MenuName = (typeof menuNames)[number]

/** One entry of a menu: a section, a static page, or an outside (or any) address. */
export type MenuItem =
  | { kind: 'section'; sectionId: string; label: string | null }
  | { kind: 'page'; articleId: string; label: string | null }
  | { kind: 'link'; url: string; label: string }

export interface Menu {
  items: MenuItem[]
}

/** What is curated and versioned, one document each: a front, the banner, a menu. */
export type CurationKey = 'banner' | `menu:${MenuName}` | `front:${FrontKey}`

export const frontKey = (front: FrontKey): CurationKey => `front:${front}`
export const menuKey = (menu: MenuName): CurationKey => `menu:${menu}`
export const bannerKey: CurationKey = 'banner'

/** The smallest card the fill rule needs. `workType` arrives with attributed reporting. */
export interface FrontCard {
  id: string
  hero: unknown
  sections: readonly { id: string }[]
  publishedAt: string | null
  workType?: string | null
}

/** A zone's candidates: its live pins (published, in pin order) and its rule's stories, newest first. */
export interface ZoneCandidates<T extends FrontCard> {
  pinned: T[]
  ranked: T[]
}

export interface FilledZone<T extends FrontCard> {
  zone: Zone
  items: T[]
}

/** A filled front, and the next moment the clock alone changes it (a pin ends, a zone goes stale). */
export interface FilledFront<T extends FrontCard> {
  zones: FilledZone<T>[]
  changesAt: Date | null
}

const dayMs = 24 * 60 * 60 * 1000

/** Pins still in force at `now`. */
export function livePins(zone: Zone, now: Date): Pin[] {
  return zone.pins.filter((p) => p.until === null || Date.parse(p.until) > now.getTime())
}

function matchesRule(zone: Zone, card: FrontCard): boolean {
  if (zone.withPicture && (card.hero === null || card.hero === undefined)) return false
  if (
    zone.excludeSectionIds.length > 0 &&
    card.sections.some((s) => zone.excludeSectionIds.includes(s.id))
  )
    return false
  const type = card.workType ?? null
  if (zone.rule.source === 'workType' && type !== zone.rule.workType) return false
  return type === null || !zone.excludeWorkTypes.includes(type)
}

/**
 * Fills zones in order: each takes its pinned stories, then its rule's, up to `max`; a story
 * appears once per front (the first zone that claims it wins). A zone whose stories are all older
 * than `freshDays` (and holds no pin) is left out; an empty zone too.
 */
export function fillFront<T extends FrontCard>(
  layout: FrontLayout,
  candidates: readonly ZoneCandidates<T>[],
  now: Date,
): FilledFront<T> {
  const claimed = new Set<string>()
  const freshMs = layout.freshDays * dayMs
  const zones: FilledZone<T>[] = []
  let changesAt: number = Infinity
  layout.zones.forEach((zone, i) => {
    const found = candidates[i] ?? { pinned: [], ranked: [] }
    const items: T[] = []
    const take = (card: T): void => {
      if (items.length >= zone.max || claimed.has(card.id)) return
      claimed.add(card.id)
      items.push(card)
    }
    found.pinned.forEach(take)
    const pinnedCount = items.length
    for (const card of found.ranked) if (matchesRule(zone, card)) take(card)
    for (const pin of livePins(zone, now))
      if (pin.until !== null) changesAt = Math.min(changesAt, Date.parse(pin.until))
    const newest = Math.max(
      ...items.map((c) => (c.publishedAt === null ? 0 : Date.parse(c.publishedAt))),
    )
    const staleAt = newest + freshMs
    if (items.length === 0 || (pinnedCount === 0 && staleAt <= now.getTime())) return
    if (pinnedCount === 0) changesAt = Math.min(changesAt, staleAt)
    zones.push({ zone, items })
  })
  return { zones, changesAt: Number.isFinite(changesAt) ? new Date(changesAt) : null }
}

/** Whether the banner shows at `now`. */
export function bannerIsLive(banner: Banner | null, now: Date): banner is Banner {
  return (
    banner !== null && (banner.expiresAt === null || Date.parse(banner.expiresAt) > now.getTime())
  )
}

/** Types of work that are not news, kept off a default front's lead and top stories. */
export const viewTypes = ['opinion', 'analysis', 'review']

/** Types of work drawn with a columnist's treatment (byline portrait, lighter headline). */
const columnTypes: readonly string[] = ['opinion', 'analysis']

/** Whether a story of this type of work is a column: opinion or analysis, a writer's view. */
export const isViewWork = (workType: string): boolean => columnTypes.includes(workType)

/** A zone from the parts that matter, the rest at their defaults (no title, pins or exclusions). */
export const zone = (parts: Partial<Zone> & Pick<Zone, 'id' | 'kind' | 'rule' | 'max'>): Zone => ({
  title: null,
  pins: [],
  withPicture: false,
  excludeSectionIds: [],
  excludeWorkTypes: [],
  ...parts,
})

/**
 * The home page of a publication that never edited one: a lead with a picture from the news (not
 * opinion), the latest stories, a block per section of the main menu, and opinion.
 * `opinionSectionId`: the section holding opinion, while stories carry no type of work.
 */
export function defaultHomeLayout(
  menuSectionIds: readonly string[],
  opinionSectionId: string | null,
): FrontLayout {
  const notViews = {
    excludeSectionIds: opinionSectionId === null ? [] : [opinionSectionId],
    excludeWorkTypes: viewTypes,
  }
  return {
    freshDays: 30,
    zones: [
      zone({
        id: 'lead',
        kind: 'lead',
        rule: { source: 'latest' },
        max: 1,
        withPicture: true,
        ...notViews,
      }),
      zone({
        id: 'latest',
        kind: 'latest',
        title: 'Latest',
        rule: { source: 'latest' },
        max: 6,
        ...notViews,
      }),
      ...menuSectionIds
        .filter((id) => id !== opinionSectionId)
        // Numbered, not named by section id: zone ids are short, and an id may be any length.
        .map((id, i) =>
          zone({
            id: `section-${i + 1}`,
            kind: 'section',
            rule: { source: 'section', sectionId: id },
            max: 4,
          }),
        ),
      zone({
        id: 'opinion',
        kind: 'opinion',
        title: 'Opinion',
        rule:
          opinionSectionId === null
            ? { source: 'workType', workType: 'opinion' }
            : { source: 'section', sectionId: opinionSectionId },
        max: 4,
      }),
    ],
  }
}

/** What an editor's layout must satisfy beyond its shape: field errors, empty when sound. */
export function layoutProblems(layout: FrontLayout): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = []
  const seen = new Set<string>()
  layout.zones.forEach((z, i) => {
    if (seen.has(z.id))
      problems.push({ field: `zones/${i}/id`, message: 'zone ids must be unique' })
    seen.add(z.id)
    if (z.pins.length > z.max)
      problems.push({ field: `zones/${i}/pins`, message: 'more pins than the zone shows' })
    const pinned = new Set(z.pins.map((p) => p.articleId))
    if (pinned.size !== z.pins.length)
      problems.push({ field: `zones/${i}/pins`, message: 'a story is pinned twice' })
  })
  return problems
}

/** Whether a menu or banner link is one we print: a path on this site, or http(s). */
export function isLinkTarget(url: string): boolean {
  return /^\/(?!\/)/.test(url) || /^https?:\/\/[^\s/]+/i.test(url)
}
