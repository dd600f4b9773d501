import slugifyText from '@sindresorhus/slugify'

/** Paths the site itself owns; a page or section may not take them as its slug. */
const reservedSlugs: ReadonlySet<string> = new Set([
  'api',
  'newsroom',
  'section',
  'sections',
  'tag',
  'tags',
  'author',
  'authors',
  'search',
  'feed',
  'feeds',
  'rss',
  'atom',
  'sitemap',
  'sitemaps',
  'media',
  'assets',
  'static',
  'corrections',
  'healthz',
  'robots',
  'login',
  'logout',
  'admin',
  'page',
  'wp-admin',
  'wp-content',
  'favicon',
])

export const maxSlugLength = 80

/**
 * Turns any text into a URL slug: transliterated to ASCII (Cyrillic, Greek, accented Latin…),
 * lower case, words joined by hyphens, cut at a word boundary. Empty input gives ''.
 */
export function slugify(text: string): string {
  const slug = slugifyText(text, { decamelize: false })
  if (slug.length <= maxSlugLength) return slug
  const cut = slug.slice(0, maxSlugLength + 1)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > 20 ? cut.slice(0, lastDash) : slug.slice(0, maxSlugLength)).replace(/-+$/, '')
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** True for a well-formed slug (lower-case ASCII words joined by single hyphens). */
export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= maxSlugLength && slugPattern.test(slug)
}

/** True when a slug collides with a path the site owns. */
export function isReservedSlug(slug: string): boolean {
  return reservedSlugs.has(slug)
}

/** Candidate slugs in order: `base`, `base-2`, `base-3`, …; the caller takes the first free one. */
export function* slugCandidates(base: string): Generator<string> {
  const root = base.length > 0 ? base : 'untitled'
  if (!isReservedSlug(root)) yield root
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`
    yield `${root.slice(0, maxSlugLength - suffix.length).replace(/-+$/, '')}${suffix}`
  }
}
