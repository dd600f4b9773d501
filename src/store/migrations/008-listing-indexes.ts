import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * Two indexes for lists that no news-flow list serves:
 *
 * - `articles_sitemap_idx`: the publication and update times of published, indexable stories,
 *   and nothing else, so the sitemap index counts stories per month and finds each month's last
 *   change from the index alone. It read every published row before (0.4–0.7 s at 100,000
 *   stories, holding up every other request on SQLite).
 * - `articles_kind_status_published_idx`: lists of one kind (the API's `kind=page`), newest first,
 *   as one index range; by status and date alone, finding the few pages among 100,000 stories
 *   read every published row.
 *
 * The partial index's condition is written with literals, as the queries that use it must be:
 * SQLite uses a partial index only when the query's WHERE names the same values.
 */
export function listingIndexes() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`CREATE INDEX IF NOT EXISTS articles_sitemap_idx
        ON articles (published_at, updated_at)
        WHERE status = 'published' AND noindex = 0`.execute(db)
      await db.schema
        .createIndex('articles_kind_status_published_idx')
        .ifNotExists()
        .on('articles')
        .columns(['kind', 'status', 'published_at', 'id'])
        .execute()
    },
  }
}
