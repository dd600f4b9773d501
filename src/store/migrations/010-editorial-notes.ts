import type { Kysely } from 'kysely'
import type { Dialect } from '../dialects/dialect.js'

/**
 * Notes the newsroom leaves on a story:
 *
 * - `return_notes`: why an editor sent a story back to its writer (one per story, replaced by the
 *   next return and removed when the story moves on).
 * - corrections gain an edit time and a withdrawal (time, note, by whom); `correction_versions`
 *   keeps each earlier wording with the time it was replaced, so a public correction is never
 *   changed or removed silently.
 */
export function editorialNotes(dialect: Dialect) {
  const ts = dialect.timestampType
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('return_notes')
        .addColumn('article_id', 'text', (c) =>
          c.primaryKey().references('articles.id').onDelete('cascade'),
        )
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('by_user_id', 'text')
        .addColumn('by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()
      await db.schema.alterTable('corrections').addColumn('edited_at', ts).execute()
      await db.schema.alterTable('corrections').addColumn('withdrawn_at', ts).execute()
      await db.schema.alterTable('corrections').addColumn('withdrawn_note', 'text').execute()
      await db.schema.alterTable('corrections').addColumn('withdrawn_by', 'text').execute()
      await db.schema
        .createTable('correction_versions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('correction_id', 'text', (c) =>
          c.notNull().references('corrections.id').onDelete('cascade'),
        )
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('replaced_at', ts, (c) => c.notNull())
        .addColumn('replaced_by', 'text')
        .execute()
      await db.schema
        .createIndex('correction_versions_correction_idx')
        .on('correction_versions')
        .columns(['correction_id', 'replaced_at'])
        .execute()
    },
  }
}
