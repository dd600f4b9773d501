import type { Media } from '../../domain/media.js'
import type { ListedArticle } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { mediaById } from './article-page.js'
import type { PublicRead } from './depends-on.js'
import { dependsOn } from './depends-on.js'

/** Sitemaps hold at most 50,000 URLs each (sitemaps.org protocol). */
const sitemapLimit = 50_000

/** One article sitemap: a calendar month (UTC), split into parts of 50,000 URLs. */
interface SitemapPart {
  month: string
  part: number
  lastmod: string
}

/** The article sitemaps to list in the index: one per month with stories, more for huge months. */
async function articleSitemapParts(deps: Deps): Promise<SitemapPart[]> {
  const months = await deps.store.listings.monthlyCounts()
  return months.flatMap(({ month, count, lastmod }) =>
    Array.from({ length: Math.ceil(count / sitemapLimit) }, (_, i) => ({
      month,
      part: i + 1,
      lastmod,
    })),
  )
}

/** The articles of one month's sitemap part (`month` is `yyyy-mm`, UTC), oldest first. */
async function articlesInMonth(deps: Deps, month: string, part: number): Promise<ListedArticle[]> {
  const from = new Date(`${month}-01T00:00:00.000Z`)
  if (Number.isNaN(from.getTime())) return []
  const to = new Date(from)
  to.setUTCMonth(to.getUTCMonth() + 1)
  return deps.store.listings.publishedBetween(
    from.toISOString(),
    to.toISOString(),
    sitemapLimit,
    (part - 1) * sitemapLimit,
  )
}

/** Stories published in the last 48 hours, for the Google News sitemap (at most 1,000 by its rules). */
async function recentForNews(deps: Deps): Promise<ListedArticle[]> {
  const now = deps.clock.now()
  const since = new Date(now.getTime() - 48 * 3_600_000).toISOString()
  const items = await deps.store.listings.publishedBetween(since, now.toISOString(), 1000, 0)
  // Google News takes news, not paid content: sponsored stories stay in the other sitemaps only.
  return items.filter((a) => a.kind === 'article' && a.workType !== 'sponsored')
}

/** When each section's and author's list last changed (their newest story), by id. */
async function listLastmods(deps: Deps) {
  const [sections, authors] = await Promise.all([
    deps.store.listings.lastPublishedBy('sections'),
    deps.store.listings.lastPublishedBy('authors'),
  ])
  return { sections, authors }
}

/** Every sitemap lists all public content: each depends on the sitemaps collection as a whole. */
const sitemaps = dependsOn({ collections: ['sitemaps'] })

/** The sitemap index: the month sitemaps, and when the section and author lists last changed. */
export async function sitemapIndexRead(deps: Deps) {
  const [parts, lastmods] = await Promise.all([articleSitemapParts(deps), listLastmods(deps)])
  return { view: { parts, lastmods }, dependsOn: sitemaps }
}

/** The sections' sitemap: every section, with when its list last changed. */
export async function sectionsSitemapRead(deps: Deps) {
  const [sections, lastmods] = await Promise.all([deps.store.sections.list(), listLastmods(deps)])
  return { view: { sections, lastmods: lastmods.sections }, dependsOn: sitemaps }
}

/** The authors' sitemap: every byline, with when its list last changed. */
export async function authorsSitemapRead(deps: Deps) {
  const [authors, lastmods] = await Promise.all([deps.store.authors.list(), listLastmods(deps)])
  return { view: { authors, lastmods: lastmods.authors }, dependsOn: sitemaps }
}

/** One month's sitemap part with its stories' hero pictures, or null when it lists nothing. */
export async function monthSitemapRead(
  deps: Deps,
  month: string,
  part: number,
): Promise<PublicRead<{ listed: ListedArticle[]; media: Map<string, Media> }> | null> {
  const listed = await articlesInMonth(deps, month, part)
  if (listed.length === 0) return null
  const media = await mediaById(
    deps,
    listed.flatMap((a) => (a.heroMediaId !== null ? [a.heroMediaId] : [])),
  )
  return { view: { listed, media }, dependsOn: sitemaps }
}

/** The Google News sitemap; stories leave its 48-hour window by themselves, so ten minutes at most. */
export async function newsSitemapRead(deps: Deps) {
  const recent = await recentForNews(deps)
  return { view: recent, dependsOn: { ...sitemaps, freshForMs: 600_000 } }
}
