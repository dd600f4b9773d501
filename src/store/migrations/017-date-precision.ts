import type { Kysely } from 'kysely'

/**
 * `articles.published_precision` (issue 22): 'day' when the source of an imported story gave its
 * date without a time, so the story shows that date and never an invented “00:00”; null when the
 * publication time is exact (every story written or published in Masthead).
 */
export function datePrecision() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('articles').addColumn('published_precision', 'text').execute()
    },
  }
}
