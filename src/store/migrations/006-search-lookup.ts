import type { Kysely } from 'kysely'
import type { Dialect } from '../dialects/dialect.js'

/**
 * SQLite search joins each full-text match to its article to filter by status and order by date.
 * Reading those two columns from the article row itself loads pages of long rows (bodies); this
 * index holds them beside the id, so the join never touches the table. (PostgreSQL searches the
 * articles table through its own GIN index and needs nothing here.)
 */
export function searchLookup(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect.name !== 'sqlite') return
      await db.schema
        .createIndex('articles_search_lookup_idx')
        .ifNotExists()
        .on('articles')
        .columns(['id', 'status', 'published_at'])
        .execute()
    },
  }
}
