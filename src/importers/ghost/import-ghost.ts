/**
 * `masthead import ghost FILE`: a Ghost JSON export (1.x–5.x). Only posts, pages, tags, users and
 * their links are read; passwords, sessions, API keys, members and settings never are. Ghost
 * exports are database dumps of modest size, so the file is parsed whole, and checked before
 * anything is written.
 */
import { readFile } from 'node:fs/promises'
import type { Ref } from '../../domain/article.js'
import type { ArticleStatus } from '../../domain/workflow.js'
import { InvalidInputError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import type { Services } from '../../services/index.js'
import type { ImportWriter } from '../../services/import/import-batch.js'
import type { ImportReport } from '../../services/import/report.js'
import { countSkip, emptyReport } from '../../services/import/report.js'
import { htmlToBlocks } from '../../domain/html-to-blocks.js'
import { splitCredit } from '../../domain/media-text.js'
import { ghostHtml } from './ghost-content.js'
import type { GhostImageOptions } from './ghost-images.js'
import { ghostImages, imagePathOf, imageSources } from './ghost-images.js'

type Row = Record<string, unknown>
interface GhostData {
  version: string
  posts: Row[]
  tags: Row[]
  users: Row[]
  postsTags: Row[]
  postsAuthors: Row[]
  postsMeta: Row[]
}

const s = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : ''
const rows = (data: Row, key: string): Row[] =>
  Array.isArray(data[key]) ? (data[key] as Row[]) : []

/** Reads and checks a Ghost export. Throws InvalidInputError naming what is wrong. */
export async function readGhostExport(file: string): Promise<GhostData> {
  let json: unknown
  try {
    json = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new InvalidInputError(`${file} is not a Ghost export: ${(error as Error).message}.`, [], {
      cause: error,
    })
  }
  const root = json as { db?: { meta?: Row; data?: Row }[]; meta?: Row; data?: Row }
  const entry = Array.isArray(root.db) ? root.db[0] : root
  const version = s(entry?.meta?.version)
  if (entry?.data === undefined || !Array.isArray(entry.data.posts))
    throw new InvalidInputError(`${file} is not a Ghost export: it has no db[0].data.posts.`)
  if (!/^[1-6]\./.test(version))
    throw new InvalidInputError(
      `${file}: Ghost version “${version}” is not one we import (1.x to 6.x).`,
    )
  const data = entry.data
  return {
    version,
    posts: rows(data, 'posts'),
    tags: rows(data, 'tags'),
    users: rows(data, 'users'),
    postsTags: rows(data, 'posts_tags'),
    postsAuthors: rows(data, 'posts_authors'),
    postsMeta: rows(data, 'posts_meta'),
  }
}

const statusMap: Record<string, ArticleStatus> = {
  published: 'published',
  draft: 'draft',
  scheduled: 'scheduled',
  sent: 'published',
}
const absolute = (url: string): string => (url.startsWith('//') ? `https:${url}` : url)
const sorted = (list: Row[]) =>
  [...list].sort((a, b) => Number(a.sort_order ?? 0) - Number(b.sort_order ?? 0))

/** Imports a Ghost export; posts and pages in batches of 100. */
export async function importGhost(
  services: Services,
  actor: Actor,
  file: string,
  options: GhostImageOptions & {
    dryRun?: boolean
    onProgress?: (done: number, total: number) => void
  } = {},
): Promise<ImportReport> {
  const data = await readGhostExport(file)
  // A dry run stores no files: its images are remote only.
  const images = await ghostImages(
    options.dryRun === true ? { ...options, images: undefined } : options,
  )
  const report = emptyReport(options.dryRun ?? false)
  const run = { source: `ghost:${file.replace(/^.*\//, '')}`, dryRun: report.dryRun, report }
  const tagSlugs = new Map<string, { slug: string; name: string; isPublic: boolean }>()
  const authorSlugs = new Map<string, string>()
  const tagRefs = new Map<string, Ref>()
  await services.imports.runImport({
    actor,
    ...run,
    body: async (batch) => {
      await batch(async (w) => {
        for (const u of data.users) {
          const author = await w.author({
            externalId: s(u.id),
            slug: s(u.slug),
            name: s(u.name),
            bio: s(u.bio),
            links: s(u.website) !== '' ? [{ label: 'Website', url: s(u.website) }] : [],
          })
          authorSlugs.set(s(u.id), author.slug)
        }
        for (const t of data.tags) {
          const isPublic = s(t.visibility) !== 'internal' && !s(t.name).startsWith('#')
          tagSlugs.set(s(t.id), { slug: s(t.slug), name: s(t.name), isPublic })
        }
      })
      for (let i = 0; i < data.posts.length; i += 100) {
        const slice = data.posts.slice(i, i + 100)
        await batch(async (w) => {
          for (const post of slice)
            await importPost(w, data, post, { images, tagRefs, tagSlugs, authorSlugs, report })
        })
        options.onProgress?.(Math.min(i + 100, data.posts.length), data.posts.length)
      }
    },
  })
  return report
}

interface Maps {
  images: Awaited<ReturnType<typeof ghostImages>>
  tagRefs: Map<string, Ref>
  tagSlugs: Map<string, { slug: string; name: string; isPublic: boolean }>
  authorSlugs: Map<string, string>
  report: ImportReport
}

async function importPost(w: ImportWriter, data: GhostData, post: Row, maps: Maps): Promise<void> {
  const id = s(post.id)
  const isPage = post.type === 'page' || post.page === true || post.page === 1
  let status = statusMap[s(post.status)]
  if (status === undefined)
    return countSkip(maps.report, `status “${s(post.status)}” is not imported`)
  // Members-only and paid posts (visibility members, paid, tiers) were never public; nor were
  // newsletter-only posts (status "sent"). They come in as drafts, scheduled ones too.
  const visibility = s(post.visibility)
  if (visibility !== '' && visibility !== 'public' && status !== 'draft') {
    w.warn('members-only', `post ${id} was for ${visibility} readers; imported as a draft`)
    status = 'draft'
  } else if (s(post.status) === 'sent') {
    w.warn('newsletter-only', `post ${id} was sent by e-mail only; imported as a draft`)
    status = 'draft'
  }
  const tags = sorted(data.postsTags.filter((l) => l.post_id === id)).flatMap((l) => {
    const tag = maps.tagSlugs.get(s(l.tag_id))
    return tag?.isPublic === true ? [{ ...tag, id: s(l.tag_id) }] : []
  })
  const tagRefs: Ref[] = []
  for (const tag of tags) {
    // By Ghost's tag id and slug: a Chinese or Korean name is never lost to its transliteration.
    let ref = maps.tagRefs.get(tag.id)
    if (ref === undefined) {
      ref = await w.tag({ externalId: tag.id, slug: tag.slug, name: tag.name })
      maps.tagRefs.set(tag.id, ref)
    }
    tagRefs.push(ref)
  }
  const sections: string[] = []
  const primary = tags[0]
  if (primary !== undefined) {
    const section = await w.section({
      externalId: primary.slug,
      slug: primary.slug,
      name: primary.name,
    })
    sections.push(section.slug)
    await w.redirect(`/tag/${primary.slug}/`, `/section/${section.slug}/`)
  }
  const links = sorted(data.postsAuthors.filter((l) => l.post_id === id)).map((l) => s(l.author_id))
  const authors = (links.length > 0 ? links : [s(post.author_id)]).flatMap(
    (a) => maps.authorSlugs.get(a) ?? [],
  )
  const { html, unknown } = ghostHtml(post)
  for (const name of unknown) w.warn('ghost-card', `post ${id}: ${name} card kept as text`)
  const meta = data.postsMeta.find((m) => m.post_id === id) ?? {}
  const image = absolute(s(post.feature_image))
  const rawCaption = s(post.feature_image_caption) || s(meta.feature_image_caption)
  const { caption, credit } = splitCredit(rawCaption.replace(/<[^>]*>/g, ''))
  const heroId =
    image === ''
      ? null
      : await maps.images.media(w, image, {
          postId: id,
          externalId: `${id}#feature`,
          caption,
          credit,
          alt: s(meta.feature_image_alt),
        })
  // The site's own pictures in the body become media items; others stay linked where they are.
  const bodyImages = new Map<string, string>()
  for (const src of imageSources(html).filter((src) => imagePathOf(src) !== null)) {
    const mediaId = await maps.images.media(w, src, { postId: id })
    if (mediaId !== null) bodyImages.set(src, mediaId)
  }
  const date = s(post.published_at) || null
  await w.article({
    externalId: id,
    kind: isPage ? 'page' : 'article',
    status,
    headline: s(post.title) || `Untitled ${id}`,
    dek: s(post.custom_excerpt),
    excerpt: s(post.custom_excerpt),
    body: htmlToBlocks(html, {
      resolveImage: (src) => bodyImages.get(src),
      warn: (k, d) => w.warn(k, `post ${id}: ${d}`),
    }),
    slug: s(post.slug),
    sections,
    tags: tagRefs,
    authors,
    hero:
      heroId === null
        ? null
        : { mediaId: heroId, caption: caption || null, credit: credit || null },
    createdAt: iso(post.created_at),
    editedAt: iso(post.updated_at),
    publishedAt: status === 'published' ? iso(date) : null,
    scheduledAt: status === 'scheduled' ? iso(date) : null,
    seoTitle: s(post.meta_title) || s(meta.meta_title) || null,
    seoDescription: s(post.meta_description) || s(meta.meta_description) || null,
    canonicalUrl: /^https?:\/\//.test(s(post.canonical_url)) ? s(post.canonical_url) : null,
    oldPaths: [`/${s(post.slug)}/`, `/p/${s(post.uuid)}/`],
  })
}

const iso = (value: unknown): string | null => {
  const date = new Date(s(value))
  return s(value) === '' || Number.isNaN(date.getTime()) ? null : date.toISOString()
}
