import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type { Database } from './schema.js'

type Db = Kysely<Database>

/**
 * Rewrites one article's rows in `article_feed` from its current state: none unless it is a
 * published article; otherwise `all`, each section and every ancestor section, each tag and
 * each author. Called in the same transaction as every write that can change them.
 */
export async function syncFeed(db: Db, articleId: string): Promise<void> {
  await db.deleteFrom('article_feed').where('article_id', '=', articleId).execute()
  const live = sql`a.id = ${articleId} AND a.status = 'published' AND a.kind = 'article' AND a.published_at IS NOT NULL`
  await sql`INSERT INTO article_feed (list_key, published_at, article_id)
    SELECT 'all', a.published_at, a.id FROM articles a WHERE ${live}
    UNION SELECT 'tag:' || t.tag_id, a.published_at, a.id FROM articles a JOIN article_tags t ON t.article_id = a.id WHERE ${live}
    UNION SELECT 'author:' || w.author_id, a.published_at, a.id FROM articles a JOIN article_authors w ON w.article_id = a.id WHERE ${live}
    UNION SELECT 'section:' || up.id, a.published_at, a.id FROM articles a
      JOIN (WITH RECURSIVE up(article_id, id) AS (
              SELECT article_id, section_id FROM article_sections WHERE article_id = ${articleId}
              UNION SELECT up.article_id, p.parent_id FROM up JOIN sections p ON p.id = up.id WHERE p.parent_id IS NOT NULL)
            SELECT article_id, id FROM up) up ON up.article_id = a.id
      WHERE ${live}`.execute(db)
}

/** Re-syncs every article in the given sections (after a section moved in the tree). */
export async function resyncFeedForSections(db: Db, sectionIds: readonly string[]): Promise<void> {
  if (sectionIds.length === 0) return
  const rows = await db
    .selectFrom('article_sections')
    .select('article_id')
    .distinct()
    .where('section_id', 'in', sectionIds)
    .execute()
  for (const row of rows) await syncFeed(db, row.article_id)
}

export interface FeedCursor {
  at: string
  id: string
}

/** One page of a list's article ids, newest first: a single index range on (list_key, published_at, article_id). */
export async function listFeed(
  db: Db,
  listKey: string,
  limit: number,
  cursor: FeedCursor | null,
): Promise<{ ids: string[]; next: FeedCursor | null }> {
  let q = db
    .selectFrom('article_feed')
    .select(['article_id', 'published_at'])
    .where('list_key', '=', listKey)
  if (cursor !== null)
    q = q.where(sql<boolean>`(published_at, article_id) < (${cursor.at}, ${cursor.id})`)
  const rows = await q
    .orderBy('published_at', 'desc')
    .orderBy('article_id', 'desc')
    .limit(limit + 1)
    .execute()
  const page = rows.slice(0, limit)
  const last = page[page.length - 1]
  return {
    ids: page.map((r) => r.article_id),
    next:
      rows.length > limit && last !== undefined
        ? { at: last.published_at, id: last.article_id }
        : null,
  }
}

/** Total articles in a list (for "page N of M"); an index-only count. */
export async function countFeed(db: Db, listKey: string): Promise<number> {
  const row = await db
    .selectFrom('article_feed')
    .select(db.fn.countAll<number>().as('n'))
    .where('list_key', '=', listKey)
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** The position after the first `offset` entries of a list (for a bare `?page=N`): an index-only scan. */
export async function feedCursorAt(
  db: Db,
  listKey: string,
  offset: number,
): Promise<FeedCursor | null> {
  if (offset <= 0) return null
  const row = await db
    .selectFrom('article_feed')
    .select(['published_at', 'article_id'])
    .where('list_key', '=', listKey)
    .orderBy('published_at', 'desc')
    .orderBy('article_id', 'desc')
    .offset(offset - 1)
    .limit(1)
    .executeTakeFirst()
  return row === undefined ? null : { at: row.published_at, id: row.article_id }
}
