import type { ListPosition } from '../../domain/cursors.js'
import { decodeListPosition } from '../../domain/cursors.js'
import type { SearchRequest } from '../../services/index.js'
import { maxPage } from '../../services/index.js'

/** The query parameters of a list page: `?page=N[&after=cursor]` (its route declares them). */
export const pagingQuery = ['page', 'after'] as const

/** The search page's: the words and the filters, and the page. */
export const searchQuery = ['q', 'section', 'author', ...pagingQuery] as const

/** A list's position from `?page=N[&after=cursor]`, or null when the query is not one we serve. */
export function readPaging(query: unknown): { page: number; after: ListPosition | null } | null {
  const q = (query ?? {}) as Record<string, unknown>
  const rawPage = q.page
  let page = 1
  if (rawPage !== undefined) {
    if (typeof rawPage !== 'string' || !/^[1-9]\d{0,5}$/.test(rawPage)) return null
    page = Number(rawPage)
    if (page > maxPage) return null
  }
  let after: ListPosition | null = null
  if (q.after !== undefined) {
    if (typeof q.after !== 'string' || page === 1) return null
    after = decodeListPosition(q.after)
    if (after === null) return null
  }
  return { page, after }
}

/**
 * The path a WordPress site answered `/?p=ID` or `/?page_id=ID` on (the importer stores a
 * redirect from it), or null when the query is not exactly one such id.
 */
export function wordpressIdPath(query: unknown): string | null {
  const q = (query ?? {}) as Record<string, unknown>
  for (const name of ['p', 'page_id']) {
    const value = q[name]
    if (typeof value === 'string' && /^\d{1,18}$/.test(value)) return `/?${name}=${value}`
  }
  return null
}

/** A single-valued text parameter (arrays and oversize values count as absent). */
function readText(query: unknown, name: string, max = 200): string {
  const value = ((query ?? {}) as Record<string, unknown>)[name]
  return typeof value === 'string' ? value.slice(0, max) : ''
}

/** What the search page's query asks for (`q`, `section`, `author`), at page `page`. */
export function readSearch(query: unknown, page: number): SearchRequest {
  return {
    q: readText(query, 'q'),
    section: readText(query, 'section', 100),
    author: readText(query, 'author', 100),
    page,
  }
}

/**
 * The one canonical form of a public path: lower case, single slashes, and a trailing slash on
 * folder-like paths (not on files such as `/rss.xml`, nor on `/search`). Percent escapes are kept
 * as written: some clients upper-case them and would loop on a redirect to `%3c` forever.
 */
export function canonicalPath(path: string): string {
  let p = path
    .replace(/(%[0-9a-f]{2})|[^%]+/gi, (part, escape?: string) => escape ?? part.toLowerCase())
    // A browser reads `/\host` in a Location as `//host`: escaped, it stays a path here.
    .replace(/\\/g, '%5C')
    .replace(/\/{2,}/g, '/')
  if (p === '/search/') return '/search'
  const last = p.slice(p.lastIndexOf('/') + 1)
  if (!p.endsWith('/') && !last.includes('.') && p !== '/search') p = `${p}/`
  return p
}
