import type { ListView, SearchView, SiteView } from '../../render/views.js'
import type { ListPage, ListPageView } from '../../services/index.js'
import type { SearchRequest, SearchPageView } from '../../services/index.js'
import { encodeListPosition } from '../../domain/cursors.js'

/** A list page's view from what the list read answered. */
export function listView(site: SiteView, path: string, read: ListPageView): ListView {
  return {
    site,
    ...describe(read),
    path,
    ...paged(path, read.list),
    zones: read.zones,
    now: read.now,
    subsections: read.subsections,
    portraits: read.portraits,
  }
}

function describe({ owner, trail }: ListPageView) {
  switch (owner.kind) {
    case 'section': {
      const { name, description } = owner.section
      return { kind: 'section' as const, name, description, author: null, trail }
    }
    case 'tag':
      return { kind: 'tag' as const, name: owner.tag.name, description: '', author: null, trail }
    case 'author': {
      const { name, bio } = owner.author
      return { kind: 'author' as const, name, description: bio, author: owner.author, trail }
    }
    case 'all':
      return { kind: 'section' as const, name: '', description: '', author: null, trail }
  }
}

/** Page links: "older" carries the keyset cursor; "newer" is a plain page number. */
function paged(path: string, list: ListPage) {
  const nextHref =
    list.next !== null
      ? `${path}?page=${list.page + 1}&after=${encodeListPosition(list.next)}`
      : null
  const prevHref = list.page > 2 ? `${path}?page=${list.page - 1}` : list.page === 2 ? path : null
  return { items: list.items, media: list.media, page: list.page, nextHref, prevHref }
}

/** The search page's view, with links to the pages before and after. */
export function searchView(
  site: SiteView,
  search: SearchRequest,
  { sections, authors, results }: SearchPageView,
): SearchView {
  const { q, section, author, page } = search
  const link = (n: number) =>
    `/search?${new URLSearchParams({ q, section, author, page: String(n) }).toString()}`
  const hasNext = results.page * results.perPage < results.total
  return {
    site,
    query: q,
    section,
    author,
    sections,
    authors,
    items: results.items,
    total: results.total,
    moreThanTotal: results.moreThanTotal,
    page,
    prevHref: page > 1 ? link(page - 1) : null,
    nextHref: hasNext ? link(page + 1) : null,
  }
}
