/** Maps WXR nodes (authors, terms, items) to what the import use cases take. */
import type { ArticleStatus } from '../../domain/workflow.js'
import type { ImportedArticle } from '../../services/import/import-article.js'
import type { ImportedMedia } from '../../services/import/import-media.js'
import { DomUtils, parseDocument } from 'htmlparser2'
import type { XmlNode } from './wxr-reader.js'
import { childText } from './wxr-reader.js'

export const statusMap: Record<string, ArticleStatus> = {
  publish: 'published',
  draft: 'draft',
  'auto-draft': 'draft',
  pending: 'in_review',
  future: 'scheduled',
  private: 'unpublished',
}

/** The item's `wp:postmeta` as a map (later keys win, as in WordPress's `get_post_meta(…, true)`). */
export function metaOf(item: XmlNode): Map<string, string> {
  const meta = new Map<string, string>()
  for (const m of item.children)
    if (m.name === 'wp:postmeta')
      meta.set(childText(m, 'wp:meta_key'), childText(m, 'wp:meta_value'))
  return meta
}

/** A WordPress `Y-m-d H:i:s` GMT date as ISO, or null for WordPress's zero date. */
function gmtDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim())
  if (m === null || m[1] === '0000') return null
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The item's publication instant: `post_date_gmt`, else the RFC 822 `pubDate` (also GMT). */
function itemDate(item: XmlNode): string | null {
  const gmt = gmtDate(childText(item, 'wp:post_date_gmt'))
  if (gmt !== null) return gmt
  const pub = new Date(childText(item, 'pubDate'))
  if (!Number.isNaN(pub.getTime()) && pub.getUTCFullYear() > 1970) return pub.toISOString()
  return gmtDate(childText(item, 'wp:post_date'))
}

/** The terms an item is filed under, by domain (`category`, `post_tag`, `author`…). */
export function termsOf(item: XmlNode): { domain: string; nicename: string; name: string }[] {
  return item.children
    .filter((c) => c.name === 'category')
    .map((c) => ({
      domain: c.attrs.domain === 'tag' ? 'post_tag' : (c.attrs.domain ?? 'category'),
      nicename: c.attrs.nicename ?? c.text.trim(),
      name: c.text.trim(),
    }))
    .filter((t) => t.name !== '' || t.nicename !== '')
}

/** An attachment item as media: caption (with its credit) from the excerpt, alt from meta. */
export function attachmentOf(item: XmlNode): ImportedMedia & { postId: string } {
  const meta = metaOf(item)
  const url = (childText(item, 'wp:attachment_url') || childText(item, 'guid')).trim()
  const credit = /s:6:"credit";s:\d+:"([^"]*)"/.exec(meta.get('_wp_attachment_metadata') ?? '')?.[1]
  const copyright = /s:9:"copyright";s:\d+:"([^"]*)"/.exec(
    meta.get('_wp_attachment_metadata') ?? '',
  )?.[1]
  return {
    postId: childText(item, 'wp:post_id'),
    externalId: childText(item, 'wp:post_id') || url,
    url,
    alt: meta.get('_wp_attachment_image_alt') ?? '',
    caption: childText(item, 'excerpt:encoded'),
    ...(credit !== undefined ? { credit } : {}),
    ...(copyright !== undefined ? { copyright } : {}),
    createdAt: itemDate(item) ?? undefined,
  }
}

/** Paths the item answered on the old site: its permalink, `?p=ID` and `?page_id=ID`. */
function oldPathsOf(item: XmlNode, kind: 'article' | 'page'): string[] {
  const paths: string[] = []
  const id = childText(item, 'wp:post_id')
  for (const url of [childText(item, 'link'), childText(item, 'guid')]) {
    try {
      const u = new URL(url)
      if (u.search === '' || /^\?(p|page_id)=\d+$/.test(u.search)) paths.push(u.pathname + u.search)
    } catch {
      // Not a URL (some exports hold bare ids); nothing to redirect.
    }
  }
  if (id !== '') paths.push(kind === 'page' ? `/?page_id=${id}` : `/?p=${id}`)
  return [...new Set(paths)].filter((p) => p !== '/')
}

export type ArticleDraft = Omit<ImportedArticle, 'body' | 'hero'>

/** What identifies the item on re-runs: its post id, or its guid in exports without ids. */
export const externalIdOf = (item: XmlNode): string =>
  childText(item, 'wp:post_id') || childText(item, 'guid')

/**
 * A title as text: WordPress stores titles with HTML entities (`Trade &amp; tariffs`) and
 * sometimes inline tags, which a headline must not show literally.
 */
export const plainTitle = (title: string): string =>
  /[&<]/.test(title)
    ? DomUtils.textContent(parseDocument(title, { decodeEntities: true })).trim()
    : title

/** The item's fields other than body and hero. */
export function articleFields(
  item: XmlNode,
  kind: 'article' | 'page',
  status: ArticleStatus,
): ArticleDraft {
  const meta = metaOf(item)
  const date = itemDate(item)
  const excerpt = childText(item, 'excerpt:encoded')
    .replace(/<[^>]*>/g, '')
    .trim()
  return {
    externalId: externalIdOf(item),
    kind,
    status,
    headline: plainTitle(childText(item, 'title')),
    dek: meta.get('subtitle') ?? excerpt,
    excerpt,
    slug: childText(item, 'wp:post_name'),
    createdAt: date,
    editedAt: gmtDate(childText(item, 'wp:post_modified_gmt')) ?? date,
    publishedAt: status === 'published' || status === 'unpublished' ? date : null,
    scheduledAt: status === 'scheduled' ? date : null,
    seoTitle: meta.get('_yoast_wpseo_title') ?? null,
    seoDescription: meta.get('_yoast_wpseo_metadesc') ?? null,
    oldPaths: oldPathsOf(item, kind),
  }
}

/** The item's comments, whole, for the export. */
export function commentsOf(item: XmlNode): { id: string; data: Record<string, string> }[] {
  return item.children
    .filter((c) => c.name === 'wp:comment')
    .map((c) => {
      const data: Record<string, string> = {}
      for (const f of c.children) data[f.name.replace(/^wp:comment_/, '')] = f.text.trim()
      return { id: data.id ?? '', data }
    })
}
