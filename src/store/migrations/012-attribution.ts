import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type { Dialect } from '../dialects/dialect.js'

/**
 * Attributed reporting (docs/attribution.md):
 *
 * - `articles.attributions` and `articles.sources`: the story's attributions and sources as JSON
 *   text (read and written whole with the article, like its body). Existing stories get `[]`.
 * - `entities`: the people and organisations stories quote. `search_key` holds the name and
 *   aliases folded (lower case, no diacritics), one per line, so a search matches "Šefčovič"
 *   when typed "sefcovic" on both databases. A merged entity keeps its row with `merged_into`.
 */
export function attribution(dialect: Dialect) {
  const ts = dialect.timestampType
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('articles')
        .addColumn('attributions', 'text', (c) => c.notNull().defaultTo(sql`'[]'`))
        .execute()
      await db.schema
        .alterTable('articles')
        .addColumn('sources', 'text', (c) => c.notNull().defaultTo(sql`'[]'`))
        .execute()

      await db.schema
        .createTable('entities')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('aliases', 'text', (c) => c.notNull().defaultTo(sql`'[]'`))
        .addColumn('description', 'text')
        .addColumn('wikidata_id', 'text')
        .addColumn('merged_into', 'text', (c) => c.references('entities.id'))
        .addColumn('search_key', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema.createIndex('entities_name_idx').on('entities').columns(['name']).execute()
    },
  }
}
