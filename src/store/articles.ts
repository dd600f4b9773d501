import type { Kysely } from 'kysely'
import type { Article, ArticleCard } from '../domain/article.js'
import type { ListKey } from '../domain/lists.js'
import { articleListReads, inOrderOf } from './article-lists.js'
import { articleReads } from './article-reads.js'
import { articleWrites } from './article-writes.js'
import { chunks } from './chunks.js'
import type { Dialect } from './dialects/dialect.js'
import type { Database } from './schema.js'

type Db = Kysely<Database>

export type { ArticleCursor, ArticleListFilter, ArticlePage } from './article-lists.js'

/**
 * Article rows and their ordered links to sections, tags and authors: the writes
 * (`article-writes.ts`), the reads by id, slug and list (`article-reads.ts`, `article-lists.ts`)
 * and the small lookups below.
 */
export function articlesRepo(db: Db, dialect: Dialect) {
  const { readArticlesWhere, readArticles, readStory, readCards, readListCards } = articleReads(
    db,
    dialect,
  )

  return {
    ...articleWrites(db, dialect),

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
