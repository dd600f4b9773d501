/** `masthead import wxr`: a WordPress export into articles, pages, sections, tags, authors, media. */
import type { Ref } from '../../domain/article.js'
import type { Actor } from '../../domain/roles.js'
import type { ArticleStatus } from '../../domain/workflow.js'
import type { Services } from '../../services/index.js'
import type { ImportWriter } from '../../services/import/import-batch.js'
import type { Batch } from '../../services/import/import-batch.js'
import type { ImportedMedia } from '../../services/import/import-media.js'
import type { ImportReport } from '../../services/import/report.js'
import { countSkip, countWarning, emptyReport } from '../../services/import/report.js'
import { htmlToBlocks } from '../../domain/html-to-blocks.js'
import { splitCredit } from '../../domain/media-text.js'
import type { UploadRead } from './uploads-folder.js'
import { uploadsFolder } from './uploads-folder.js'
import { wordpressHtml } from './wp-content.js'
import type { ArticleDraft } from './wxr-items.js'
import {
  articleFields,
  attachmentOf,
  commentsOf,
  externalIdOf,
  metaOf,
  statusMap,
  termsOf,
} from './wxr-items.js'
import type { XmlNode } from './wxr-reader.js'
import { WxrFileError, childText, readWxr } from './wxr-reader.js'
import type { XmlEncoding } from './xml-encoding.js'
import { xmlEncoding } from './xml-encoding.js'

/**
 * Items per transaction. Each batch has fixed costs (its lookups, a commit rewriting shared index
 * pages), so larger batches import faster; 500 still holds SQLite's write lock for well under a
 * second at a time, and an interrupted import redoes at most one batch.
 */
const defaultBatchSize = 500

export interface WxrOptions {
  uploads?: string
  dryRun?: boolean
  batchSize?: number
  onProgress?: (done: number, total: number) => void
}

interface Scan {
  encoding: XmlEncoding
  source: string
  siteUrl: string
  items: number
  attachments: (ImportedMedia & { postId: string })[]
}

/** First pass: checks the whole file (so a bad file changes nothing) and collects attachments. */
async function scan(file: string): Promise<Scan> {
  let encoding: XmlEncoding
  try {
    encoding = await xmlEncoding(file)
  } catch (error) {
    if (error instanceof RangeError)
      throw new WxrFileError(
        file,
        `its declared encoding is not one we can read (${error.message})`,
      )
    const reason = error instanceof Error ? error.message : String(error)
    throw new WxrFileError(file, /ENOENT/.test(reason) ? 'the file does not exist' : reason)
  }
  const result: Scan = { encoding, source: '', siteUrl: '', items: 0, attachments: [] }
  for await (const event of readWxr(file, encoding.name)) {
    if (event.type === 'header') {
      result.siteUrl = event.siteUrl.replace(/\/$/, '')
      result.source = `wordpress:${result.siteUrl || event.title}`
    } else if (event.node.name === 'item') {
      result.items += 1
      if (childText(event.node, 'wp:post_type') === 'attachment')
        result.attachments.push(attachmentOf(event.node))
    }
  }
  return result
}

/** Imports a WXR file in batches; returns what was done. Throws WxrFileError for bad files. */
export async function importWxr(
  services: Services,
  actor: Actor,
  file: string,
  options: WxrOptions = {},
): Promise<ImportReport> {
  const found = await scan(file)
  const report = emptyReport(options.dryRun ?? false)
  if (found.encoding.warning !== null) countWarning(report, 'encoding', found.encoding.warning)
  const run = { source: found.source, dryRun: report.dryRun, report }
  const state = new WxrState(found)
  await services.imports.runImport({
    actor,
    ...run,
    body: (batch) => importAll(batch, file, found, state, report, options),
  })
  return report
}

async function importAll(
  batch: Batch,
  file: string,
  found: Scan,
  state: WxrState,
  report: ImportReport,
  options: WxrOptions,
): Promise<void> {
  await importAttachments(batch, found.attachments, state, report.dryRun ? undefined : options)
  let pending: XmlNode[] = []
  let done = 0
  const flush = async (): Promise<void> => {
    const nodes = pending
    pending = []
    await batch(async (w) => {
      await w.preloadArticles(
        nodes
          .filter((n) => n.name === 'item')
          .map((n) => ({
            externalId: externalIdOf(n),
            slug: childText(n, 'wp:post_name'),
            headline: childText(n, 'title'),
          })),
      )
      for (const node of nodes) await state.handle(w, node, report)
    })
    done += nodes.filter((n) => n.name === 'item').length
    options.onProgress?.(done, found.items)
  }
  for await (const event of readWxr(file, found.encoding.name)) {
    if (event.type !== 'node') continue
    pending.push(event.node)
    if (pending.length >= (options.batchSize ?? defaultBatchSize)) await flush()
  }
  await flush()
  if (found.siteUrl !== '') await batch((w) => w.redirect('/feed/', '/rss.xml'))
}

/** Attachments first, 100 per batch, with their files when a copy of the uploads folder is given. */
async function importAttachments(
  batch: Batch,
  attachments: Scan['attachments'],
  state: WxrState,
  options: WxrOptions | undefined, // a dry run stores no files: its media are remote only
): Promise<void> {
  const read = options?.uploads === undefined ? null : await uploadsFolder(options.uploads)
  for (let i = 0; i < attachments.length; i += 100) {
    const slice = attachments.slice(i, i + 100)
    const files = await Promise.all(
      slice.map(async (a): Promise<UploadRead> => (read === null ? 'missing' : read(a.url))),
    )
    await batch(async (w) => {
      await w.preload(
        'media',
        slice.map((a) => a.externalId),
      )
      for (const [j, a] of slice.entries()) {
        const file = files[j] ?? 'missing'
        if (file === 'outside')
          w.warn('upload-outside-folder', `item ${a.externalId}: ${a.url} is not read`)
        const media = await w.media(typeof file === 'string' ? a : { ...a, bytes: file.bytes })
        state.media.set(a.postId, {
          id: media.id,
          url: a.url,
          caption: a.caption ?? '',
          credit: a.credit ?? '',
        })
        state.mediaByUrl.set(baseImageUrl(a.url), media.id)
      }
    })
  }
}

/** An image URL without WordPress's size suffix (`photo-1024x640.jpg` → `photo.jpg`). */
const baseImageUrl = (url: string): string => url.trim().replace(/-\d+x\d+(\.\w+)$/, '$1')

/** What one run remembers between batches: small maps of ids, never the items themselves. */
class WxrState {
  readonly media = new Map<string, { id: string; url: string; caption: string; credit: string }>()
  readonly mediaByUrl = new Map<string, string>()
  private readonly categoryParents = new Map<string, string>()
  private readonly authorSlugs = new Map<string, string>()
  private readonly sectionSlugs = new Map<string, string>()
  private readonly tagRefs = new Map<string, Ref>()

  constructor(private readonly scan: Scan) {}

  async handle(w: ImportWriter, node: XmlNode, report: ImportReport): Promise<void> {
    if (node.name === 'wp:author') await this.author(w, node)
    else if (node.name === 'wp:category') await this.category(w, node)
    else if (node.name === 'wp:tag')
      await this.tag(w, childText(node, 'wp:tag_slug'), childText(node, 'wp:tag_name'))
    else if (node.name === 'item') await this.item(w, node, report)
  }

  async author(w: ImportWriter, node: XmlNode): Promise<void> {
    const login = childText(node, 'wp:author_login')
    const name = childText(node, 'wp:author_display_name') || login
    const slug = (await w.author({ externalId: login, slug: login, name })).slug
    this.authorSlugs.set(login, slug)
    await w.redirect(`/author/${encodeURIComponent(login)}/`, `/author/${slug}/`)
  }

  async authorSlug(w: ImportWriter, login: string, name = login): Promise<string> {
    const known = this.authorSlugs.get(login)
    if (known !== undefined) return known
    const slug = (await w.author({ externalId: login, slug: login, name })).slug
    this.authorSlugs.set(login, slug)
    return slug
  }

  async category(w: ImportWriter, node: XmlNode): Promise<void> {
    const nicename = childText(node, 'wp:category_nicename')
    const parent = childText(node, 'wp:category_parent')
    if (parent !== '') this.categoryParents.set(nicename, parent)
    const section = await w.section({
      externalId: nicename,
      slug: nicename,
      name: childText(node, 'wp:cat_name') || nicename,
      description: childText(node, 'wp:category_description'),
      parentExternalId: parent === '' ? null : parent,
    })
    const path: string[] = [nicename]
    for (
      let p = this.categoryParents.get(nicename);
      p !== undefined && path.length < 10;
      p = this.categoryParents.get(p)
    )
      path.unshift(p)
    this.sectionSlugs.set(nicename, section.slug)
    await w.redirect(`/category/${path.join('/')}/`, `/section/${section.slug}/`)
    await w.redirect(`/category/${path.join('/')}/feed/`, `/section/${section.slug}/rss.xml`)
  }

  async sectionSlug(w: ImportWriter, nicename: string, name: string): Promise<string> {
    const known = this.sectionSlugs.get(nicename)
    if (known !== undefined) return known
    const slug = (await w.section({ externalId: nicename, slug: nicename, name })).slug
    this.sectionSlugs.set(nicename, slug)
    return slug
  }

  /** A tag by WordPress's own slug (its identity there), whatever Masthead's slug became. */
  async tag(w: ImportWriter, slug: string, name: string): Promise<Ref> {
    const known = this.tagRefs.get(slug || name)
    if (known !== undefined) return known
    const tag = await w.tag({ externalId: slug || name, slug: slug || name, name: name || slug })
    if (slug !== '') await w.redirect(`/tag/${slug}/`, `/tag/${tag.slug}/`)
    this.tagRefs.set(slug || name, tag)
    return tag
  }

  async item(w: ImportWriter, node: XmlNode, report: ImportReport): Promise<void> {
    const type = childText(node, 'wp:post_type')
    if (type === 'attachment') return
    if (type !== 'post' && type !== 'page')
      return countSkip(report, `post type “${type}” is not imported`)
    const wpStatus = childText(node, 'wp:status')
    const mapped = statusMap[wpStatus]
    if (mapped === undefined) return countSkip(report, `status “${wpStatus}” is not imported`)
    const status = this.protectedStatus(w, node, mapped)
    const fields = articleFields(node, type === 'page' ? 'page' : 'article', status)
    if (fields.headline === '') {
      fields.headline = fields.excerpt?.slice(0, 80) || `Untitled ${fields.externalId}`
      w.warn('untitled', `item ${fields.externalId} has no title`)
    }
    const terms = termsOf(node)
    const article = await w.article({
      ...fields,
      ...(await this.links(w, node, terms)),
      body: this.body(w, node, fields),
      hero: this.hero(node),
    })
    if (article === null) return
    for (const c of commentsOf(node))
      await w.comment(`${fields.externalId}:${c.id}`, article.id, {
        postId: fields.externalId,
        ...c.data,
      })
  }

  /**
   * A password-protected post (`wp:post_password`) was never public on WordPress: it comes in as
   * a draft (a live or scheduled one) or stays unpublished, with a warning, never as public text.
   */
  protectedStatus(w: ImportWriter, node: XmlNode, status: ArticleStatus): ArticleStatus {
    if (childText(node, 'wp:post_password') === '') return status
    const next = status === 'published' || status === 'scheduled' ? 'draft' : status
    w.warn(
      'password-protected',
      `item ${externalIdOf(node)}: password-protected on WordPress; imported as ${next.replace('_', ' ')}, not public`,
    )
    return next
  }

  async links(
    w: ImportWriter,
    node: XmlNode,
    terms: ReturnType<typeof termsOf>,
  ): Promise<Partial<ArticleDraft>> {
    const sections: string[] = []
    const tags: Ref[] = []
    for (const t of terms) {
      if (t.domain === 'category') sections.push(await this.sectionSlug(w, t.nicename, t.name))
      else if (t.domain === 'post_tag') tags.push(await this.tag(w, t.nicename, t.name))
    }
    // Co-Authors Plus bylines (`author` terms) take precedence over dc:creator, in their order.
    const coAuthors = terms
      .filter((t) => t.domain === 'author')
      .map((t) => t.nicename.replace(/^cap-/, ''))
    const logins =
      coAuthors.length > 0 ? coAuthors : [childText(node, 'dc:creator').replace(/[<>]/g, '')]
    const authors: string[] = []
    for (const login of new Set(logins.filter((l) => l !== ''))) {
      const name = terms.find(
        (t) => t.domain === 'author' && t.nicename.replace(/^cap-/, '') === login,
      )?.name
      authors.push(await this.authorSlug(w, login, name))
    }
    return { sections, tags, authors }
  }

  body(w: ImportWriter, node: XmlNode, fields: ArticleDraft) {
    const { html, unknown } = wordpressHtml(childText(node, 'content:encoded'), {
      attachment: (id) => this.media.get(id),
      report: (kind, detail) => w.warn(kind, `item ${fields.externalId}: ${detail}`),
    })
    for (const name of unknown)
      w.warn('unknown-shortcode', `item ${fields.externalId}: [${name}] kept as text`)
    return htmlToBlocks(html, {
      resolveImage: (src) => this.mediaByUrl.get(baseImageUrl(src)),
      warn: (kind, detail) => w.warn(kind, `item ${fields.externalId}: ${detail}`),
    })
  }

  hero(node: XmlNode) {
    const thumb = this.media.get(metaOf(node).get('_thumbnail_id') ?? '')
    if (thumb === undefined) return null
    const { caption, credit } = splitCredit(thumb.caption)
    return { mediaId: thumb.id, caption: caption || null, credit: credit || thumb.credit || null }
  }
}
