import type { Kysely } from 'kysely'
import type { Dialect } from '../dialects/dialect.js'

/**
 * Sign-in throttling shared by every app process (one row per account or address), and the
 * single-use tokens behind invitations and password resets (stored as SHA-256 only).
 */
export function accounts(dialect: Dialect) {
  const ts = dialect.timestampType
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('login_throttle')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('window_start', ts, (c) => c.notNull())
        .addColumn('blocked_until', ts)
        .execute()

      await db.schema
        .createTable('account_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('expires_at', ts, (c) => c.notNull())
        .addColumn('used_at', ts)
        .addColumn('created_by', 'text')
        .execute()
      await db.schema
        .createIndex('account_tokens_user_idx')
        .on('account_tokens')
        .columns(['user_id', 'kind'])
        .execute()
    },
  }
}
