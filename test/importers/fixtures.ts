import type { Article } from '../../src/domain/article.js'
import type { TestDb } from '../support/database.js'

export {
  fixture,
  requireShared,
  sharedFixture,
  sharedMissing,
  skipWithoutShared,
} from '../support/fixtures.js'

/** The article a source item (a WordPress post id, a Ghost post id) became on import. */
export async function importedArticle(db: TestDb, externalId: string): Promise<Article> {
  const row = await db.store.db
    .selectFrom('import_sources')
    .select('target_id')
    .where('external_id', '=', externalId)
    .where('kind', '=', 'article')
    .executeTakeFirstOrThrow()
  const article = await db.store.articles.findById(row.target_id)
  if (article === null) throw new Error(`no article for ${externalId}`)
  return article
}
