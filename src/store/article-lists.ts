import type { Kysely } from 'kysely'
import type { Article, ArticleCard, ArticleKind } from '../domain/article.js'
import { allStories, authorList, sectionList, tagList } from '../domain/lists.js'
import type { ListKey } from '../domain/lists.js'
import { sectionWithDescendants } from '../domain/taxonomy.js'
import type { ArticleStatus } from '../domain/workflow.js'
import { feedCursorAt, listFeed } from './news-flow.js'
import type { Database } from './schema.js'
import { listSections } from './taxonomy.js'

type Db = Kysely<Database>

export interface ArticleListFilter {
  statuses?: ArticleStatus[]
  kind?: ArticleKind
  /** A section and, with it, every section below it. */
  sectionId?: string
  tagId?: string
  authorId?: string
  /** Someone's own work: created by the user, or under one of their bylines. */
  ownedBy?: { userId: string; authorIds: readonly string[] }
  /** `published`: newest publication first (the public flow); `edited`: last saved first (the newsroom). */
  order?: 'published' | 'edited'
}

/** Keyset position: the sort value and id of the last item on the previous page. */
export interface ArticleCursor {
  at: string
  id: string
}

/** One page of a list: whole articles by default, or cards. */
export interface ArticlePage<T = Article> {
  items: T[]
  next: ArticleCursor | null
}

/** Items of a list by id, in the order of `ids` (ids with no item left out). */
export function inOrderOf<T extends { id: string }>(
  ids: readonly string[],
  items: readonly T[],
): T[] {
  const byId = new Map(items.map((a) => [a.id, a]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/**
 * The list reads of the articles repository: public lists from the news-flow table, the
 * newsroom's filtered lists, and keyset cursors. A list is read as ids first, then as whole
 * articles (`readArticles`: feeds, the API) or as cards without bodies (`readCards`: pages).
 */
export function articleListReads(
  db: Db,
  readArticles: (ids: readonly string[]) => Promise<Article[]>,
  readCards: (ids: readonly string[]) => Promise<ArticleCard[]>,
  readListCards: (listKey: string, limit: number) => Promise<ArticleCard[]>,
) {
  /** One page of ids, newest first, by keyset (no OFFSET: page 500 costs what page 1 does). */
  async function listIds(
    filter: ArticleListFilter,
    limit: number,
    cursor: ArticleCursor | null,
  ): Promise<{ ids: string[]; next: ArticleCursor | null }> {
    const feedKey = publicFeedKey(filter)
    if (feedKey !== null) return listFeed(db, feedKey, limit, cursor)
    const sectionIds = await descendantsOf(db, filter.sectionId)
    const rows = await generalListQuery(db, filter, sectionIds, cursor, limit + 1).execute()
    const page = rows.slice(0, limit)
    const last = page[page.length - 1]
    const next =
      rows.length > limit && last !== undefined ? { at: String(last.at), id: last.id } : null
    return { ids: page.map((r) => r.id), next }
  }

  /** The first `limit` ids of several lists: one index read per list. */
  function firstIds(filters: readonly ArticleListFilter[], limit: number): Promise<string[][]> {
    return Promise.all(filters.map(async (f) => (await listIds(f, limit, null)).ids))
  }

  return {
    /** One page of whole articles, newest first. */
    async list(
      filter: ArticleListFilter,
      limit: number,
      cursor: ArticleCursor | null,
    ): Promise<ArticlePage> {
      const page = await listIds(filter, limit, cursor)
      return { items: inOrderOf(page.ids, await readArticles(page.ids)), next: page.next }
    },

    /** One page of articles without their bodies, newest first. */
    async listCards(
      filter: ArticleListFilter,
      limit: number,
      cursor: ArticleCursor | null,
    ): Promise<ArticlePage<ArticleCard>> {
      const page = await listIds(filter, limit, cursor)
      return { items: inOrderOf(page.ids, await readCards(page.ids)), next: page.next }
    },

    /**
     * The first `limit` cards of several lists at once (a home page's section blocks): one index
     * read per list, then one read of all their articles.
     */
    async firstOfLists(
      filters: readonly ArticleListFilter[],
      limit: number,
    ): Promise<ArticleCard[][]> {
      const lists = await firstIds(filters, limit)
      const cards = await readCards([...new Set(lists.flat())])
      return lists.map((ids) => inOrderOf(ids, cards))
    },

    /**
     * Up to `limit` distinct cards from several lists taken in turn (all of the first list, then
     * the second…), leaving out `except`: an article's related stories. A list is read only when
     * the ones before it gave fewer than `limit`.
     */
    async firstDistinct(
      filters: readonly ArticleListFilter[],
      limit: number,
      except: string,
    ): Promise<ArticleCard[]> {
      // Lists are read in turn, and only until enough are chosen: the first usually suffices.
      // A public list gives its cards in the same read as its order.
      const firstCards = async (filter: ArticleListFilter): Promise<ArticleCard[]> => {
        const feedKey = publicFeedKey(filter)
        if (feedKey !== null) return readListCards(feedKey, limit + 1)
        const { ids } = await listIds(filter, limit + 1, null)
        return inOrderOf(ids, await readCards(ids))
      }
      const chosen = new Map<string, ArticleCard>()
      for (const filter of filters) {
        if (chosen.size >= limit) break
        for (const card of await firstCards(filter))
          if (card.id !== except && chosen.size < limit && !chosen.has(card.id))
            chosen.set(card.id, card)
      }
      return [...chosen.values()]
    },

    /**
     * The keyset cursor after the first `offset` articles of a list, or null when the list is
     * shorter. Reads only the sort key and id (an index scan), so a bare `?page=N` link stays cheap;
     * pages reached by following links carry their cursor and skip this.
     */
    async cursorAt(filter: ArticleListFilter, offset: number): Promise<ArticleCursor | null> {
      const feedKey = publicFeedKey(filter)
      if (feedKey !== null) return feedCursorAt(db, feedKey, offset)
      const key = filter.order === 'edited' ? 'edited_at' : 'published_at'
      const row = await filtered(db, filter, await descendantsOf(db, filter.sectionId))
        .select([`a.${key} as at`, 'a.id'])
        .orderBy(`a.${key}`, 'desc')
        .orderBy('a.id', 'desc')
        .offset(offset - 1)
        .limit(1)
        .executeTakeFirst()
      return row === undefined || row.at === null ? null : { at: String(row.at), id: row.id }
    },
  }
}

/** The feed list a public query reads, or null when the query needs the general path. */
function publicFeedKey(f: ArticleListFilter): ListKey | null {
  const isPublic =
    f.statuses?.length === 1 &&
    f.statuses[0] === 'published' &&
    (f.order ?? 'published') === 'published'
  if (!isPublic || f.ownedBy !== undefined || (f.kind !== undefined && f.kind !== 'article'))
    return null
  const filters = [
    f.sectionId === undefined ? null : sectionList(f.sectionId),
    f.tagId === undefined ? null : tagList(f.tagId),
    f.authorId === undefined ? null : authorList(f.authorId),
  ].filter((k) => k !== null)
  if (filters.length > 1) return null
  return filters[0] ?? allStories
}

/** A section and every section below it, for the general (newsroom) list path. */
async function descendantsOf(db: Db, sectionId: string | undefined): Promise<string[] | undefined> {
  return sectionId === undefined
    ? undefined
    : sectionWithDescendants(await listSections(db), sectionId)
}

/**
 * A list no news-flow list serves (the newsroom's filters, a kind, combined filters): ids and
 * their sort key, newest first, from `cursor` on. Exported so that its plan can be checked.
 */
export function generalListQuery(
  db: Db,
  filter: ArticleListFilter,
  sectionIds: string[] | undefined,
  cursor: ArticleCursor | null,
  limit: number,
) {
  const key = filter.order === 'edited' ? 'edited_at' : 'published_at'
  let q = filtered(db, filter, sectionIds).select(['a.id', `a.${key} as at`])
  if (cursor !== null) {
    q = q.where(({ eb, or, and }) =>
      or([
        eb(`a.${key}`, '<', cursor.at),
        and([eb(`a.${key}`, '=', cursor.at), eb('a.id', '<', cursor.id)]),
      ]),
    )
  }
  return q.orderBy(`a.${key}`, 'desc').orderBy('a.id', 'desc').limit(limit)
}

/** The articles matching a list filter (statuses, kind, section, tag, author), not yet ordered. */
function filtered(db: Db, filter: ArticleListFilter, sectionIds: string[] | undefined) {
  const key = filter.order === 'edited' ? 'edited_at' : 'published_at'
  let q = db.selectFrom('articles as a')
  if (filter.statuses !== undefined) q = q.where('a.status', 'in', filter.statuses)
  if (filter.kind !== undefined) q = q.where('a.kind', '=', filter.kind)
  const { ownedBy } = filter
  if (ownedBy !== undefined)
    q = q.where(({ eb, or }) =>
      or([
        eb('a.created_by', '=', ownedBy.userId),
        ...(ownedBy.authorIds.length > 0
          ? [
              eb(
                'a.id',
                'in',
                db
                  .selectFrom('article_authors')
                  .select('article_id')
                  .where('author_id', 'in', [...ownedBy.authorIds]),
              ),
            ]
          : []),
      ]),
    )
  if (key === 'published_at') q = q.where('a.published_at', 'is not', null)
  const { tagId, authorId } = filter
  // Each link filter is one uncorrelated subquery over its link table's (link id, article id) index.
  if (sectionIds !== undefined)
    q = q.where(
      'a.id',
      'in',
      db.selectFrom('article_sections').select('article_id').where('section_id', 'in', sectionIds),
    )
  if (tagId !== undefined)
    q = q.where(
      'a.id',
      'in',
      db.selectFrom('article_tags').select('article_id').where('tag_id', '=', tagId),
    )
  if (authorId !== undefined)
    q = q.where(
      'a.id',
      'in',
      db.selectFrom('article_authors').select('article_id').where('author_id', '=', authorId),
    )
  return q
}
