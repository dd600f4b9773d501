import type { Article, ArticleCard, Correction } from '../../domain/article.js'
import { documentMediaIds } from '../../domain/block-document.js'
import type { ListKey } from '../../domain/lists.js'
import { allStories, authorList, sectionList, tagList } from '../../domain/lists.js'
import type { Author, Section, Tag } from '../../domain/taxonomy.js'
import type { Media } from '../../domain/media.js'
import type { ArticleCursor, ArticleListFilter } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { mediaById } from './article-page.js'

export const perPage = 20
/** The deepest `?page=N` served; past it a list answers 400 (nobody reads 20 × 10,000 stories back). */
export const maxPage = 10_000

export const published: ArticleListFilter = {
  statuses: ['published'],
  kind: 'article',
  order: 'published',
}

/** One page of a public list: its stories, their pictures, and the cursor of the next page. */
export interface ListPage {
  items: ArticleCard[]
  media: Map<string, Media>
  page: number
  next: ArticleCursor | null
}

/** Which list: everything, a section (with its subsections), a tag or an author. */
export type ListOwner =
  | { kind: 'all' }
  | { kind: 'section'; section: Section }
  | { kind: 'tag'; tag: Tag }
  | { kind: 'author'; author: Author }

/** The key of an owner's list. */
export function ownerListKey(owner: ListOwner): ListKey {
  switch (owner.kind) {
    case 'all':
      return allStories
    case 'section':
      return sectionList(owner.section.id)
    case 'tag':
      return tagList(owner.tag.id)
    case 'author':
      return authorList(owner.author.id)
  }
}

/**
 * Page `page` of a list, newest first. With `after` (the cursor the previous page linked) it is a
 * pure keyset read; a bare `?page=N` first finds the cursor with an index-only offset scan.
 */
export async function listPage(
  deps: Deps,
  owner: ListOwner,
  page: number,
  after: ArticleCursor | null,
): Promise<ListPage> {
  const filter = filterFor(owner)
  let cursor = after
  if (cursor === null && page > 1) {
    cursor = await deps.store.articles.cursorAt(filter, (page - 1) * perPage)
    if (cursor === null) return { items: [], media: new Map(), page, next: null }
  }
  const result = await deps.store.articles.listCards(filter, perPage, cursor)
  return { items: result.items, media: await heroes(deps, result.items), page, next: result.next }
}

function filterFor(owner: ListOwner): ArticleListFilter {
  switch (owner.kind) {
    case 'all':
      return published
    case 'section':
      return { ...published, sectionId: owner.section.id }
    case 'tag':
      return { ...published, tagId: owner.tag.id }
    case 'author':
      return { ...published, authorId: owner.author.id }
  }
}

/** The hero pictures of a list of stories. */
export function heroes(deps: Deps, items: readonly ArticleCard[]): Promise<Map<string, Media>> {
  return mediaById(
    deps,
    items.flatMap((a) => (a.hero !== null ? [a.hero.mediaId] : [])),
  )
}

/** Public corrections and updates, newest first, each with its (published) story. */
export async function publicCorrections(
  deps: Deps,
  limit: number,
): Promise<{ correction: Correction; article: ArticleCard }[]> {
  const corrections = await deps.store.corrections.listPublic(limit, null)
  const articles = new Map(
    (await deps.store.articles.findCardsByIds(corrections.map((c) => c.articleId))).map((a) => [
      a.id,
      a,
    ]),
  )
  return corrections.flatMap((correction) => {
    const article = articles.get(correction.articleId)
    return article === undefined ? [] : [{ correction, article }]
  })
}

/** The section, tag or author a public list URL names, or null when there is none. */
export async function findListOwner(
  deps: Deps,
  kind: 'section' | 'tag' | 'author',
  slug: string,
): Promise<ListOwner | null> {
  if (kind === 'section') {
    const section = await deps.store.sections.findBySlug(slug)
    return section === null ? null : { kind, section }
  }
  if (kind === 'tag') {
    const tag = await deps.store.tags.findBySlug(slug)
    return tag === null ? null : { kind, tag }
  }
  const author = await deps.store.authors.findBySlug(slug)
  return author === null ? null : { kind, author }
}

/** The newest stories of a list with every picture they show (heroes and body figures), for feeds. */
export async function feedStories(
  deps: Deps,
  owner: ListOwner,
  limit: number,
): Promise<{ items: Article[]; media: Map<string, Media> }> {
  const items = (await deps.store.articles.list(filterFor(owner), limit, null)).items
  const ids = items.flatMap((a) => [
    ...(a.hero !== null ? [a.hero.mediaId] : []),
    ...documentMediaIds(a.body),
  ])
  return { items, media: await mediaById(deps, ids) }
}
