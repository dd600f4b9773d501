import type { Kysely } from 'kysely'

/**
 * Trust labels (issue 20):
 *
 * - `articles.work_type`: the type of work (news, analysis, opinion, review, explainer,
 *   sponsored); existing stories are news. `articles.dateline`: where a story was reported from,
 *   or null.
 * - `authors.job_title`, `authors.expertise` (JSON list of subjects) and `authors.profile_links`
 *   (JSON list of http(s) URLs of the same person elsewhere): what a byline says about its author.
 */
export function trustLabels() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('articles')
        .addColumn('work_type', 'text', (c) => c.notNull().defaultTo('news'))
        .execute()
      await db.schema.alterTable('articles').addColumn('dateline', 'text').execute()
      await db.schema.alterTable('authors').addColumn('job_title', 'text').execute()
      await db.schema
        .alterTable('authors')
        .addColumn('expertise', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute()
      await db.schema
        .alterTable('authors')
        .addColumn('profile_links', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute()
    },
  }
}
