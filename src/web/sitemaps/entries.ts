import type { SitemapUrl } from '../../render/sitemaps.js'
import type { Links } from '../../render/views.js'
import type { Services } from '../../services/index.js'

type Read<K extends keyof Services['site']> = Awaited<ReturnType<Services['site'][K]>>

const newest = (values: Iterable<string>) =>
  [...values].reduce<string | null>((a, b) => (a === null || b > a ? b : a), null)

/** The sitemap index's entries: the sections', authors' and news sitemaps, then each month's. */
export function indexEntries(origin: string, { parts, lastmods }: Read<'sitemapIndex'>['view']) {
  return [
    { loc: `${origin}/sitemaps/sections.xml`, lastmod: newest(lastmods.sections.values()) },
    { loc: `${origin}/sitemaps/authors.xml`, lastmod: newest(lastmods.authors.values()) },
    { loc: `${origin}/sitemap-news.xml`, lastmod: parts.at(-1)?.lastmod ?? null },
    ...parts.map((p) => ({
      loc: `${origin}/sitemaps/articles-${p.month}${p.part > 1 ? `-${p.part}` : ''}.xml`,
      lastmod: p.lastmod,
    })),
  ]
}

/** The home page and every section page, each with when its list last changed. */
export function sectionsUrls(links: Links, read: Read<'sectionsSitemap'>) {
  const o = links.origin
  const urls = read.view.sections.map((s) => ({
    loc: `${o}${links.sectionPath(s.slug)}`,
    lastmod: read.view.lastmods.get(s.id) ?? null,
  }))
  return { view: [{ loc: `${o}/`, lastmod: null }, ...urls], dependsOn: read.dependsOn }
}

/** Every byline page with a published story, with when its list last changed. */
export function authorsUrls(links: Links, read: Read<'authorsSitemap'>) {
  const urls = read.view.authors.flatMap((a) => {
    const lastmod = read.view.lastmods.get(a.id)
    return lastmod === undefined
      ? []
      : [{ loc: `${links.origin}${links.authorPath(a.slug)}`, lastmod }]
  })
  return { view: urls, dependsOn: read.dependsOn }
}

/** One month's stories, each with its hero picture. */
export function monthUrls(
  links: Links,
  { listed, media }: NonNullable<Read<'monthSitemap'>>['view'],
): SitemapUrl[] {
  return listed.map((a) => {
    const hero = a.heroMediaId !== null ? media.get(a.heroMediaId) : undefined
    return {
      loc: `${links.origin}${links.articlePath(a)}`,
      lastmod: a.updatedAt ?? a.publishedAt,
      images: hero !== undefined ? [{ loc: links.image(hero).src }] : [],
    }
  })
}
