import type { Kysely } from 'kysely'
import type { Dialect } from '../dialects/dialect.js'

/**
 * `attribution_suggestions`: attributions the suggester proposed for a story (on import or when
 * asked through the API), kept as proposals with the words that triggered them until someone
 * accepts or dismisses them. `relayed` is JSON (`{ outlet, url, date }`) or null; `block`,
 * `start_offset`, `end_offset` locate the quote (or sentence) in the body the story had then.
 */
export function attributionSuggestions(dialect: Dialect) {
  const ts = dialect.timestampType
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('attribution_suggestions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('article_id', 'text', (c) =>
          c.notNull().references('articles.id').onDelete('cascade'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('speaker_name', 'text')
        .addColumn('role', 'text')
        .addColumn('sourcing', 'text', (c) => c.notNull())
        .addColumn('relayed', 'text')
        .addColumn('description', 'text')
        .addColumn('quote', 'text')
        .addColumn('trigger', 'text', (c) => c.notNull())
        .addColumn('block', 'integer', (c) => c.notNull())
        .addColumn('start_offset', 'integer', (c) => c.notNull())
        .addColumn('end_offset', 'integer', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('decided_at', ts)
        .addColumn('decided_by', 'text')
        .execute()
      await db.schema
        .createIndex('attribution_suggestions_article_idx')
        .on('attribution_suggestions')
        .columns(['article_id', 'status', 'position'])
        .execute()
    },
  }
}
