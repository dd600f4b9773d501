import type { Kysely, Selectable } from 'kysely'
import type { Role } from '../domain/roles.js'
import type { User } from '../domain/user.js'
import type { Database, UsersTable } from './schema.js'

type Db = Kysely<Database>

export interface UserRecord extends User {
  passwordHash: string | null
}

/** Accounts (e-mail addresses are stored lower-cased, so lookups are case-insensitive). */
export function usersRepo(db: Db) {
  return {
    async count(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select(db.fn.countAll<number>().as('n'))
        .executeTakeFirst()
      return Number(row?.n ?? 0)
    },
    async list(): Promise<User[]> {
      return (await db.selectFrom('users').selectAll().orderBy('name').execute()).map(rowToUser)
    },
    async findById(id: string): Promise<UserRecord | null> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
      return row === undefined ? null : rowToUser(row)
    },
    async findByEmail(email: string): Promise<UserRecord | null> {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', email.toLowerCase())
        .executeTakeFirst()
      return row === undefined ? null : rowToUser(row)
    },
    async insert(u: UserRecord, now: string): Promise<void> {
      await db
        .insertInto('users')
        .values({
          id: u.id,
          email: u.email.toLowerCase(),
          name: u.name,
          role: u.role,
          password_hash: u.passwordHash,
          created_at: now,
          updated_at: now,
          disabled_at: u.disabledAt,
          must_change_password: u.mustChangePassword ? 1 : 0,
        })
        .execute()
    },
    async update(u: UserRecord, now: string): Promise<void> {
      await db
        .updateTable('users')
        .set({
          email: u.email.toLowerCase(),
          name: u.name,
          role: u.role,
          password_hash: u.passwordHash,
          disabled_at: u.disabledAt,
          must_change_password: u.mustChangePassword ? 1 : 0,
          updated_at: now,
        })
        .where('id', '=', u.id)
        .execute()
    },
  }
}

function rowToUser(r: Selectable<UsersTable>): UserRecord {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role as Role,
    createdAt: r.created_at,
    disabledAt: r.disabled_at,
    mustChangePassword: Number(r.must_change_password) === 1,
    passwordHash: r.password_hash,
  }
}

export interface TokenRecord {
  id: string
  userId: string
  name: string
  tokenHash: string
  role: Role
  createdAt: string
  lastUsedAt: string | null
  revokedAt: string | null
}

/** API tokens, stored by their SHA-256 only: the token itself is shown once and never kept. */
export function tokensRepo(db: Db) {
  const map = (r: Selectable<Database['api_tokens']>): TokenRecord => ({
    id: r.id,
    userId: r.user_id,
    name: r.name,
    tokenHash: r.token_hash,
    role: r.role as Role,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  })
  return {
    async insert(t: TokenRecord): Promise<void> {
      await db
        .insertInto('api_tokens')
        .values({
          id: t.id,
          user_id: t.userId,
          name: t.name,
          token_hash: t.tokenHash,
          role: t.role,
          created_at: t.createdAt,
          last_used_at: null,
          revoked_at: null,
        })
        .execute()
    },
    async findByHash(hash: string): Promise<TokenRecord | null> {
      const row = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('token_hash', '=', hash)
        .executeTakeFirst()
      return row === undefined ? null : map(row)
    },
    async findById(id: string): Promise<TokenRecord | null> {
      const row = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row === undefined ? null : map(row)
    },
    async listForUser(userId: string): Promise<TokenRecord[]> {
      return (
        await db
          .selectFrom('api_tokens')
          .selectAll()
          .where('user_id', '=', userId)
          .orderBy('created_at', 'desc')
          .execute()
      ).map(map)
    },
    async touch(id: string, now: string): Promise<void> {
      await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute()
    },
    /** Revokes every live token of a user; returns how many. */
    async revokeAllForUser(userId: string, now: string): Promise<number> {
      const result = await db
        .updateTable('api_tokens')
        .set({ revoked_at: now })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows)
    },
    async revoke(id: string, now: string): Promise<void> {
      await db
        .updateTable('api_tokens')
        .set({ revoked_at: now })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute()
    },
  }
}

export interface SessionRecord {
  id: string
  userId: string
  csrfToken: string
  createdAt: string
  expiresAt: string
  lastSeenAt: string
  revokedAt: string | null
  ip: string | null
  userAgent: string | null
}

/** Server-side sessions, keyed by the SHA-256 of the cookie value. */
export function sessionsRepo(db: Db) {
  const map = (r: Selectable<Database['sessions']>): SessionRecord => ({
    id: r.id,
    userId: r.user_id,
    csrfToken: r.csrf_token,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastSeenAt: r.last_seen_at,
    revokedAt: r.revoked_at,
    ip: r.ip,
    userAgent: r.user_agent,
  })
  return {
    async insert(s: SessionRecord): Promise<void> {
      await db
        .insertInto('sessions')
        .values({
          id: s.id,
          user_id: s.userId,
          csrf_token: s.csrfToken,
          created_at: s.createdAt,
          expires_at: s.expiresAt,
          last_seen_at: s.lastSeenAt,
          revoked_at: null,
          ip: s.ip,
          user_agent: s.userAgent,
        })
        .execute()
    },
    async findById(id: string): Promise<SessionRecord | null> {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row === undefined ? null : map(row)
    },
    async listActiveForUser(userId: string, now: string): Promise<SessionRecord[]> {
      return (
        await db
          .selectFrom('sessions')
          .selectAll()
          .where('user_id', '=', userId)
          .where('revoked_at', 'is', null)
          .where('expires_at', '>', now)
          .orderBy('created_at', 'desc')
          .execute()
      ).map(map)
    },
    async touch(id: string, now: string): Promise<void> {
      await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute()
    },
    async revoke(id: string, now: string): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute()
    },
    async revokeAllForUser(userId: string, now: string, exceptId?: string): Promise<void> {
      let q = db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
      if (exceptId !== undefined) q = q.where('id', '!=', exceptId)
      await q.execute()
    },
  }
}
