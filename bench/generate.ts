/**
 * A deterministic synthetic newspaper for benchmarks: N published articles (10k, 100k, 1M) spread
 * over the years before a fixed date, in nested sections, with tags, co-bylines, hero photos and
 * bodies of ~400 words built from word lists. Same N and seed, same database.
 */
import sharp from 'sharp'
import type { Article } from '../src/domain/article.js'
import { documentText } from '../src/domain/block-document.js'
import type { Block } from '../src/domain/block-document.js'
import { createServices } from '../src/services/index.js'
import type { Deps } from '../src/services/index.js'
import type { Author, Tag } from '../src/domain/taxonomy.js'
import type { Media } from '../src/domain/media.js'
import { systemActor } from '../src/domain/roles.js'

const nouns = [
  'council',
  'harbour',
  'ferry',
  'school',
  'hospital',
  'bridge',
  'market',
  'library',
  'station',
  'festival',
  'budget',
  'court',
  'river',
  'stadium',
  'museum',
  'factory',
  'port',
  'park',
  'tram',
  'clinic',
]
const verbs = [
  'approves',
  'delays',
  'reopens',
  'expands',
  'rejects',
  'reviews',
  'funds',
  'closes',
  'restores',
  'questions',
]
const adjectives = [
  'new',
  'old',
  'busy',
  'quiet',
  'coastal',
  'northern',
  'central',
  'historic',
  'modern',
  'local',
]
const words = [
  'the',
  'plan',
  'residents',
  'said',
  'officials',
  'week',
  'million',
  'after',
  'meeting',
  'report',
  'city',
  'years',
  'work',
  'costs',
  'families',
  'services',
  'decision',
  'members',
  'public',
  'spring',
  'autumn',
  'funding',
  'project',
  'board',
  'review',
  'traffic',
  'weather',
  'season',
  'visitors',
  'staff',
]

/** Mulberry32: small, fast and deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T

function sentence(r: () => number, n: number): string {
  const out: string[] = []
  for (let i = 0; i < n; i += 1) out.push(pick(r, words))
  const s = out.join(' ')
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`
}

function body(r: () => number): Block[] {
  const blocks: Block[] = []
  for (let p = 0; p < 8; p += 1) {
    const text = Array.from({ length: 3 }, () => sentence(r, 14 + Math.floor(r() * 6))).join(' ')
    blocks.push({ type: 'paragraph', content: [{ type: 'text', text }] })
    if (p === 3)
      blocks.push({
        type: 'blockquote',
        attrs: { speaker: 'A spokesperson', source: 'said in a statement' },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(r, 16) }] }],
      })
  }
  return blocks
}

export interface GenerateOptions {
  articles: number
  seed?: number
  /** The newest story's publication time; the rest go back one story every `spacingMinutes`. */
  newest?: string
  spacingMinutes?: number
  onProgress?: (done: number) => void
}

/** Fills an empty database through the store (bulk, in batches) and the media service (photos). */
export async function generateNewspaper(deps: Deps, options: GenerateOptions): Promise<void> {
  const r = prng(options.seed ?? 42)
  const system = systemActor('bench')
  const services = createServices(deps)
  const { store } = deps
  await services.settings.update({
    actor: system,
    patch: {
      title: 'The Benchmark Gazette',
      timeZone: 'Europe/London',
    },
  })
  const tops = ['news', 'world', 'business', 'sport', 'culture', 'opinion']
  for (const slug of tops)
    await services.taxonomy.saveSection({
      actor: system,
      section: { slug, name: slug[0]?.toUpperCase() + slug.slice(1) },
    })
  for (const [slug, parent] of [
    ['local', 'news'],
    ['politics', 'news'],
    ['europe', 'world'],
    ['markets', 'business'],
    ['football', 'sport'],
    ['books', 'culture'],
  ] as const) {
    await services.taxonomy.saveSection({
      actor: system,
      section: {
        slug,
        name: slug[0]?.toUpperCase() + slug.slice(1),
        parent,
      },
    })
  }
  const sections = await store.sections.list()
  const authors: Author[] = []
  for (let i = 0; i < 40; i += 1)
    authors.push(
      await services.taxonomy.saveAuthor({
        actor: system,
        author: {
          name: `Reporter ${i + 1}`,
          slug: `reporter-${i + 1}`,
          bio: sentence(r, 24),
        },
      }),
    )
  const tags: Tag[] = []
  for (let i = 0; i < 300; i += 1)
    tags.push({ id: deps.ids.uuid(), slug: `topic-${i + 1}`, name: `Topic ${i + 1}` })
  await store.transaction(async (tx) => {
    for (const t of tags) await tx.tags.insert(t, new Date().toISOString())
  })
  const photos: Media[] = []
  for (let i = 0; i < 12; i += 1) {
    const bytes = await sharp({
      create: {
        width: 1600,
        height: 900,
        channels: 3,
        background: { r: (i * 40) % 255, g: 90, b: 160 },
      },
    })
      .jpeg({ quality: 70 })
      .toBuffer()
    photos.push(
      await services.media.ingest({
        actor: system,
        input: {
          bytes,
          credit: `Photo: Bench Desk ${i + 1}`,
          alt: 'A flat colour',
        },
      }),
    )
  }
  const newest = new Date(options.newest ?? '2026-11-01T12:00:00.000Z').getTime()
  const spacing = (options.spacingMinutes ?? 17) * 60_000
  const batch = 500
  for (let start = 0; start < options.articles; start += batch) {
    await store.transaction(async (tx) => {
      for (let i = start; i < Math.min(start + batch, options.articles); i += 1) {
        const at = new Date(newest - i * spacing).toISOString()
        const headline = `${pick(r, adjectives)[0]?.toUpperCase()}${pick(r, adjectives).slice(1)} ${pick(r, nouns)} ${pick(r, verbs)} ${pick(r, nouns)} plan ${i + 1}`
        const doc = { type: 'doc' as const, content: body(r) }
        const section = pick(r, sections)
        const byline = [pick(r, authors), ...(r() < 0.2 ? [pick(r, authors)] : [])].filter(
          (a, k, all) => all.findIndex((b) => b.id === a.id) === k,
        )
        const storyTags = [pick(r, tags), pick(r, tags)].filter(
          (t, k, all) => all.findIndex((b) => b.id === t.id) === k,
        )
        const photo = pick(r, photos)
        const article: Article = {
          id: deps.ids.uuid(),
          kind: 'article',
          slug: `story-${i + 1}`,
          status: 'published',
          headline,
          dek: sentence(r, 18),
          body: doc,
          bodyText: documentText(doc),
          excerpt: '',
          hero: { mediaId: photo.id, caption: sentence(r, 10), credit: photo.credit },
          primarySectionId: section.id,
          sections: [{ id: section.id, slug: section.slug, name: section.name }],
          tags: storyTags,
          authors: byline.map((a) => ({ id: a.id, slug: a.slug, name: a.name })),
          createdAt: at,
          editedAt: at,
          publishedAt: at,
          updatedAt: null,
          scheduledAt: null,
          revision: 1,
          seoTitle: null,
          seoDescription: null,
          canonicalUrl: null,
          noindex: false,
          language: null,
          createdBy: null,
          workType: 'news',
          dateline: null,
          attributions: [],
          sources: [],
        }
        await tx.articles.insert(article)
      }
    })
    options.onProgress?.(Math.min(start + batch, options.articles))
  }
}
