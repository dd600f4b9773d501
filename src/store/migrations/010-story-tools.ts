import type { Kysely } from 'kysely'
import type { Dialect } from '../dialects/dialect.js'

/**
 * Two tables behind the newsroom's story tools:
 *
 * - `share_links`: links that show an outside reader a story's latest saved version. Only the
 *   SHA-256 of the secret is kept, as for API tokens; a link stops working when it expires or is
 *   revoked.
 * - `article_presence`: who has a story open in the editor, one row per person and story, kept
 *   fresh by heartbeats. In the database, not in memory, so that every app process sees the same
 *   editors.
 */
export function storyTools(dialect: Dialect) {
  const ts = dialect.timestampType
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('share_links')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('article_id', 'text', (c) =>
          c.notNull().references('articles.id').onDelete('cascade'),
        )
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_by', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('expires_at', ts, (c) => c.notNull())
        .addColumn('revoked_at', ts)
        .execute()
      await db.schema
        .createIndex('share_links_article_idx')
        .on('share_links')
        .columns(['article_id', 'created_at'])
        .execute()

      await db.schema
        .createTable('article_presence')
        .addColumn('article_id', 'text', (c) =>
          c.notNull().references('articles.id').onDelete('cascade'),
        )
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('since', ts, (c) => c.notNull())
        .addColumn('last_seen_at', ts, (c) => c.notNull())
        .addPrimaryKeyConstraint('article_presence_pk', ['article_id', 'user_id'])
        .execute()
    },
  }
}
