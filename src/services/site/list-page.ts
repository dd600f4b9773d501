import type { FrontKey, FrontLayout } from '../../domain/fronts.js'
import { frontKey } from '../../domain/fronts.js'
import type { Media } from '../../domain/media.js'
import type { Settings } from '../../domain/settings.js'
import type { Section } from '../../domain/taxonomy.js'
import { untilMidnight } from '../../domain/time.js'
import type { ArticleCursor } from '../../store/index.js'
import type { Deps } from '../deps.js'
import type { FrontRead, ZoneView } from '../fronts/front-read.js'
import { readFront } from '../fronts/front-read.js'
import { currentLayout } from '../fronts/layouts.js'
import type { PublicRead } from './depends-on.js'
import { dependsOn, mediaIds } from './depends-on.js'
import type { ListOwner, ListPage } from './lists.js'
import { findListOwner, listPage, ownerListKey } from './lists.js'
import type { Profiles } from './portraits.js'
import { columnistPortraits } from './portraits.js'

/** Which list page: the owner's kind and slug from the URL, and the position in it. */
export interface ListRequest {
  kind: 'section' | 'tag' | 'author'
  slug: string
  page: number
  after: ArticleCursor | null
}

/** A section, tag or author page: the owner, a section's parents (outermost first), the page. */
export interface ListPageView {
  owner: ListOwner
  trail: Section[]
  /** A section's own sub-sections, in the order the section tree keeps them. */
  subsections: Section[]
  /** A section front's zones, above its list on the first page (empty when it has none). */
  zones: ZoneView[]
  list: ListPage
  /** The moment of reading: cards show today's stories by their time of day. */
  now: string
  /** Byline portraits of the opinion and analysis shown, by author id. */
  portraits: Map<string, Media>
}

/** How deep a section's trail of parents goes at most. */
const maxTrail = 10

/**
 * One page of a section's, tag's or author's list, or null when the URL names none. It shows the
 * owner's list and its stories and pictures, an author's portrait among them; its cards' times of
 * day turn into dates at the publication's midnight, so it is right only until then.
 */
export async function listPageRead(
  deps: Deps,
  context: { settings: Pick<Settings, 'timeZone'>; profiles: Profiles },
  request: ListRequest,
  layout?: FrontLayout,
): Promise<PublicRead<ListPageView> | null> {
  const owner = await findListOwner(deps, request.kind, request.slug)
  if (owner === null) return null
  const [list, sections] = await Promise.all([
    listPage(deps, owner, request.page, request.after),
    owner.kind === 'section' ? deps.store.sections.list() : Promise.resolve([]),
  ])
  const front =
    owner.kind === 'section' && request.page === 1 && request.after === null
      ? await sectionFront(deps, `section:${owner.section.id}`, layout)
      : null
  if (front !== null) {
    // A story appears once per front: the list leaves out what the zones show.
    const inZones = new Set(front.zones.flatMap((z) => z.items.map((c) => c.id)))
    list.items = list.items.filter((c) => !inZones.has(c.id))
    for (const [id, media] of front.media) list.media.set(id, media)
  }
  if (owner.kind === 'author' && owner.author.photoMediaId !== null) {
    const photo = await deps.store.media.findById(owner.author.photoMediaId)
    if (photo !== null) list.media.set(photo.id, photo)
  }
  const now = deps.clock.now()
  const shown = [...list.items, ...(front?.zones.flatMap((z) => z.items) ?? [])]
  const portraits = await columnistPortraits(deps, context.profiles, shown)
  const untilChange =
    front?.changesAt != null ? front.changesAt.getTime() - now.getTime() : Infinity
  return {
    view: {
      now: now.toISOString(),
      portraits,
      owner,
      trail: owner.kind === 'section' ? trailOf(owner.section, sections) : [],
      subsections:
        owner.kind === 'section' ? sections.filter((x) => x.parentId === owner.section.id) : [],
      zones: front?.zones ?? [],
      list,
    },
    dependsOn: dependsOn({
      lists: [ownerListKey(owner), ...(front?.lists ?? [])],
      stories: shown,
      media: [...mediaIds(list.media), ...[...portraits.values()].map((m) => m.id)],
      ...(owner.kind === 'section' ? { curation: [frontKey(`section:${owner.section.id}`)] } : {}),
      freshForMs: Math.max(0, Math.min(untilMidnight(now, context.settings.timeZone), untilChange)),
    }),
  }
}

/** A section's parents, outermost first (sections are site-wide: a change clears every page). */
function trailOf(section: Section, sections: readonly Section[]): Section[] {
  const trail: Section[] = []
  let parent = section.parentId
  while (parent !== null && trail.length < maxTrail) {
    const found = sections.find((x) => x.id === parent)
    if (found === undefined) break
    trail.unshift(found)
    parent = found.parentId
  }
  return trail
}

/** A section front's zones, or null when its layout has none (its page is then its list). */
async function sectionFront(
  deps: Deps,
  front: FrontKey,
  preview: FrontLayout | undefined,
): Promise<FrontRead | null> {
  const layout = preview ?? (await currentLayout(deps, front)).value
  if (layout.zones.length === 0) return null
  return readFront(deps, layout, deps.clock.now())
}
