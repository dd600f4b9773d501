import type { Kysely, Selectable } from 'kysely'
import type { Revision, RevisionSnapshot } from '../domain/article.js'
import { chunks } from './chunks.js'
import type { Database } from './schema.js'

type Db = Kysely<Database>

/** Every save of an article, as a full snapshot. */
export function revisionsRepo(db: Db) {
  const map = (r: Selectable<Database['revisions']>): Revision => ({
    id: r.id,
    articleId: r.article_id,
    revision: r.revision,
    // Snapshots written before migration 014 have no work type or dateline: they were news.
    snapshot: {
      workType: 'news',
      dateline: null,
      ...(JSON.parse(r.snapshot) as Partial<RevisionSnapshot>),
    } as RevisionSnapshot,
    createdAt: r.created_at,
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
  })
  const toRow = (r: Revision) => ({
    id: r.id,
    article_id: r.articleId,
    revision: r.revision,
    snapshot: JSON.stringify(r.snapshot),
    created_at: r.createdAt,
    actor_user_id: r.actorUserId,
    actor_name: r.actorName,
  })
  return {
    async insert(r: Revision): Promise<void> {
      await db.insertInto('revisions').values(toRow(r)).execute()
    },
    async insertMany(list: readonly Revision[]): Promise<void> {
      for (const part of chunks(list, 200))
        await db.insertInto('revisions').values(part.map(toRow)).execute()
    },
    async listForArticle(articleId: string): Promise<Revision[]> {
      return (
        await db
          .selectFrom('revisions')
          .selectAll()
          .where('article_id', '=', articleId)
          .orderBy('revision', 'desc')
          .execute()
      ).map(map)
    },
    async find(articleId: string, revision: number): Promise<Revision | null> {
      const row = await db
        .selectFrom('revisions')
        .selectAll()
        .where('article_id', '=', articleId)
        .where('revision', '=', revision)
        .executeTakeFirst()
      return row === undefined ? null : map(row)
    },
  }
}
