import { attrs, el, xml } from './feeds/xml.js'

/** Sitemap protocol 0.9 (sitemaps.org) with Google's image and news extensions. */
const ns = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const imageNs = 'http://www.google.com/schemas/sitemap-image/1.1'
const newsNs = 'http://www.google.com/schemas/sitemap-news/0.9'

export interface SitemapUrl {
  loc: string
  lastmod?: string | null
  images?: { loc: string; caption?: string }[]
}

export function sitemapIndex(entries: { loc: string; lastmod: string | null }[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<sitemapindex xmlns="${ns}">`,
    ...entries.map((e) => `<sitemap>${el('loc', e.loc)}${el('lastmod', e.lastmod)}</sitemap>`),
    '</sitemapindex>\n',
  ].join('')
}

/**
 * A urlset. The schema requires at least one `<url>`, so an empty list names the home page
 * (`fallback`) instead of producing a document validators reject.
 */
export function urlSet(urls: SitemapUrl[], fallback: string): string {
  if (urls.length === 0) urls = [{ loc: fallback }]
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<urlset xmlns="${ns}" xmlns:image="${imageNs}">`,
    ...urls.map(
      (u) =>
        `<url>${el('loc', u.loc)}${el('lastmod', u.lastmod)}${(u.images ?? [])
          .map((i) => `<image:image>${el('image:loc', i.loc)}</image:image>`)
          .join('')}</url>`,
    ),
    '</urlset>\n',
  ].join('')
}

interface NewsUrl {
  loc: string
  title: string
  published: string
}

/** The Google News sitemap: stories from the last 48 hours, with publication name and language. */
export function newsSitemap(
  publication: { name: string; language: string },
  urls: NewsUrl[],
  fallback: string,
): string {
  // With no story in the last 48 hours the file still needs one <url>: the home page, no news tags.
  if (urls.length === 0) return urlSet([], fallback)
  const pub = `<news:publication>${el('news:name', publication.name)}${el('news:language', publication.language)}</news:publication>`
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<urlset xmlns="${ns}"${attrs({ 'xmlns:news': newsNs })}>`,
    ...urls.map(
      (u) =>
        `<url>${el('loc', u.loc)}<news:news>${pub}${el('news:publication_date', u.published)}${el('news:title', u.title)}</news:news></url>`,
    ),
    '</urlset>\n',
  ].join('')
}

export { xml }
