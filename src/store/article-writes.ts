/**
 * The write side of the articles repository: an article's row with its refs, its ordered links to
 * sections, tags and authors, its search row and its news-flow rows, written together.
 */
import type { Kysely } from 'kysely'
import type { Article } from '../domain/article.js'
import type { ArticleStatus } from '../domain/workflow.js'
import { refsOf } from './article-refs.js'
import { articleToRow } from './article-rows.js'
import { chunks } from './chunks.js'
import type { Dialect, SearchRow } from './dialects/dialect.js'
import { feedStateOf, resyncFeedForSections, syncFeed, writeFeed } from './news-flow.js'
import type { Database } from './schema.js'

type Db = Kysely<Database>

/** Inserts, revision-checked updates, status claims and deletes of articles. */
export function articleWrites(db: Db, dialect: Dialect) {
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

    /** Rebuilds the news-flow rows of every article in these sections (after the tree changed). */
    resyncFeedForSections: (sectionIds: readonly string[]) => resyncFeedForSections(db, sectionIds),

    /** Sets the public “updated” date without a new revision (a correction changes no field). */
    async touchUpdatedAt(id: string, at: string): Promise<void> {
      await db.updateTable('articles').set({ updated_at: at }).where('id', '=', id).execute()
    },

    async delete(id: string): Promise<void> {
      await dialect.unindexArticle(db, id)
      await db.deleteFrom('articles').where('id', '=', id).execute()
    },
  }
}
