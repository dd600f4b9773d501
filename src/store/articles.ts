import type { Kysely, Selectable } from 'kysely'
import type { Article, ArticleKind, Ref } from '../domain/article.js'
import type { ArticleStatus } from '../domain/workflow.js'
import { sectionWithDescendants } from '../domain/taxonomy.js'
import type { Dialect, SearchRow } from './dialects/dialect.js'
import { chunks } from './chunks.js'
import {
  feedCursorAt,
  feedStateOf,
  listFeed,
  resyncFeedForSections,
  syncFeed,
  writeFeed,
} from './feed.js'
import { articleToRow, rowToArticle } from './article-rows.js'
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

/** Article rows and their ordered links to sections, tags and authors. */
export function articlesRepo(db: Db, dialect: Dialect) {
  async function refsFor(
    ids: readonly string[],
  ): Promise<Map<string, { sections: Ref[]; tags: Ref[]; authors: Ref[] }>> {
    const map = new Map<string, { sections: Ref[]; tags: Ref[]; authors: Ref[] }>()
    for (const id of ids) map.set(id, { sections: [], tags: [], authors: [] })
    if (ids.length === 0) return map
    const [sections, tags, authors] = await Promise.all([
      db
        .selectFrom('article_sections as l')
        .innerJoin('sections as t', 't.id', 'l.section_id')
        .select(['l.article_id', 't.id', 't.slug', 't.name'])
        .where('l.article_id', 'in', ids)
        .orderBy('l.position')
        .execute(),
      db
        .selectFrom('article_tags as l')
        .innerJoin('tags as t', 't.id', 'l.tag_id')
        .select(['l.article_id', 't.id', 't.slug', 't.name'])
        .where('l.article_id', 'in', ids)
        .orderBy('l.position')
        .execute(),
      db
        .selectFrom('article_authors as l')
        .innerJoin('authors as t', 't.id', 'l.author_id')
        .select(['l.article_id', 't.id', 't.slug', 't.name'])
        .where('l.article_id', 'in', ids)
        .orderBy('l.position')
        .execute(),
    ])
    for (const r of sections)
      map.get(r.article_id)?.sections.push({ id: r.id, slug: r.slug, name: r.name })
    for (const r of tags) map.get(r.article_id)?.tags.push({ id: r.id, slug: r.slug, name: r.name })
    for (const r of authors)
      map.get(r.article_id)?.authors.push({ id: r.id, slug: r.slug, name: r.name })
    return map
  }

  async function hydrate(rows: Row[]): Promise<Article[]> {
    const refs = await refsFor(rows.map((r) => r.id))
    return rows.map((r) =>
      rowToArticle(r, refs.get(r.id) ?? { sections: [], tags: [], authors: [] }),
    )
  }

  async function insertLinks(list: readonly Article[]): Promise<void> {
    const sections = list.flatMap((a) =>
      a.sections.map((s, position) => ({ article_id: a.id, section_id: s.id, position })),
    )
    const tags = list.flatMap((a) =>
      a.tags.map((t, position) => ({ article_id: a.id, tag_id: t.id, position })),
    )
    const authors = list.flatMap((a) =>
      a.authors.map((w, position) => ({ article_id: a.id, author_id: w.id, position })),
    )
    for (const part of chunks(sections))
      await db.insertInto('article_sections').values(part).execute()
    for (const part of chunks(tags)) await db.insertInto('article_tags').values(part).execute()
    for (const part of chunks(authors))
      await db.insertInto('article_authors').values(part).execute()
  }

  async function writeLinks(a: Article): Promise<void> {
    await db.deleteFrom('article_sections').where('article_id', '=', a.id).execute()
    await db.deleteFrom('article_tags').where('article_id', '=', a.id).execute()
    await db.deleteFrom('article_authors').where('article_id', '=', a.id).execute()
    await insertLinks([a])
  }

  const searchRow = (a: Article): SearchRow => ({
    id: a.id,
    headline: a.headline,
    dek: a.dek,
    body_text: a.bodyText,
  })

  /** Inserts new articles with their links, search rows and news-flow rows, a few statements per 100. */
  async function insertMany(list: readonly Article[]): Promise<void> {
    if (list.length === 0) return
    for (const part of chunks(list, 100))
      await db.insertInto('articles').values(part.map(articleToRow)).execute()
    await insertLinks(list)
    await dialect.indexArticles(db, list.map(searchRow), true)
    await writeFeed(db, list.map(feedStateOf), false)
  }

  return {
    insert: (a: Article): Promise<void> => insertMany([a]),
    insertMany,

    /** Writes the whole article if it is still at `expectedRevision`; false when someone saved first. */
    async updateIfRevision(a: Article, expectedRevision: number): Promise<boolean> {
      const { id: _id, created_at: _c, created_by: _b, ...row } = articleToRow(a)
      const result = await db
        .updateTable('articles')
        .set(row)
        .where('id', '=', a.id)
        .where('revision', '=', expectedRevision)
        .executeTakeFirst()
      if (Number(result.numUpdatedRows) !== 1) return false
      await writeLinks(a)
      await dialect.indexArticles(db, [searchRow(a)], false)
      await writeFeed(db, [feedStateOf(a)], true)
      return true
    },

    /**
     * Moves an article to `patch.status` only if it is still in one of `fromStatuses` (and, when given,
     * due by `dueBy`). Exactly one of several racing processes gets true: the scheduler's claim.
     */
    async claimStatus(
      id: string,
      fromStatuses: ArticleStatus[],
      expectedRevision: number,
      patch: {
        status: ArticleStatus
        published_at?: string | null
        scheduled_at?: string | null
        edited_at: string
        revision: number
      },
      dueBy?: string,
    ): Promise<boolean> {
      let q = db
        .updateTable('articles')
        .set(patch)
        .where('id', '=', id)
        .where('status', 'in', fromStatuses)
        .where('revision', '=', expectedRevision)
      if (dueBy !== undefined) q = q.where('scheduled_at', '<=', dueBy)
      const result = await q.executeTakeFirst()
      if (Number(result.numUpdatedRows) !== 1) return false
      await syncFeed(db, [id])
      return true
    },

    /** The public lists the article is in now (its news-flow keys), sorted. */
    async feedKeys(id: string): Promise<string[]> {
      const rows = await db
        .selectFrom('article_feed')
        .select('list_key')
        .where('article_id', '=', id)
        .orderBy('list_key')
        .execute()
      return rows.map((r) => r.list_key)
    },

    /** Rebuilds the news-flow rows of every article in these sections (after the tree changed). */
    resyncFeedForSections: (sectionIds: readonly string[]) => resyncFeedForSections(db, sectionIds),

    /** Sets the public “updated” date without a new revision (a correction changes no field). */
    async touchUpdatedAt(id: string, at: string): Promise<void> {
      await db.updateTable('articles').set({ updated_at: at }).where('id', '=', id).execute()
    },

    async findById(id: string): Promise<Article | null> {
      const row = await db
        .selectFrom('articles')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row === undefined ? null : ((await hydrate([row]))[0] ?? null)
    },

    async findBySlug(slug: string): Promise<Article | null> {
      const row = await db
        .selectFrom('articles')
        .selectAll()
        .where('slug', '=', slug)
        .executeTakeFirst()
      return row === undefined ? null : ((await hydrate([row]))[0] ?? null)
    },

    /** Articles by id, in the order of `ids` (missing ones left out). */
    async findManyByIds(ids: readonly string[]): Promise<Article[]> {
      if (ids.length === 0) return []
      const rows = await db.selectFrom('articles').selectAll().where('id', 'in', ids).execute()
      const byId = new Map((await hydrate(rows)).map((a) => [a.id, a]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },

    /** Which of these slugs articles have, and whose (slug → article id). */
    async slugOwners(slugs: readonly string[]): Promise<Map<string, string>> {
      const owners = new Map<string, string>()
      for (const part of chunks([...new Set(slugs)]))
        for (const r of await db
          .selectFrom('articles')
          .select(['id', 'slug'])
          .where('slug', 'in', part)
          .execute())
          owners.set(r.slug, r.id)
      return owners
    },

    async slugTaken(slug: string, exceptId?: string): Promise<boolean> {
      let q = db.selectFrom('articles').select('id').where('slug', '=', slug)
      if (exceptId !== undefined) q = q.where('id', '!=', exceptId)
      return (await q.executeTakeFirst()) !== undefined
    },

    async delete(id: string): Promise<void> {
      await dialect.unindexArticle(db, id)
      await db.deleteFrom('articles').where('id', '=', id).execute()
    },

    /** Ids of scheduled articles whose time has come. */
    async dueIds(now: string): Promise<string[]> {
      const rows = await db
        .selectFrom('articles')
        .select('id')
        .where('status', '=', 'scheduled')
        .where('scheduled_at', '<=', now)
        .orderBy('scheduled_at')
        .limit(100)
        .execute()
      return rows.map((r) => r.id)
    },

    /** One page of articles, newest first, by keyset (no OFFSET: page 500 costs what page 1 does). */
    async list(
      filter: ArticleListFilter,
      limit: number,
      cursor: ArticleCursor | null,
    ): Promise<ArticlePage> {
      const feedKey = publicFeedKey(filter)
      if (feedKey !== null) {
        const page = await listFeed(db, feedKey, limit, cursor)
        const rows =
          page.ids.length === 0
            ? []
            : await db.selectFrom('articles').selectAll().where('id', 'in', page.ids).execute()
        const byId = new Map((await hydrate(rows)).map((a) => [a.id, a]))
        return { items: page.ids.flatMap((id) => byId.get(id) ?? []), next: page.next }
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
    },

    /**
     * The first `limit` articles of several lists at once (a home page's section blocks, an
     * article's related stories): one index read per list, then one read of all their articles.
     */
    async firstOfLists(filters: readonly ArticleListFilter[], limit: number): Promise<Article[][]> {
      const keys = filters.map(publicFeedKey)
      if (keys.some((k) => k === null))
        return Promise.all(filters.map(async (f) => (await this.list(f, limit, null)).items))
      const lists = await Promise.all(
        keys.map(async (key) => (await listFeed(db, key ?? '', limit, null)).ids),
      )
      const ids = [...new Set(lists.flat())]
      const rows =
        ids.length === 0
          ? []
          : await db.selectFrom('articles').selectAll().where('id', 'in', ids).execute()
      const byId = new Map((await hydrate(rows)).map((a) => [a.id, a]))
      return lists.map((list) => list.flatMap((id) => byId.get(id) ?? []))
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

    async countByStatus(): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom('articles')
        .select(['status', db.fn.countAll<number>().as('n')])
        .groupBy('status')
        .execute()
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]))
    },
  }
}

export type ArticlesRepo = ReturnType<typeof articlesRepo>

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
