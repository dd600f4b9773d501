/** API tokens: created once and shown once, read by their hash, listed and revoked by their owner. */
import { InvalidInputError, NotFoundError, UnauthenticatedError } from '../../domain/errors.js'
import type { Actor, Role } from '../../domain/roles.js'
import { isAtLeast, requireRole, roleOf } from '../../domain/roles.js'
import type { TokenRecord } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit, nowIso, sha256 } from '../deps.js'
import { actorForUser } from './users.js'

const tokenPrefix = 'mh_'

/**
 * Creates an API token for a user, at their role or lower; the token is returned once and only
 * its SHA-256 is stored. Throws ForbiddenError, NotFoundError or InvalidInputError.
 */
export async function createApiToken(
  deps: Deps,
  actor: Actor,
  input: { email: string; name?: string; role?: Role },
): Promise<{ token: string; record: TokenRecord }> {
  const user = await deps.store.users.findByEmail(input.email)
  if (user === null) throw new NotFoundError('user', input.email)
  const isSelf = actor.kind === 'user' && actor.userId === user.id
  if (!isSelf) requireRole(actor, 'admin', 'create tokens for other people')
  const role = input.role ?? user.role
  if (!isAtLeast(user.role, role) || (actor.kind === 'user' && !isAtLeast(roleOf(actor), role))) {
    throw new InvalidInputError('A token cannot have more rights than its owner.', [
      { field: 'role', message: `at most ${user.role}` },
    ])
  }
  const token = `${tokenPrefix}${deps.ids.secret(32)}`
  const record: TokenRecord = {
    id: deps.ids.uuid(),
    userId: user.id,
    name: (input.name ?? 'API token').trim().slice(0, 120),
    tokenHash: sha256(token),
    role,
    createdAt: nowIso(deps),
    lastUsedAt: null,
    revokedAt: null,
  }
  await deps.store.transaction(async (tx) => {
    await tx.tokens.insert(record)
    await audit(
      tx,
      deps,
      actor,
      'token.create',
      { type: 'api_token', id: record.id },
      { userId: user.id, role },
    )
  })
  return { token, record }
}

/** The actor behind a bearer token. Throws UnauthenticatedError for unknown, revoked or disabled ones. */
export async function authenticateToken(deps: Deps, token: string, ip?: string): Promise<Actor> {
  if (!token.startsWith(tokenPrefix)) throw new UnauthenticatedError('The API token is not valid.')
  const record = await deps.store.tokens.findByHash(sha256(token))
  if (record === null || record.revokedAt !== null)
    throw new UnauthenticatedError('The API token is not valid or has been revoked.')
  await deps.store.tokens.touch(record.id, nowIso(deps))
  const user = await deps.store.users.findById(record.userId)
  // A token never acts above its owner's current role (they may have been demoted since).
  const role = user !== null && !isAtLeast(user.role, record.role) ? user.role : record.role
  return actorForUser(deps, record.userId, role, ip)
}

/** The actor's own API tokens, newest first (hashes included only for the store's sake). */
export async function listTokens(deps: Deps, actor: Actor): Promise<TokenRecord[]> {
  if (actor.kind !== 'user') return []
  return deps.store.tokens.listForUser(actor.userId)
}

/** Revokes a token at once: one's own, or anyone's for admins. Throws NotFoundError. */
export async function revokeToken(deps: Deps, actor: Actor, id: string): Promise<void> {
  const token = await deps.store.tokens.findById(id)
  const isOwn = token !== null && actor.kind === 'user' && token.userId === actor.userId
  if (token === null || token.revokedAt !== null) throw new NotFoundError('token', id)
  if (!isOwn) {
    try {
      requireRole(actor, 'admin')
    } catch {
      throw new NotFoundError('token', id) // never confirm that someone else's token exists
    }
  }
  await deps.store.transaction(async (tx) => {
    await tx.tokens.revoke(id, nowIso(deps))
    await audit(tx, deps, actor, 'token.revoke', { type: 'api_token', id })
  })
}

/**
 * Revokes every API token of the signed-in user at once (the one in use too); returns how many.
 * Throws UnauthenticatedError for the system.
 */
export async function revokeOwnTokens(deps: Deps, actor: Actor): Promise<number> {
  if (actor.kind !== 'user') throw new UnauthenticatedError('Sign in first.')
  return deps.store.transaction(async (tx) => {
    const revoked = await tx.tokens.revokeAllForUser(actor.userId, nowIso(deps))
    await audit(
      tx,
      deps,
      actor,
      'token.revoke-all',
      { type: 'user', id: actor.userId },
      { revoked },
    )
    return revoked
  })
}
