import { authorList, tagList } from '../../domain/lists.js'
import type { DomainEvent } from '../../services/index.js'
import type { ResponseCache } from './response-cache.js'
import { tag } from './tags.js'

/** What to drop for one event: some tags, everything, or nothing. */
export type Invalidation = { kind: 'tags'; tags: string[] } | { kind: 'all' } | { kind: 'none' }

const symmetricDifference = <T>(a: readonly T[], b: readonly T[]): T[] => [
  ...a.filter((x) => !b.includes(x)),
  ...b.filter((x) => !a.includes(x)),
]

/**
 * Whether an article event touches public content. Lists say so for news articles; static pages
 * belong to no list, so publishing, unpublishing and correcting count by themselves, and so does an
 * edit of something published.
 */
function isPublicChange(event: Extract<DomainEvent, { lists: unknown }>): boolean {
  const { before, after } = event.lists
  if (before.length > 0 || after.length > 0) return true
  if (event.type === 'article.updated') return event.status === 'published'
  return event.type !== 'article.deleted'
}

/**
 * What an event invalidates, computed from the event alone so it happens synchronously, before the
 * next request. Pages showing a changed article carry its tag; lists it entered or left (the
 * event's `lists`) shift, so all their pages go; search, sitemaps and the corrections page follow
 * any change to public content. Work that was never public touches nothing. A tag or a byline
 * drops what shows it: the stories that carry it (their pages, and every list, feed or API read
 * showing them, which carry its tag through `shown`) and its own list pages and feeds; a byline
 * also the byline list, the sitemaps and search. Sections (the navigation on every page) and
 * settings change every page: everything goes, and so after an import.
 */
export function invalidationFor(event: DomainEvent): Invalidation {
  switch (event.type) {
    case 'article.published':
    case 'article.unpublished':
    case 'article.updated':
    case 'article.corrected':
    case 'article.deleted': {
      if (!isPublicChange(event)) return { kind: 'none' }
      const { before, after } = event.lists
      const lists = symmetricDifference(before, after).map((key) => tag.list(key))
      return {
        kind: 'tags',
        tags: [tag.article(event.articleId), tag.search, tag.sitemaps, tag.corrections, ...lists],
      }
    }
    case 'media.changed':
      return { kind: 'tags', tags: [tag.media(event.mediaId)] }
    case 'tag.changed':
      // No sitemap, search result or card names a tag.
      return { kind: 'tags', tags: [tag.taxonomyTag(event.tagId), tag.list(tagList(event.tagId))] }
    case 'author.changed':
      // The authors' sitemap lists bylines by slug; search results show bylines on their cards.
      return {
        kind: 'tags',
        tags: [
          tag.byline(event.authorId),
          tag.list(authorList(event.authorId)),
          tag.bylines,
          tag.sitemaps,
          tag.search,
        ],
      }
    case 'curation.changed':
      // A front's layout shows on its own page; the banner and menus on every page, which each
      // carry their tags (so feeds, sitemaps and the API, which show none of them, stay).
      return { kind: 'tags', tags: [tag.curation(event.key)] }
    case 'section.changed':
    case 'settings.changed':
    case 'content.imported':
      return { kind: 'all' }
    default:
      return { kind: 'none' }
  }
}

/** Applies an invalidation to a cache. */
export function apply(cache: ResponseCache, invalidation: Invalidation): void {
  if (invalidation.kind === 'all') cache.clear()
  else if (invalidation.kind === 'tags') cache.invalidate(invalidation.tags)
}
