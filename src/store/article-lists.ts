import type { Kysely, Selectable } from 'kysely'
import type { Article, ArticleKind } from '../domain/article.js'
import { sectionWithDescendants } from '../domain/taxonomy.js'
import type { ArticleStatus } from '../domain/workflow.js'
import { feedCursorAt, listFeed } from './feed.js'
import type { ArticlesTable, Database } from './schema.js'
import { sectionsRepo } from './taxonomy.js'

type Db = Kysely<Database>
type Row = Selectable<ArticlesTable>

export interface ArticleListFilter {
  statuses?: ArticleStatus[]
  kind?: ArticleKind
  /** A section and, with it, every section below it. */
  sectionId?: string
  tagId?: string
  authorId?: string
  createdBy?: string
  /** `published`: newest publication first (the public flow); `edited`: last saved first (the newsroom). */
  order?: 'published' | 'edited'
}

/** Keyset position: the sort value and id of the last item on the previous page. */
export interface ArticleCursor {
  at: string
  id: string
}

export interface ArticlePage {
  items: Article[]
  next: ArticleCursor | null
}

/**
 * The list reads of the articles repository: public lists from the news-flow table, the
 * newsroom's filtered lists, and keyset cursors. `hydrate` turns rows into articles with links.
 */
export function articleListReads(db: Db, hydrate: (rows: Row[]) => Promise<Article[]>) {
  /** Articles by id, one read for all the lists, each list in its own order. */
  async function inOrder(lists: readonly (readonly string[])[]): Promise<Article[][]> {
    const ids = [...new Set(lists.flat())]
    const rows =
      ids.length === 0
        ? []
        : await db.selectFrom('articles').selectAll().where('id', 'in', ids).execute()
    const byId = new Map((await hydrate(rows)).map((a) => [a.id, a]))
    return lists.map((l) => l.flatMap((id) => byId.get(id) ?? []))
  }

  /** One page of articles, newest first, by keyset (no OFFSET: page 500 costs what page 1 does). */
  async function list(
    filter: ArticleListFilter,
    limit: number,
    cursor: ArticleCursor | null,
  ): Promise<ArticlePage> {
    const feedKey = publicFeedKey(filter)
    if (feedKey !== null) {
      const page = await listFeed(db, feedKey, limit, cursor)
      const [items = []] = await inOrder([page.ids])
      return { items, next: page.next }
    }
    const key = filter.order === 'edited' ? 'edited_at' : 'published_at'
    const sectionIds = await descendantsOf(db, filter.sectionId)
    let q = filtered(db, filter, sectionIds).selectAll('a')
    if (cursor !== null) {
      q = q.where(({ eb, or, and }) =>
        or([
          eb(`a.${key}`, '<', cursor.at),
          and([eb(`a.${key}`, '=', cursor.at), eb('a.id', '<', cursor.id)]),
        ]),
      )
    }
    const rows = await q
      .orderBy(`a.${key}`, 'desc')
      .orderBy('a.id', 'desc')
      .limit(limit + 1)
      .execute()
    const page = rows.slice(0, limit)
    const last = page[page.length - 1]
    const next =
      rows.length > limit && last !== undefined ? { at: String(last[key]), id: last.id } : null
    return { items: await hydrate(page), next }
  }

  return {
    list,
    /**
     * The first `limit` articles of several lists at once (a home page's section blocks, an
     * article's related stories): one index read per list, then one read of all their articles.
     */
    async firstOfLists(filters: readonly ArticleListFilter[], limit: number): Promise<Article[][]> {
      const keys = filters.map(publicFeedKey)
      if (keys.some((k) => k === null))
        return Promise.all(filters.map(async (f) => (await list(f, limit, null)).items))
      const lists = await Promise.all(
        keys.map(async (key) => (await listFeed(db, key ?? '', limit, null)).ids),
      )
      return inOrder(lists)
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
function publicFeedKey(f: ArticleListFilter): string | null {
  const isPublic =
    f.statuses?.length === 1 &&
    f.statuses[0] === 'published' &&
    (f.order ?? 'published') === 'published'
  if (!isPublic || f.createdBy !== undefined || (f.kind !== undefined && f.kind !== 'article'))
    return null
  const filters = [
    f.sectionId === undefined ? null : `section:${f.sectionId}`,
    f.tagId === undefined ? null : `tag:${f.tagId}`,
    f.authorId === undefined ? null : `author:${f.authorId}`,
  ].filter((k) => k !== null)
  if (filters.length > 1) return null
  return filters[0] ?? 'all'
}

/** A section and every section below it, for the general (newsroom) list path. */
async function descendantsOf(db: Db, sectionId: string | undefined): Promise<string[] | undefined> {
  return sectionId === undefined
    ? undefined
    : sectionWithDescendants(await sectionsRepo(db).list(), sectionId)
}

/** The articles matching a list filter (statuses, kind, section, tag, author), not yet ordered. */
function filtered(db: Db, filter: ArticleListFilter, sectionIds: string[] | undefined) {
  const key = filter.order === 'edited' ? 'edited_at' : 'published_at'
  let q = db.selectFrom('articles as a')
  if (filter.statuses !== undefined) q = q.where('a.status', 'in', filter.statuses)
  if (filter.kind !== undefined) q = q.where('a.kind', '=', filter.kind)
  if (filter.createdBy !== undefined) q = q.where('a.created_by', '=', filter.createdBy)
  if (key === 'published_at') q = q.where('a.published_at', 'is not', null)
  const { tagId, authorId } = filter
  if (sectionIds !== undefined) {
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('article_sections as s')
          .select('s.article_id')
          .whereRef('s.article_id', '=', 'a.id')
          .where('s.section_id', 'in', sectionIds),
      ),
    )
  }
  if (tagId !== undefined) {
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('article_tags as t')
          .select('t.article_id')
          .whereRef('t.article_id', '=', 'a.id')
          .where('t.tag_id', '=', tagId),
      ),
    )
  }
  if (authorId !== undefined) {
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('article_authors as w')
          .select('w.article_id')
          .whereRef('w.article_id', '=', 'a.id')
          .where('w.author_id', '=', authorId),
      ),
    )
  }
  return q
}
