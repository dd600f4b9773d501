import type { Article, ArticleCard, Correction, ReturnNote } from '../domain/article.js'
import { NotFoundError } from '../domain/errors.js'
import type { Actor } from '../domain/roles.js'
import { isAtLeast, roleOf } from '../domain/roles.js'
import { sectionWithDescendants } from '../domain/taxonomy.js'
import type { ArticleStatus } from '../domain/workflow.js'
import { articleStatuses, isOwnArticle } from '../domain/workflow.js'
import type { ArticleCursor, ArticlePage, SearchFilters, SearchHit } from '../store/index.js'
import { searchCountCap } from '../store/index.js'
import type { Deps } from './deps.js'

/** True when the actor may see the article: published stories are public, the rest is the newsroom's. */
function canView(actor: Actor | null, article: Article): boolean {
  if (article.status === 'published') return true
  if (actor === null) return false
  // Authors and up read the whole newsroom's work; contributors only their own.
  return isAtLeast(roleOf(actor), 'author') || isOwnArticle(actor, article)
}

/** One article by id, if the actor may see it. Throws NotFoundError otherwise (never reveals drafts). */
export async function getArticle(deps: Deps, actor: Actor | null, id: string): Promise<Article> {
  const article = await deps.store.articles.findById(id)
  if (article === null || !canView(actor, article)) throw new NotFoundError('article', id)
  return article
}

export interface ArticleQuery {
  status?: ArticleStatus
  section?: string
  tag?: string
  author?: string
  kind?: 'article' | 'page'
  /** Only this user's own work: created by them or under their bylines (the Desk's "my drafts"). */
  createdBy?: string
  limit?: number
  cursor?: ArticleCursor | null
}

/**
 * A page of articles. Anonymous readers see published stories only; contributors see published
 * stories and their own work (created by them or under their byline) in every status, and with
 * no `status`, only their own work. A section includes the sections below it. Unknown
 * section/tag/author give an empty page.
 */
export async function listArticles(
  deps: Deps,
  actor: Actor | null,
  query: ArticleQuery,
): Promise<ArticlePage> {
  const limit = Math.min(Math.max(query.limit ?? 20, 1), 100)
  const isNewsroom = actor !== null && isAtLeast(roleOf(actor), 'author')
  const isContributor = actor?.kind === 'user' && !isNewsroom
  if (actor === null && query.status !== undefined && query.status !== 'published')
    return { items: [], next: null }
  const statuses: ArticleStatus[] | undefined =
    query.status !== undefined ? [query.status] : isNewsroom ? undefined : ['published']
  const filter: Parameters<typeof deps.store.articles.list>[0] = {
    ...(statuses !== undefined ? { statuses } : {}),
    ...(query.kind !== undefined ? { kind: query.kind } : {}),
    order:
      statuses !== undefined && statuses.every((s) => s === 'published') ? 'published' : 'edited',
  }
  // A contributor's newsroom list is their own work: what `isOwnArticle` lets them open.
  if (isContributor && query.status !== 'published') {
    filter.ownedBy = { userId: actor.userId, authorIds: actor.authorIds }
    if (query.status === undefined) delete filter.statuses
    filter.order = 'edited'
  }
  if (query.createdBy !== undefined) {
    // "Mine": what this user created or writes under their bylines, as a contributor's own list.
    if (filter.ownedBy !== undefined && filter.ownedBy.userId !== query.createdBy)
      return { items: [], next: null }
    const authorIds =
      actor?.kind === 'user' && actor.userId === query.createdBy ? actor.authorIds : []
    filter.ownedBy = { userId: query.createdBy, authorIds }
    filter.order = 'edited'
  }
  if (query.section !== undefined) {
    const section = await deps.store.sections.findBySlug(query.section)
    if (section === null) return { items: [], next: null }
    filter.sectionId = section.id
  }
  if (query.tag !== undefined) {
    const tag = await deps.store.tags.findBySlug(query.tag)
    if (tag === null) return { items: [], next: null }
    filter.tagId = tag.id
  }
  if (query.author !== undefined) {
    const author = await deps.store.authors.findBySlug(query.author)
    if (author === null) return { items: [], next: null }
    filter.authorId = author.id
  }
  return deps.store.articles.list(filter, limit, query.cursor ?? null)
}

export interface SearchQuery {
  q: string
  section?: string
  author?: string
  page?: number
  perPage?: number
  /** Newsroom search: include every status the actor may see. */
  includeUnpublished?: boolean
  /** Newsroom search: only stories in this status. */
  status?: ArticleStatus
  /** Only this user's own work: created by them or under their bylines ("mine"). */
  createdBy?: string
}

export interface SearchResults<T = Article> {
  items: { article: T; snippet: string; rank: number }[]
  /** Matches, counted up to 1,000. */
  total: number
  /** True when there are more matches than `total` says. */
  moreThanTotal: boolean
  page: number
  perPage: number
}

/** Ranked full-text search with highlighted snippets (see `highlightStart`/`highlightEnd`). */
export function searchArticles(
  deps: Deps,
  actor: Actor | null,
  query: SearchQuery,
): Promise<SearchResults> {
  return search(deps, actor, query, (ids) => deps.store.articles.findManyByIds(ids))
}

/** The same search with the stories as cards (no bodies): what a results page shows. */
export function searchCards(
  deps: Deps,
  actor: Actor | null,
  query: SearchQuery,
): Promise<SearchResults<ArticleCard>> {
  return search(deps, actor, query, (ids) => deps.store.articles.findCardsByIds(ids))
}

async function search<T extends ArticleCard>(
  deps: Deps,
  actor: Actor | null,
  query: SearchQuery,
  read: (ids: string[]) => Promise<T[]>,
): Promise<SearchResults<T>> {
  const perPage = Math.min(Math.max(query.perPage ?? 10, 1), 50)
  const page = Math.min(Math.max(query.page ?? 1, 1), 1000)
  const filters = searchScope(actor, query)
  if (filters === null) return { items: [], total: 0, moreThanTotal: false, page, perPage }
  if (query.section !== undefined && query.section !== '') {
    const section = await deps.store.sections.findBySlug(query.section)
    if (section === null) return { items: [], total: 0, moreThanTotal: false, page, perPage }
    filters.sectionIds = sectionWithDescendants(await deps.store.sections.list(), section.id)
  }
  if (query.author !== undefined && query.author !== '') {
    const author = await deps.store.authors.findBySlug(query.author)
    if (author === null) return { items: [], total: 0, moreThanTotal: false, page, perPage }
    filters.authorId = author.id
  }
  const result = await deps.store.search(query.q, filters, perPage, (page - 1) * perPage)
  const articles = new Map(
    (await read(result.hits.map((h: SearchHit) => h.articleId))).map((a) => [a.id, a]),
  )
  const items = result.hits.flatMap((h) => {
    const article = articles.get(h.articleId)
    return article === undefined ? [] : [{ article, snippet: h.snippet, rank: h.rank }]
  })
  return {
    items,
    total: Math.min(result.total, searchCountCap),
    moreThanTotal: result.total > searchCountCap,
    page,
    perPage,
  }
}

/**
 * What a search may match, as `listArticles` decides for lists: the newsroom (authors and up)
 * every status; a contributor published stories, or in the newsroom's search (no status or an
 * unpublished one) their own work only; anonymous readers published stories. Null when nothing
 * can match (a status or an owner the actor may not see).
 */
function searchScope(actor: Actor | null, query: SearchQuery): SearchFilters | null {
  const self = actor?.kind === 'user' ? actor : null
  const isNewsroom = actor !== null && isAtLeast(roleOf(actor), 'author')
  const wantsAll = query.includeUnpublished === true && actor !== null
  const statuses: ArticleStatus[] =
    query.status !== undefined ? [query.status] : wantsAll ? [...articleStatuses] : ['published']
  const filters: SearchFilters = { statuses }
  if (query.createdBy !== undefined) {
    if (self === null || (!isNewsroom && self.userId !== query.createdBy)) return null
    const authorIds = self.userId === query.createdBy ? self.authorIds : []
    filters.ownedBy = { userId: query.createdBy, authorIds }
  }
  const isPublicOnly = statuses.length === 1 && statuses[0] === 'published'
  if (isNewsroom || isPublicOnly) return filters
  if (self === null) return null
  filters.ownedBy ??= { userId: self.userId, authorIds: self.authorIds }
  return filters
}

/** Public corrections of the given articles, oldest first per article. */
export async function correctionsFor(
  deps: Deps,
  articleIds: readonly string[],
): Promise<Correction[]> {
  return deps.store.corrections.listForArticles(articleIds)
}

/**
 * The note the story was last returned with, for the newsroom: null for anonymous readers and
 * once the story has moved on. Throws NotFoundError when the actor may not see the story.
 */
export async function returnNoteFor(
  deps: Deps,
  actor: Actor | null,
  id: string,
): Promise<ReturnNote | null> {
  await getArticle(deps, actor, id)
  return actor === null ? null : deps.store.returnNotes.find(id)
}

/** Revisions of an article the actor may see, newest first. Throws NotFoundError. */
export async function listRevisions(deps: Deps, actor: Actor, id: string) {
  await getArticle(deps, actor, id)
  const revisions = await deps.store.revisions.listForArticle(id)
  // Revisions keep who saved them by id; the history shows people by name.
  const ids = [
    ...new Set(revisions.flatMap((r) => (r.actorUserId !== null ? [r.actorUserId] : []))),
  ]
  const users = await Promise.all(ids.map((userId) => deps.store.users.findById(userId)))
  const names = new Map(users.flatMap((u) => (u !== null ? [[u.id, u.name] as const] : [])))
  return revisions.map((r) => ({
    ...r,
    actorName: (r.actorUserId !== null ? names.get(r.actorUserId) : undefined) ?? r.actorName,
  }))
}
