import type { Actor } from '../domain/roles.js'
import { systemActor } from '../domain/roles.js'
import type { Services } from '../services/index.js'
import { seedHomeFront } from './home-front.js'
import { renderPortrait, renderScene } from './photos.js'
import { publication } from './publication.js'
import type { DemoAttribution, DemoPublication, DemoStory } from './types.js'

const hour = 3_600_000
const day = 24 * hour

/** The services acting at a given moment: the demo's stories are dated across the last two months. */
export type ServicesAt = (time: number) => Services

/**
 * Loads the demo publication (the fictional Kestrel Bay Courier) through the ordinary use cases,
 * with publication dates spread back from `now` (`at` gives the services acting at a moment).
 * Returns counts of what it made.
 */
export async function seedDemo({
  services,
  at,
  content = publication,
}: {
  services: Services
  at: ServicesAt
  content?: DemoPublication
}): Promise<{ articles: number; media: number }> {
  const system = systemActor('demo')
  const now = services.now().getTime()
  await services.settings.update({
    actor: system,
    patch: {
      title: content.title,
      tagline: content.tagline,
      locale: content.locale,
      timeZone: content.timeZone,
    },
  })
  for (const s of content.sections) {
    await services.taxonomy.saveSection({
      actor: system,
      section: {
        slug: s.slug,
        name: s.name,
        description: s.description,
        parent: s.parent ?? null,
      },
    })
  }
  await seedMenus(services, system)
  const actors = new Map<string, Actor>()
  let media = 0
  for (const a of content.authors) {
    let userId: string | null = null
    if (a.login !== undefined) {
      const { user } = await services.accounts.createUser({
        actor: system,
        email: a.login.email,
        name: a.name,
        role: a.login.role,
        byline: false,
      })
      userId = user.id
    }
    const photo = await services.media.ingest({
      actor: system,
      input: {
        bytes: await renderPortrait(a.portrait),
        alt: `Portrait of ${a.name}`,
        credit: `${content.title}`,
      },
    })
    media += 1
    await services.taxonomy.saveAuthor({
      actor: system,
      author: {
        slug: a.slug,
        name: a.name,
        bio: a.bio,
        isWire: a.isWire,
        links: a.links ?? [],
        userId,
        photoMediaId: photo.id,
        jobTitle: a.jobTitle ?? null,
        expertise: a.expertise ?? [],
        profileLinks: a.profileLinks ?? [],
      },
    })
    if (userId !== null) actors.set(a.slug, await services.accounts.actorForUser({ userId }))
  }
  const entities = new Map<string, string>()
  for (const e of content.entities ?? []) {
    const entity = await services.entities.create({
      actor: system,
      input: { kind: e.kind, name: e.name, description: e.description },
    })
    entities.set(e.key, entity.id)
  }
  // The demo's editor signs off on unnamed sources, as the newsroom's rules require.
  const editorSlug = content.authors.find(
    (a) => a.login?.role === 'editor' || a.login?.role === 'admin',
  )?.slug
  const editor = (editorSlug === undefined ? undefined : actors.get(editorSlug)) ?? system
  const sorted = [...content.stories].sort((x, y) => y.daysAgo - x.daysAgo || x.hour - y.hour)
  const ids = new Map<string, string>()
  for (const story of sorted) {
    const seeded = await seedStory(at, story, actors.get(story.authors[0] ?? '') ?? system, now, {
      editor,
      entities,
    })
    media += seeded.media
    ids.set(story.slug, seeded.id)
  }
  const policies = Object.fromEntries(
    Object.entries(content.policies ?? {}).map(([kind, slug]) => [kind, ids.get(slug) ?? null]),
  )
  if (Object.keys(policies).length > 0)
    await services.settings.update({ actor: system, patch: { policies } })
  await seedHomeFront(services, system)
  return { articles: sorted.length, media }
}

async function seedStory(
  at: ServicesAt,
  story: DemoStory,
  actor: Actor,
  now: number,
  people: { editor: Actor; entities: Map<string, string> },
): Promise<{ id: string; media: number }> {
  const midnight = Math.floor(now / day) * day
  let time = midnight - story.daysAgo * day + story.hour * hour
  // Today's later stories have not happened yet: spread them over the hours before now instead.
  if (time > now - 10 * 60_000) time = now - 10 * 60_000 - (22 - story.hour) * 20 * 60_000
  const created = at(story.daysAgo < 0 ? now - 2 * hour : time - 3 * hour)
  let hero = null
  if (story.hero !== undefined) {
    const bytes = await renderScene(story.hero.scene, story.hero.variant)
    const photo = await created.media.ingest({
      actor,
      input: {
        bytes,
        alt: story.hero.alt,
        caption: story.hero.caption,
        credit: story.hero.credit,
      },
    })
    hero = { mediaId: photo.id, caption: story.hero.caption, credit: story.hero.credit }
  }
  const article = await created.articles.create({
    actor,
    kind: story.kind ?? 'article',
    workType: story.workType ?? 'news',
    dateline: story.dateline ?? null,
    slug: story.slug,
    headline: story.headline,
    dek: story.dek,
    body: story.body,
    sections: story.sections,
    tags: story.tags,
    authors: story.authors,
    hero,
    ...attribution(story, people.entities, time),
  })
  let revision = article.revision
  for (const a of story.attributions ?? []) {
    if (a.signOff !== true) continue
    const signed = await created.attribution.signOff({
      actor: people.editor,
      articleId: article.id,
      attributionId: a.id,
      revision,
    })
    revision = signed.revision
  }
  const status = story.status ?? 'published'
  if (status === 'in_review')
    await created.articles.changeStatus({ actor, id: article.id, action: 'submit' })
  if (status === 'scheduled') {
    await created.articles.changeStatus({
      actor,
      id: article.id,
      action: 'schedule',
      at: new Date(midnight + -story.daysAgo * day + story.hour * hour).toISOString(),
    })
  }
  if (status === 'published') {
    await at(time).articles.changeStatus({ actor, id: article.id, action: 'publish' })
    for (const c of story.corrections ?? []) {
      await at(Math.min(time + c.hoursAfter * hour, now)).articles.addCorrection({
        actor,
        id: article.id,
        kind: c.kind,
        text: c.text,
      })
    }
  }
  return { id: article.id, media: hero === null ? 0 : 1 }
}

/** The story's attributions and sources as the article input takes them (none: nothing). */
function attribution(
  story: DemoStory,
  entities: Map<string, string>,
  time: number,
): { attributions?: unknown[]; sources?: unknown[] } {
  if (story.attributions === undefined && story.sources === undefined) return {}
  const retrievedAt = new Date(time - 4 * hour).toISOString()
  const saidOn = new Date(time).toISOString().slice(0, 10)
  const toInput = (a: DemoAttribution) => ({
    id: a.id,
    speaker:
      a.speaker === undefined
        ? null
        : {
            entityId:
              a.speaker.entity === undefined ? null : (entities.get(a.speaker.entity) ?? null),
            name: a.speaker.name,
          },
    role: a.role ?? null,
    sourcing: a.sourcing,
    description: a.description ?? null,
    relayed:
      a.relayed === undefined
        ? null
        : { outlet: a.relayed.outlet, url: a.relayed.url, date: a.relayed.date ?? saidOn },
    documentUrl: a.documentUrl ?? null,
    sourceIds: a.sourceIds ?? [],
    event: a.event ?? null,
    saidOn: a.event === undefined ? null : saidOn,
  })
  return {
    attributions: (story.attributions ?? []).map(toInput),
    sources: (story.sources ?? []).map((s) => ({ ...s, retrievedAt })),
  }
}

/** The demo's designed menus: news desks up front, the rest of the paper on a second row. */
async function seedMenus(services: Services, actor: Actor): Promise<void> {
  const ids = new Map((await services.taxonomy.listSections()).map((s) => [s.slug, s.id]))
  const sections = (slugs: string[]) =>
    slugs.flatMap((slug) => {
      const sectionId = ids.get(slug)
      return sectionId === undefined ? [] : [{ kind: 'section' as const, sectionId, label: null }]
    })
  const menus = {
    main: sections([
      'news',
      'local',
      'politics',
      'world',
      'business',
      'sport',
      'culture',
      'opinion',
    ]),
    secondary: sections(['courts', 'environment', 'books']),
    footer: sections(['news', 'sport', 'culture', 'opinion']),
  }
  for (const [menu, items] of Object.entries(menus) as [keyof typeof menus, typeof menus.main][])
    await services.fronts.menu.save({ actor, menu, revision: 0, items })
}
