import type { Kysely, Selectable } from 'kysely'
import type { ArticlePresenceTable, Database, ShareLinksTable } from './schema.js'

type Db = Kysely<Database>

export interface ShareLinkRecord {
  id: string
  articleId: string
  tokenHash: string
  createdBy: string | null
  createdAt: string
  expiresAt: string
  revokedAt: string | null
}

/** Share links of stories; the secret itself is never stored, only its hash. */
export function shareLinksRepo(db: Db) {
  const map = (r: Selectable<ShareLinksTable>): ShareLinkRecord => ({
    id: r.id,
    articleId: r.article_id,
    tokenHash: r.token_hash,
    createdBy: r.created_by,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
  })
  return {
    async insert(link: ShareLinkRecord): Promise<void> {
      await db
        .insertInto('share_links')
        .values({
          id: link.id,
          article_id: link.articleId,
          token_hash: link.tokenHash,
          created_by: link.createdBy,
          created_at: link.createdAt,
          expires_at: link.expiresAt,
          revoked_at: link.revokedAt,
        })
        .execute()
    },
    async findByHash(hash: string): Promise<ShareLinkRecord | null> {
      const row = await db
        .selectFrom('share_links')
        .selectAll()
        .where('token_hash', '=', hash)
        .executeTakeFirst()
      return row === undefined ? null : map(row)
    },
    /** A story's links still working at `now`, newest first. */
    async listLive(articleId: string, now: string): Promise<ShareLinkRecord[]> {
      const rows = await db
        .selectFrom('share_links')
        .selectAll()
        .where('article_id', '=', articleId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute()
      return rows.map(map)
    },
    /** Revokes one of a story's links; false when there is no such working link. */
    async revoke(articleId: string, id: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('share_links')
        .set({ revoked_at: now })
        .where('id', '=', id)
        .where('article_id', '=', articleId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
  }
}

interface PresenceRecord {
  articleId: string
  userId: string
  name: string
  since: string
  lastSeenAt: string
}

/** Who has each story open, one row per person and story. */
export function presenceRepo(db: Db) {
  const map = (r: Selectable<ArticlePresenceTable>): PresenceRecord => ({
    articleId: r.article_id,
    userId: r.user_id,
    name: r.name,
    since: r.since,
    lastSeenAt: r.last_seen_at,
  })
  return {
    async find(articleId: string, userId: string): Promise<PresenceRecord | null> {
      const row = await db
        .selectFrom('article_presence')
        .selectAll()
        .where('article_id', '=', articleId)
        .where('user_id', '=', userId)
        .executeTakeFirst()
      return row === undefined ? null : map(row)
    },
    async upsert(p: PresenceRecord): Promise<void> {
      const changes = { name: p.name, since: p.since, last_seen_at: p.lastSeenAt }
      await db
        .insertInto('article_presence')
        .values({ article_id: p.articleId, user_id: p.userId, ...changes })
        .onConflict((oc) => oc.columns(['article_id', 'user_id']).doUpdateSet(changes))
        .execute()
    },
    /** Everyone on a story seen at or after `seenSince`, longest-present first. */
    async listSeenSince(articleId: string, seenSince: string): Promise<PresenceRecord[]> {
      const rows = await db
        .selectFrom('article_presence')
        .selectAll()
        .where('article_id', '=', articleId)
        .where('last_seen_at', '>=', seenSince)
        .orderBy('since')
        .orderBy('user_id')
        .execute()
      return rows.map(map)
    },
    async remove(articleId: string, userId: string): Promise<void> {
      await db
        .deleteFrom('article_presence')
        .where('article_id', '=', articleId)
        .where('user_id', '=', userId)
        .execute()
    },
    /** Drops a story's rows not refreshed since `before` (people who left without saying so). */
    async removeStale(articleId: string, before: string): Promise<void> {
      await db
        .deleteFrom('article_presence')
        .where('article_id', '=', articleId)
        .where('last_seen_at', '<', before)
        .execute()
    },
  }
}
