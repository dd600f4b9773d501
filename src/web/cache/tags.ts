import type { FastifyRequest } from 'fastify'
import type { CurationKey } from '../../domain/fronts.js'
import type { ListKey } from '../../domain/lists.js'
import type { DependsOn, ListOwner, ShownStory } from '../../services/index.js'
import { ownerListKey } from '../../services/index.js'

/**
 * Names of what a cached response was built from. An article page carries its article, the
 * articles it links as related and its pictures; a list carries its membership key and every
 * article and picture it shows; each shown article also brings its bylines and tags, whose names
 * it prints. Site-wide things (settings, and sections, which make the navigation on every page)
 * clear the whole cache instead of being tagged on every entry.
 */
export const tag = {
  article: (id: string) => `a:${id}`,
  list: (key: ListKey) => `l:${key}`,
  media: (id: string) => `m:${id}`,
  /** A byline profile: its name, slug, bio, links and portrait as pages show them. */
  byline: (id: string) => `au:${id}`,
  /** A tag's name and slug, as a story's page and the API show them. */
  taxonomyTag: (id: string) => `t:${id}`,
  /** The list of bylines, as the API's `/authors` reads give it. */
  bylines: 'bylines',
  /** An edited front's layout, the banner, or a menu: `c:front:home`, `c:banner`, `c:menu:main`. */
  curation: (key: CurationKey) => `c:${key}`,
  search: 'search',
  sitemaps: 'sitemaps',
  corrections: 'corrections',
} as const

/**
 * The surrogate key every cached response carries besides its own tags: a change that clears the
 * whole cache (a section, tag, author or setting) purges this one key at the CDN.
 */
export const siteKey = 'all'

/** The `Surrogate-Key` header of a response built from `tags`. */
export const surrogateKeys = (tags: readonly string[]): string => [...tags, siteKey].join(' ')

/** Tags for articles shown on a response (with their bylines and tags), and for `media`. */
export function shown(
  articles: readonly ShownStory[],
  media: ReadonlyMap<string, unknown> | readonly string[] = [],
): string[] {
  const mediaIds: readonly string[] =
    media instanceof Map
      ? [...(media as ReadonlyMap<string, unknown>).keys()]
      : (media as readonly string[])
  const tags = new Set<string>()
  for (const article of articles) {
    tags.add(tag.article(article.id))
    for (const author of article.authors ?? []) tags.add(tag.byline(author.id))
    for (const t of article.tags ?? []) tags.add(tag.taxonomyTag(t.id))
  }
  for (const id of mediaIds) tags.add(tag.media(id))
  return [...tags]
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by a route whose 200 answer may be cached, with what it depends on. */
    cacheTags: string[] | null
    /** The cache ticket taken when the request arrived (see ResponseCache.ticket). */
    cacheTicket: number
    /** Milliseconds the response stays right by itself, when its content depends on the clock. */
    cacheMaxAgeMs: number | null
    /**
     * What the page shows around its content (the banner, the menus), noted by `siteView`: added
     * to the tags of a response a route marks cacheable, never making one cacheable by itself.
     */
    chromeDepends: DependsOn | null
  }
}

/** Marks this response as cacheable, built from `tags` (repeat calls add tags). */
export function cacheWith(
  request: FastifyRequest,
  tags: Iterable<string>,
  options: { maxAgeMs?: number } = {},
): void {
  request.cacheTags = [...(request.cacheTags ?? []), ...tags]
  if (options.maxAgeMs !== undefined)
    request.cacheMaxAgeMs = Math.min(request.cacheMaxAgeMs ?? Infinity, options.maxAgeMs)
}

/** The tag of a list's membership: `all`, or one section (with its sub-sections), tag or author. */
export function listTag(owner: ListOwner): string {
  return tag.list(ownerListKey(owner))
}

/** The tags of what a public read says it depends on. */
export function tagsOf(depends: DependsOn): string[] {
  return [
    ...depends.lists.map((key) => tag.list(key)),
    ...shown(depends.stories, depends.media),
    ...depends.collections.map((name) => tag[name]),
    ...depends.curation.map((key) => tag.curation(key)),
  ]
}

/** Notes what the page shows around its content (see `chromeDepends`). */
export function dependOnChrome(request: FastifyRequest, depends: DependsOn): void {
  request.chromeDepends = depends
}

/** The tags of a response marked cacheable: its route's, and its chrome's; null when not cacheable. */
export function responseTags(request: FastifyRequest): string[] | null {
  if (request.cacheTags == null) return null
  const chrome = request.chromeDepends ?? null
  return [...new Set([...request.cacheTags, ...(chrome === null ? [] : tagsOf(chrome))])]
}

/** How long a cacheable response stays right by the clock alone, its chrome's expiry included. */
export function responseMaxAgeMs(request: FastifyRequest): number | null {
  const chrome = request.chromeDepends?.freshForMs ?? null
  if (chrome === null) return request.cacheMaxAgeMs
  return Math.min(request.cacheMaxAgeMs ?? Infinity, chrome)
}

/** Marks this response as cacheable, tagged with what its read depends on. */
export function cacheFor(request: FastifyRequest, depends: DependsOn): void {
  cacheWith(
    request,
    tagsOf(depends),
    depends.freshForMs === null ? {} : { maxAgeMs: depends.freshForMs },
  )
}
