import type { Kysely } from 'kysely'
import type { Dialect } from '../dialects/dialect.js'

/**
 * What importers need: a map from each source item (a WordPress post id, a Ghost post id) to the
 * row it became, so re-running an import updates instead of duplicating; and imported comments,
 * kept as JSON for the export until Masthead has comments of its own.
 */
export function imports(dialect: Dialect) {
  const ts = dialect.timestampType
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('import_sources')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('external_id', 'text', (c) => c.notNull())
        .addColumn('target_id', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .addPrimaryKeyConstraint('import_sources_pk', ['source', 'kind', 'external_id'])
        .execute()
      await db.schema
        .createIndex('import_sources_target_idx')
        .on('import_sources')
        .column('target_id')
        .execute()

      await db.schema
        .createTable('imported_comments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('external_id', 'text', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) =>
          c.notNull().references('articles.id').onDelete('cascade'),
        )
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addUniqueConstraint('imported_comments_source_uq', ['source', 'external_id'])
        .execute()
      await db.schema
        .createIndex('imported_comments_article_idx')
        .on('imported_comments')
        .column('article_id')
        .execute()
      // redirects.upsert re-points chains by to_path; without an index each import redirect scans.
      await db.schema
        .createIndex('redirects_to_path_idx')
        .on('redirects')
        .column('to_path')
        .execute()
    },
  }
}
