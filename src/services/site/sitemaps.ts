import type { ListedArticle } from '../../store/index.js'
import type { Deps } from '../deps.js'

/** Sitemaps hold at most 50,000 URLs each (sitemaps.org protocol). */
export const sitemapLimit = 50_000

/** One article sitemap: a calendar month (UTC), split into parts of 50,000 URLs. */
export interface SitemapPart {
  month: string
  part: number
  lastmod: string
}

/** The article sitemaps to list in the index: one per month with stories, more for huge months. */
export async function articleSitemapParts(deps: Deps): Promise<SitemapPart[]> {
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
export async function articlesInMonth(
  deps: Deps,
  month: string,
  part: number,
): Promise<ListedArticle[]> {
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
export async function recentForNews(deps: Deps): Promise<ListedArticle[]> {
  const now = deps.clock.now()
  const since = new Date(now.getTime() - 48 * 3_600_000).toISOString()
  const items = await deps.store.listings.publishedBetween(since, now.toISOString(), 1000, 0)
  return items.filter((a) => a.kind === 'article')
}

/** When each section's and author's list last changed (their newest story), by id. */
export async function listLastmods(deps: Deps) {
  const [sections, authors] = await Promise.all([
    deps.store.listings.lastPublishedBy('sections'),
    deps.store.listings.lastPublishedBy('authors'),
  ])
  return { sections, authors }
}
