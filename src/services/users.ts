import type { FieldError } from '../domain/errors.js'
import {
  DuplicateError,
  InvalidInputError,
  NotFoundError,
  UnauthenticatedError,
} from '../domain/errors.js'
import type { Actor, Role } from '../domain/roles.js'
import { isAtLeast, isRole, requireRole, roleOf } from '../domain/roles.js'
import { slugCandidates, slugify } from '../domain/slug.js'
import type { User } from '../domain/user.js'
import type { TokenRecord, UserRecord } from '../store/index.js'
import type { Deps } from './deps.js'
import { audit, nowIso, sha256 } from './deps.js'
import { hashPassword, passwordProblems } from './passwords.js'

export interface UserInput {
  email: string
  name: string
  role: Role
  /**
   * Omitted: a strong one-time password is generated and returned once, and the account must
   * change it at its first sign-in.
   */
  password?: string
  /** Also create a byline profile tied to the account (default: every role but admin). */
  byline?: boolean
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Creates an account (admins only) with an argon2id password hash and, by default, its byline.
 * Returns the user and, when none was given, the generated password (shown once).
 * Throws ForbiddenError, InvalidInputError or DuplicateError.
 */
export async function createUser(
  deps: Deps,
  actor: Actor,
  input: UserInput,
): Promise<{ user: User; password: string | null }> {
  requireRole(actor, 'admin', 'create accounts')
  const errors: FieldError[] = []
  const email = input.email.trim().toLowerCase()
  const name = input.name.trim()
  if (!emailPattern.test(email) || email.length > 254)
    errors.push({ field: 'email', message: 'is not an e-mail address' })
  if (name === '' || name.length > 120)
    errors.push({ field: 'name', message: 'must be 1 to 120 characters' })
  if (!isRole(input.role))
    errors.push({ field: 'role', message: 'must be contributor, author, editor or admin' })
  const generated = input.password === undefined ? deps.ids.secret(15) : null
  const password = input.password ?? generated ?? ''
  errors.push(...passwordProblems(password, email))
  if (errors.length > 0) throw new InvalidInputError('The account is invalid.', errors)
  const passwordHash = await hashPassword(password)
  const { user, bylineId } = await deps.store.transaction(async (tx) => {
    if ((await tx.users.findByEmail(email)) !== null)
      throw new DuplicateError('user', 'email', email)
    const now = nowIso(deps)
    const record: UserRecord = {
      id: deps.ids.uuid(),
      email,
      name,
      role: input.role,
      passwordHash,
      createdAt: now,
      disabledAt: null,
      // A generated password has been shown to someone else (a log, a terminal): replace it first.
      mustChangePassword: generated !== null,
    }
    await tx.users.insert(record, now)
    let bylineId: string | null = null
    if (input.byline ?? input.role !== 'admin') {
      let slug = ''
      for (const candidate of slugCandidates(slugify(name))) {
        if ((await tx.authors.findBySlug(candidate)) === null) {
          slug = candidate
          break
        }
      }
      bylineId = deps.ids.uuid()
      await tx.authors.insert(
        {
          id: bylineId,
          slug,
          name,
          bio: '',
          photoMediaId: null,
          links: [],
          userId: record.id,
          isWire: false,
        },
        now,
      )
    }
    await audit(
      tx,
      deps,
      actor,
      'user.create',
      { type: 'user', id: record.id },
      { email, role: input.role },
    )
    const { passwordHash: _h, ...user } = record
    return { user, bylineId }
  })
  // A new byline profile is listed publicly (e.g. `GET /api/v1/authors`).
  if (bylineId !== null) deps.events.emit({ type: 'author.changed', authorId: bylineId })
  return { user, password: generated }
}

/** The actor a user acts as: their role, and the byline profiles that make articles their own. */
export async function actorForUser(
  deps: Deps,
  userId: string,
  role?: Role,
  ip?: string,
): Promise<Actor> {
  const user = await deps.store.users.findById(userId)
  if (user === null || user.disabledAt !== null)
    throw new UnauthenticatedError('This account does not exist or is disabled.')
  const authorIds = await deps.store.authors.idsForUser(userId)
  return {
    kind: 'user',
    userId,
    role: role ?? user.role,
    authorIds,
    name: user.name,
    ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
    ...(ip !== undefined ? { ip } : {}),
  }
}

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
