import type { Kysely, Selectable } from 'kysely'
import type { AccountTokensTable, Database } from './schema.js'

type Db = Kysely<Database>

interface ThrottleRecord {
  key: string
  failures: number
  windowStart: string
  blockedUntil: string | null
}

/** Failed sign-in counters, in the database so that every app process sees the same ones. */
export function throttleRepo(db: Db) {
  return {
    async find(key: string): Promise<ThrottleRecord | null> {
      const row = await db
        .selectFrom('login_throttle')
        .selectAll()
        .where('key', '=', key)
        .executeTakeFirst()
      return row === undefined
        ? null
        : {
            key: row.key,
            failures: row.failures,
            windowStart: row.window_start,
            blockedUntil: row.blocked_until,
          }
    },
    async save(r: ThrottleRecord): Promise<void> {
      const values = {
        failures: r.failures,
        window_start: r.windowStart,
        blocked_until: r.blockedUntil,
      }
      await db
        .insertInto('login_throttle')
        .values({ key: r.key, ...values })
        .onConflict((oc) => oc.column('key').doUpdateSet(values))
        .execute()
    },
    async clear(key: string): Promise<void> {
      await db.deleteFrom('login_throttle').where('key', '=', key).execute()
    },
  }
}

export type AccountTokenKind = 'invitation' | 'reset'

interface AccountTokenRecord {
  id: string
  kind: AccountTokenKind
  userId: string
  tokenHash: string
  createdAt: string
  expiresAt: string
  usedAt: string | null
  createdBy: string | null
}

/** Invitation and password-reset tokens (single use: `consume` succeeds once). */
export function accountTokensRepo(db: Db) {
  const map = (r: Selectable<AccountTokensTable>): AccountTokenRecord => ({
    id: r.id,
    kind: r.kind as AccountTokenKind,
    userId: r.user_id,
    tokenHash: r.token_hash,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    usedAt: r.used_at,
    createdBy: r.created_by,
  })
  return {
    async insert(t: AccountTokenRecord): Promise<void> {
      await db
        .insertInto('account_tokens')
        .values({
          id: t.id,
          kind: t.kind,
          user_id: t.userId,
          token_hash: t.tokenHash,
          created_at: t.createdAt,
          expires_at: t.expiresAt,
          used_at: null,
          created_by: t.createdBy,
        })
        .execute()
    },
    async findByHash(hash: string): Promise<AccountTokenRecord | null> {
      const row = await db
        .selectFrom('account_tokens')
        .selectAll()
        .where('token_hash', '=', hash)
        .executeTakeFirst()
      return row === undefined ? null : map(row)
    },
    /** Marks an unused token used; false when another request used it first. */
    async consume(id: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('account_tokens')
        .set({ used_at: now })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    /** How many tokens of one kind were issued to a user since a moment (used ones too). */
    async countIssuedSince(userId: string, kind: AccountTokenKind, since: string): Promise<number> {
      const row = await db
        .selectFrom('account_tokens')
        .select(db.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .where('kind', '=', kind)
        .where('created_at', '>', since)
        .executeTakeFirst()
      return Number(row?.n ?? 0)
    },
    /** Voids a user's unused tokens of one kind (a new reset link replaces the old one). */
    async voidUnused(userId: string, kind: AccountTokenKind, now: string): Promise<void> {
      await db
        .updateTable('account_tokens')
        .set({ used_at: now })
        .where('user_id', '=', userId)
        .where('kind', '=', kind)
        .where('used_at', 'is', null)
        .execute()
    },
  }
}
