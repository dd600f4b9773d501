import type { FieldError } from '../../domain/errors.js'
import { DuplicateError, InvalidInputError, UnauthenticatedError } from '../../domain/errors.js'
import type { Actor, Role } from '../../domain/roles.js'
import { isRole, requireRole } from '../../domain/roles.js'
import { slugCandidates, slugify } from '../../domain/slug.js'
import type { User } from '../../domain/user.js'
import type { UserRecord } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
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
          jobTitle: null,
          expertise: [],
          profileLinks: [],
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
