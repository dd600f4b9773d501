import { timingSafeEqual } from 'node:crypto'
import { InvalidInputError, NotFoundError, UnauthenticatedError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import type { User } from '../../domain/user.js'
import type { SessionRecord } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit, nowIso, sha256 } from '../deps.js'
import { hashPassword, passwordProblems, verifyPassword } from './passwords.js'
import { recordFailure, requireNotThrottled, throttleKeys, throttleLimits } from './throttle.js'
import { actorForUser } from './users.js'

export const sessionLifetimeMs = 14 * 24 * 3_600_000

/**
 * An argon2id hash of a random, forgotten password with our parameters: unknown e-mail addresses
 * and accounts without a password are verified against it, so every failed sign-in does the
 * same work and takes about the same time.
 */
const dummyHash =
  '$argon2id$v=19$m=19456,t=2,p=1$QNhgB2sJCpvc1hXiKXWqKA$tF4+x3Zbfms+t6E1bAcaxC61TmfRkcPxOWVpj/dcdyA'

export interface SignIn {
  email: string
  password: string
  ip: string
  userAgent?: string
}

interface NewSession {
  user: User
  /** The cookie value; only its SHA-256 is stored. */
  secret: string
  session: SessionRecord
}

const publicUser = ({ passwordHash: _h, ...user }: User & { passwordHash?: unknown }): User => user

/**
 * Signs in with e-mail and password and opens a server-side session. Wrong password, unknown
 * address and disabled account give the same UnauthenticatedError; TooManyRequestsError once
 * the account or address has failed too often.
 */
export async function signIn(deps: Deps, input: SignIn): Promise<NewSession> {
  const keys = throttleKeys(input.email, input.ip)
  await requireNotThrottled(deps, [keys.account, keys.address])
  const user = await deps.store.users.findByEmail(input.email.trim())
  const isValid = await verifyPassword(user?.passwordHash ?? dummyHash, input.password)
  if (user === null || user.passwordHash === null || user.disabledAt !== null || !isValid) {
    await deps.store.transaction(async (tx) => {
      await recordFailure(tx, deps, keys.account, throttleLimits.perAccount)
      await recordFailure(tx, deps, keys.address, throttleLimits.perAddress)
      await tx.audit.record({
        at: nowIso(deps),
        actorUserId: null,
        actorName: 'anonymous',
        action: 'session.failed',
        subjectType: 'user',
        subjectId: user?.id ?? null,
        ip: input.ip,
      })
    })
    throw new UnauthenticatedError('The e-mail address or the password is wrong.')
  }
  const now = deps.clock.now()
  const secret = deps.ids.secret(32)
  const session: SessionRecord = {
    id: sha256(secret),
    userId: user.id,
    csrfToken: deps.ids.secret(24),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + sessionLifetimeMs).toISOString(),
    lastSeenAt: now.toISOString(),
    revokedAt: null,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  }
  const actor = await actorForUser(deps, user.id, undefined, input.ip)
  await deps.store.transaction(async (tx) => {
    await tx.throttle.clear(keys.account)
    await tx.sessions.insert(session)
    await audit(tx, deps, actor, 'session.create', { type: 'session', id: session.id })
  })
  return { user: publicUser(user), secret, session }
}

/** The actor and session behind a session cookie. Throws UnauthenticatedError when invalid. */
export async function authenticateSession(
  deps: Deps,
  secret: string,
  ip?: string,
): Promise<{ actor: Actor & { kind: 'user' }; session: SessionRecord }> {
  const session = await deps.store.sessions.findById(sha256(secret))
  const now = nowIso(deps)
  if (session === null || session.revokedAt !== null || session.expiresAt <= now)
    throw new UnauthenticatedError('The session has ended; sign in again.')
  const actor = (await actorForUser(deps, session.userId, undefined, ip)) as Actor & {
    kind: 'user'
  }
  // Record activity at most once a minute: a read should not cost a write every time.
  if (Date.parse(now) - Date.parse(session.lastSeenAt) > 60_000)
    await deps.store.sessions.touch(session.id, now)
  return { actor, session }
}

/** True when the header carries the session's CSRF token (compared in constant time). */
export function isCsrfTokenValid(session: SessionRecord, sent: string | undefined): boolean {
  if (sent === undefined) return false
  const a = Buffer.from(session.csrfToken)
  const b = Buffer.from(sent)
  return a.length === b.length && timingSafeEqual(a, b)
}

const userOf = (actor: Actor): string => {
  if (actor.kind !== 'user') throw new UnauthenticatedError('Sign in first.')
  return actor.userId
}

/** The signed-in user's open sessions, newest first. */
export async function listSessions(deps: Deps, actor: Actor): Promise<SessionRecord[]> {
  return deps.store.sessions.listActiveForUser(userOf(actor), nowIso(deps))
}

/** Ends one of the actor's own sessions (sign-out is this with the current one). Throws NotFoundError. */
export async function revokeSession(deps: Deps, actor: Actor, id: string): Promise<void> {
  const userId = userOf(actor)
  const session = await deps.store.sessions.findById(id)
  if (session === null || session.userId !== userId || session.revokedAt !== null)
    throw new NotFoundError('session', id)
  await deps.store.transaction(async (tx) => {
    await tx.sessions.revoke(id, nowIso(deps))
    await audit(tx, deps, actor, 'session.revoke', { type: 'session', id })
  })
}

/**
 * Changes the actor's password after checking the current one (this also clears the demand to
 * replace a one-time password), and ends every other session.
 * Throws InvalidInputError (wrong current password, weak new one).
 */
export async function changePassword(
  deps: Deps,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; keepSessionId?: string },
): Promise<void> {
  const user = await deps.store.users.findById(userOf(actor))
  if (user === null) throw new UnauthenticatedError('This account no longer exists.')
  const isValid = await verifyPassword(user.passwordHash ?? dummyHash, input.currentPassword)
  const errors = passwordProblems(input.newPassword, user.email).map((e) => ({
    ...e,
    field: 'newPassword',
  }))
  if (!isValid || user.passwordHash === null)
    errors.unshift({ field: 'currentPassword', message: 'is not your current password' })
  if (errors.length > 0) throw new InvalidInputError('The password was not changed.', errors)
  const passwordHash = await hashPassword(input.newPassword)
  await deps.store.transaction(async (tx) => {
    const now = nowIso(deps)
    await tx.users.update({ ...user, passwordHash, mustChangePassword: false }, now)
    await tx.sessions.revokeAllForUser(user.id, now, input.keepSessionId)
    await audit(tx, deps, actor, 'user.password', { type: 'user', id: user.id })
  })
}

/**
 * Whether a one-time password (printed at the first run) still signs in to its account and the
 * account has still to choose its own: false once it was changed or the account is gone.
 */
export async function oneTimePasswordHolds(
  deps: Deps,
  input: { email: string; password: string },
): Promise<boolean> {
  const user = await deps.store.users.findByEmail(input.email)
  return (
    user !== null &&
    user.mustChangePassword &&
    user.passwordHash !== null &&
    (await verifyPassword(user.passwordHash, input.password))
  )
}
