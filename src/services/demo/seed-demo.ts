import type { Block, Inline } from '../../domain/block-document.js'
import type { Actor } from '../../domain/roles.js'
import { systemActor } from '../../domain/roles.js'
import { createArticle } from '../articles/create-article.js'
import { changeStatus } from '../articles/change-status.js'
import { addCorrection } from '../articles/other-actions.js'
import type { Deps } from '../deps.js'
import { ingestMedia } from '../media/ingest-media.js'
import { updateSettings } from '../settings.js'
import { saveAuthor, saveSection } from '../taxonomy.js'
import { actorForUser, createUser } from '../users.js'
import { publication } from './content/publication.js'
import { renderPortrait, renderScene } from './photos.js'
import type { DemoBlock, DemoPublication, DemoStory } from './types.js'

const hour = 3_600_000
const day = 24 * hour

/** Paragraph text with [label](url) links as inline nodes. */
function inline(text: string): Inline[] {
  const out: Inline[] = []
  const pattern = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g
  let last = 0
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push({ type: 'text', text: text.slice(last, m.index) })
    out.push({
      type: 'text',
      text: m[1] ?? '',
      marks: [{ type: 'link', attrs: { href: m[2] ?? '' } }],
    })
    last = m.index + m[0].length
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) })
  return out
}

function toBlock(b: DemoBlock): Block {
  if ('p' in b) return { type: 'paragraph', content: inline(b.p) }
  if ('h' in b) return { type: 'heading', attrs: { level: 2 }, content: inline(b.h) }
  if ('quote' in b) {
    const attrs = {
      speaker: b.speaker,
      ...(b.role !== undefined ? { role: b.role } : {}),
      ...(b.source !== undefined ? { source: b.source } : {}),
      ...(b.sourceUrl !== undefined ? { sourceUrl: b.sourceUrl } : {}),
    }
    return { type: 'blockquote', attrs, content: [{ type: 'paragraph', content: inline(b.quote) }] }
  }
  const items = b.list.map((text) => ({
    type: 'listItem' as const,
    content: [{ type: 'paragraph' as const, content: inline(text) }],
  }))
  return b.ordered === true
    ? { type: 'orderedList', content: items }
    : { type: 'bulletList', content: items }
}

/** Services acting at a given moment: the demo's stories are dated across the last two months. */
const at = (deps: Deps, time: number): Deps => ({ ...deps, clock: { now: () => new Date(time) } })

/**
 * Loads the demo publication (the fictional Kestrel Bay Courier) through the ordinary use cases,
 * with publication dates spread back from `now`. Returns counts of what it made.
 */
export async function seedDemo(
  deps: Deps,
  content: DemoPublication = publication,
): Promise<{ articles: number; media: number }> {
  const system = systemActor('demo')
  const now = deps.clock.now().getTime()
  await updateSettings(deps, system, {
    title: content.title,
    tagline: content.tagline,
    locale: content.locale,
    timeZone: content.timeZone,
  })
  for (const s of content.sections) {
    await saveSection(deps, system, {
      slug: s.slug,
      name: s.name,
      description: s.description,
      parent: s.parent ?? null,
    })
  }
  const actors = new Map<string, Actor>()
  let media = 0
  for (const a of content.authors) {
    let userId: string | null = null
    if (a.login !== undefined) {
      const { user } = await createUser(deps, system, {
        email: a.login.email,
        name: a.name,
        role: a.login.role,
        byline: false,
      })
      userId = user.id
    }
    const photo = await ingestMedia(deps, system, {
      bytes: await renderPortrait(a.portrait),
      alt: `Portrait of ${a.name}`,
      credit: `${content.title}`,
    })
    media += 1
    await saveAuthor(deps, system, {
      slug: a.slug,
      name: a.name,
      bio: a.bio,
      isWire: a.isWire,
      links: a.links ?? [],
      userId,
      photoMediaId: photo.id,
    })
    if (userId !== null) actors.set(a.slug, await actorForUser(deps, userId))
  }
  const sorted = [...content.stories].sort((x, y) => y.daysAgo - x.daysAgo || x.hour - y.hour)
  for (const story of sorted) {
    media += await seedStory(deps, story, actors.get(story.authors[0] ?? '') ?? system, now)
  }
  return { articles: sorted.length, media }
}

async function seedStory(deps: Deps, story: DemoStory, actor: Actor, now: number): Promise<number> {
  const midnight = Math.floor(now / day) * day
  let time = midnight - story.daysAgo * day + story.hour * hour
  // Today's later stories have not happened yet: spread them over the hours before now instead.
  if (time > now - 10 * 60_000) time = now - 10 * 60_000 - (22 - story.hour) * 20 * 60_000
  const created = at(deps, story.daysAgo < 0 ? now - 2 * hour : time - 3 * hour)
  let hero = null
  if (story.hero !== undefined) {
    const bytes = await renderScene(story.hero.scene, story.hero.variant)
    const photo = await ingestMedia(created, actor, {
      bytes,
      alt: story.hero.alt,
      caption: story.hero.caption,
      credit: story.hero.credit,
    })
    hero = { mediaId: photo.id, caption: story.hero.caption, credit: story.hero.credit }
  }
  const article = await createArticle(created, actor, {
    slug: story.slug,
    headline: story.headline,
    dek: story.dek,
    body: { type: 'doc', content: story.body.map(toBlock) },
    sections: story.sections,
    tags: story.tags,
    authors: story.authors,
    hero,
  })
  const status = story.status ?? 'published'
  if (status === 'in_review') await changeStatus(created, actor, article.id, 'submit')
  if (status === 'scheduled') {
    await changeStatus(created, actor, article.id, 'schedule', {
      at: new Date(midnight + -story.daysAgo * day + story.hour * hour).toISOString(),
    })
  }
  if (status === 'published') {
    await changeStatus(at(deps, time), actor, article.id, 'publish')
    for (const c of story.corrections ?? []) {
      await addCorrection(at(deps, Math.min(time + c.hoursAfter * hour, now)), actor, article.id, {
        kind: c.kind,
        text: c.text,
      })
    }
  }
  return hero === null ? 0 : 1
}
