import type { Kysely } from 'kysely'
import type { Dialect } from '../dialects/dialect.js'
import { refreshArticleRefs } from '../article-refs.js'
import type { Database } from '../schema.js'

/**
 * Each article's sections, tags and bylines, with their names, copied into its own row (see
 * article-refs.ts), filled from the link tables for the articles already there.
 */
export function articleRefs(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const column of ['section_refs', 'tag_refs', 'author_refs'])
        await db.schema
          .alterTable('articles')
          .addColumn(column, 'text', (c) => c.notNull().defaultTo('[]'))
          .execute()
      const typed = db as Kysely<Database>
      const ids = await typed.selectFrom('articles').select('id').execute()
      await refreshArticleRefs(
        typed,
        dialect,
        ids.map((r) => r.id),
      )
    },
  }
}
