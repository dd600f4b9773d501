import type { ReturnNote } from '../domain/article.js'
import type { Kysely } from 'kysely'
import type { Database } from './schema.js'

type Db = Kysely<Database>

/** The note a story was last returned with (one per story). */
export function returnNotesRepo(db: Db) {
  return {
    async find(articleId: string): Promise<ReturnNote | null> {
      const row = await db
        .selectFrom('return_notes')
        .select(['text', 'by_name', 'created_at'])
        .where('article_id', '=', articleId)
        .executeTakeFirst()
      return row === undefined ? null : { text: row.text, by: row.by_name, at: row.created_at }
    },
    /** Replaces the story's note. */
    async put(articleId: string, note: ReturnNote, byUserId: string | null): Promise<void> {
      await db.deleteFrom('return_notes').where('article_id', '=', articleId).execute()
      await db
        .insertInto('return_notes')
        .values({
          article_id: articleId,
          text: note.text,
          by_user_id: byUserId,
          by_name: note.by,
          created_at: note.at,
        })
        .execute()
    },
    async clear(articleId: string): Promise<void> {
      await db.deleteFrom('return_notes').where('article_id', '=', articleId).execute()
    },
  }
}
