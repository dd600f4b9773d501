import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type { Article, ArticleCard, Correction, CorrectionKind, Ref } from '../domain/article.js'
import type { ListKey } from '../domain/lists.js'
import type { ArticleStatus } from '../domain/workflow.js'
import { isoInstant, withHistory } from './corrections.js'
import type { Dialect, SearchRow } from './dialects/dialect.js'
import { refsOf } from './article-refs.js'
import { chunks } from './chunks.js'
import { feedStateOf, resyncFeedForSections, syncFeed, writeFeed } from './news-flow.js'
import { articleListReads, inOrderOf } from './article-lists.js'
import type { CardRow } from './article-rows.js'
import { articleToRow, cardColumns, rowToArticle, rowToCard } from './article-rows.js'
import { reusableQuery, rowLimit } from './reusable-query.js'
import type { Database } from './schema.js'

type Db = Kysely<Database>

/** The card's columns named with their table (a list's rows are joined to the articles). */
const qualifiedCardColumns = cardColumns.map((c) => `articles.${c}` as const)

/** The refs a card shows, beside its own columns (see article-refs.ts). */
const cardRefColumns = ['section_refs', 'author_refs'] as const

/** A card's row with its refs, as the domain's ArticleCard. */
function cardOf(r: CardRow & { section_refs: string; author_refs: string }): ArticleCard {
  return rowToCard(r, { sections: refsIn(r.section_refs), authors: refsIn(r.author_refs) })
}

/** An article's whole row, refs included, as the domain's Article. */
function articleOf(r: Parameters<typeof rowToArticle>[0]): Article {
  return rowToArticle(r, {
    sections: refsIn(r.section_refs),
    tags: refsIn(r.tag_refs),
    authors: refsIn(r.author_refs),
  })
}

/** A JSON column's value: a string on SQLite, already parsed by the client on PostgreSQL. */
function jsonColumn(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value
}

/** A refs column's JSON as refs. */
function refsIn(value: string): Ref[] {
  const tuples = JSON.parse(value) as [string, string, string][]
  return tuples.map(([id, slug, name]) => ({ id, slug, name }))
}

/**
 * Corrections read as JSON. Instants come back as each database writes them in JSON: PostgreSQL's
 * with an offset rather than `Z`, normalised here to the ISO form the rest of the store gives.
 */
function correctionsIn(articleId: string, value: unknown): Correction[] {
  type Tuple = [string, string, string, string, string | null, string | null, string | null]
  const tuples = jsonColumn(value) as Tuple[]
  return tuples.map(([id, kind, text, createdAt, editedAt, withdrawnAt, withdrawnNote]) => ({
    id,
    articleId,
    kind: kind as CorrectionKind,
    text,
    createdAt: isoInstant(createdAt),
    editedAt: editedAt === null ? null : isoInstant(editedAt),
    history: [],
    withdrawn:
      withdrawnAt === null ? null : { at: isoInstant(withdrawnAt), note: withdrawnNote ?? '' },
  }))
}

export type { ArticleCursor, ArticleListFilter, ArticlePage } from './article-lists.js'

/** Article rows and their ordered links to sections, tags and authors. */
export function articlesRepo(db: Db, dialect: Dialect) {
  /** The story's corrections, oldest first, as JSON arrays (`correctionsIn` reads them). */
  const correctionRows = sql<unknown>`(SELECT ${dialect.jsonArrays(
    [
      sql.ref('c.id'),
      sql.ref('c.kind'),
      sql.ref('c.text'),
      sql.ref('c.created_at'),
      sql.ref('c.edited_at'),
      sql.ref('c.withdrawn_at'),
      sql.ref('c.withdrawn_note'),
    ],
    sql`${sql.ref('c.created_at')}, ${sql.ref('c.id')}`,
  )} FROM corrections c WHERE c.article_id = ${sql.ref('articles.id')})`.as('correction_rows')

  /** Whole article rows, their refs included. */
  const articleRows = (q: Db) => q.selectFrom('articles').selectAll()

  const articlesWhere = reusableQuery(
    (q, column: 'id' | 'slug', values: readonly string[]) =>
      articleRows(q).where(column, 'in', values),
    (column, values) => `${column}:${values.length}`,
    (_column, values) => values,
  )

  /** Whole articles where `column` is one of `values`, in no particular order. */
  async function readArticlesWhere(
    column: 'id' | 'slug',
    values: readonly string[],
  ): Promise<Article[]> {
    if (values.length === 0) return []
    return (await articlesWhere(db, column, values)).map(articleOf)
  }

  const storyWhere = reusableQuery(
    (q, column: 'id' | 'slug', value: string) =>
      articleRows(q).select(correctionRows).where(column, '=', value),
    (column) => column,
    (_column, value) => [value],
  )

  /**
   * An article with its corrections, by id or slug: what a story's page shows of it, in one
   * statement (each statement also takes and releases SQLite's read lock).
   */
  async function readStory(
    column: 'id' | 'slug',
    value: string,
  ): Promise<{ article: Article; corrections: Correction[] } | null> {
    const r = (await storyWhere(db, column, value))[0]
    if (r === undefined) return null
    // Earlier wordings are read only for a story whose corrections were edited.
    const corrections = await withHistory(db, correctionsIn(r.id, r.correction_rows))
    return { article: articleOf(r), corrections }
  }

  /** Whole articles by id, in no particular order (missing ones left out). */
  const readArticles = (ids: readonly string[]): Promise<Article[]> => readArticlesWhere('id', ids)

  const cardsById = reusableQuery(
    (q, ids: readonly string[]) =>
      q
        .selectFrom('articles')
        .select([...cardColumns, ...cardRefColumns])
        .where('id', 'in', ids),
    (ids) => String(ids.length),
    (ids) => ids,
  )

  /** Articles without their bodies by id, in no particular order (missing ones left out). */
  async function readCards(ids: readonly string[]): Promise<ArticleCard[]> {
    if (ids.length === 0) return []
    const rows = await cardsById(db, ids)
    return rows.map(cardOf)
  }

  const cardsOfList = reusableQuery(
    (q, listKey: string, limit: number) =>
      q
        .selectFrom('article_feed')
        .innerJoin('articles', 'articles.id', 'article_feed.article_id')
        .select([...qualifiedCardColumns, ...cardRefColumns.map((c) => `articles.${c}` as const)])
        .where('article_feed.list_key', '=', listKey)
        .orderBy('article_feed.published_at', 'desc')
        .orderBy('article_feed.article_id', 'desc')
        .limit(rowLimit(limit)),
    (_listKey: string, limit: number) => String(limit),
    (listKey) => [listKey],
  )

  /** The first `limit` cards of a public list, newest first: its ids and cards in one read. */
  async function readListCards(listKey: string, limit: number): Promise<ArticleCard[]> {
    const rows = await cardsOfList(db, listKey, limit)
    return rows.map(cardOf)
  }

  /** Writes the links of articles whose rows (and refs, `refsOf`) were just written. */
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
    await dialect.lockRefs(db, 'shared')
    for (const part of chunks(list, 100))
      await db
        .insertInto('articles')
        .values(part.map((a) => ({ ...articleToRow(a), ...refsOf(dialect, a) })))
        .execute()
    await insertLinks(list)
    await dialect.indexArticles(db, list.map(searchRow), true)
    await writeFeed(db, list.map(feedStateOf), false)
  }

  return {
    insert: (a: Article): Promise<void> => insertMany([a]),
    insertMany,

    /** Writes the whole article if it is still at `expectedRevision`; false when someone saved first. */
    async updateIfRevision(a: Article, expectedRevision: number): Promise<boolean> {
      // Before the row's own lock: a rename holding the refs lock may be waiting for this row.
      await dialect.lockRefs(db, 'shared')
      const { id: _id, created_at: _c, created_by: _b, ...row } = articleToRow(a)
      const result = await db
        .updateTable('articles')
        .set({ ...row, ...refsOf(dialect, a) })
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
    async feedKeys(id: string): Promise<ListKey[]> {
      const rows = await db
        .selectFrom('article_feed')
        .select('list_key')
        .where('article_id', '=', id)
        .orderBy('list_key')
        .execute()
      // The column holds only keys written by `listsOfStory`.
      return rows.map((r) => r.list_key as ListKey)
    },

    /** Rebuilds the news-flow rows of every article in these sections (after the tree changed). */
    resyncFeedForSections: (sectionIds: readonly string[]) => resyncFeedForSections(db, sectionIds),

    /** Sets the public “updated” date without a new revision (a correction changes no field). */
    async touchUpdatedAt(id: string, at: string): Promise<void> {
      await db.updateTable('articles').set({ updated_at: at }).where('id', '=', id).execute()
    },

    findById: async (id: string): Promise<Article | null> =>
      (await readArticlesWhere('id', [id]))[0] ?? null,

    findBySlug: async (slug: string): Promise<Article | null> =>
      (await readArticlesWhere('slug', [slug]))[0] ?? null,

    /** An article and its public corrections (oldest first) by id or slug, in one read. */
    findStory: readStory,

    /** Articles by id, in the order of `ids` (missing ones left out). */
    findManyByIds: async (ids: readonly string[]): Promise<Article[]> =>
      inOrderOf(ids, await readArticles(ids)),

    /** Articles without their bodies by id, in the order of `ids` (missing ones left out). */
    findCardsByIds: async (ids: readonly string[]): Promise<ArticleCard[]> =>
      inOrderOf(ids, await readCards(ids)),

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

    ...articleListReads(db, readArticles, readCards, readListCards),

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
