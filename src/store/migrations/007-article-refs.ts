import type { Kysely } from 'kysely'
import type { Dialect } from '../dialects/dialect.js'
import { refreshAllRefs } from '../article-refs.js'

const columns = ['section_refs', 'tag_refs', 'author_refs']

/**
 * Each article's sections, tags and bylines, with their names, copied into its own row (see
 * article-refs.ts), filled from the link tables for the articles already there, in one statement.
 *
 * Safe to run again after it was interrupted: SQLite runs a migration's statements outside a
 * transaction, so a stop between them leaves columns that exist and are not yet filled; a column
 * already there is not added again, and filling is repeated.
 *
 * Stop every process of an older version before migrating (README): one still running would write
 * links without the copy.
 */
export function articleRefs(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const tables = await db.introspection.getTables()
      const existing = new Set(
        tables.find((t) => t.name === 'articles')?.columns.map((c) => c.name) ?? [],
      )
      for (const column of columns)
        if (!existing.has(column))
          await db.schema
            .alterTable('articles')
            .addColumn(column, 'text', (c) => c.notNull().defaultTo('[]'))
            .execute()
      await refreshAllRefs(db, dialect)
    },
  }
}
