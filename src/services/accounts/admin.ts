import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  UnauthenticatedError,
} from '../../domain/errors.js'
import type { Actor, Role } from '../../domain/roles.js'
import { requireRole } from '../../domain/roles.js'
import type { User } from '../../domain/user.js'
import type { AuditEntry } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'

/** Every account, by name (admins only). Throws ForbiddenError. */
export async function listUsers(deps: Deps, actor: Actor): Promise<User[]> {
  requireRole(actor, 'admin', 'list accounts')
  return deps.store.users.list()
}

export interface UserChange {
  name?: string
  role?: Role
  /** true disables the account and ends its sessions; false enables it again. */
  disabled?: boolean
}

/**
 * Changes an account's name, role or state (admins only). An admin cannot demote or disable
 * themselves, so a publication always keeps one. Throws ForbiddenError, NotFoundError,
 * InvalidInputError or ConflictError.
 */
export async function updateUser(
  deps: Deps,
  actor: Actor,
  id: string,
  change: UserChange,
): Promise<User> {
  requireRole(actor, 'admin', 'change accounts')
  const isSelf = actor.kind === 'user' && actor.userId === id
  if (
    isSelf &&
    ((change.role !== undefined && change.role !== 'admin') || change.disabled === true)
  )
    throw new ConflictError('You cannot demote or disable your own account; ask another admin.')
  const name = change.name?.trim()
  if (name !== undefined && (name === '' || name.length > 120))
    throw new InvalidInputError('The account is invalid.', [
      { field: 'name', message: 'must be 1 to 120 characters' },
    ])
  return deps.store.transaction(async (tx) => {
    const user = await tx.users.findById(id)
    if (user === null) throw new NotFoundError('user', id)
    const now = nowIso(deps)
    const next = {
      ...user,
      name: name ?? user.name,
      role: change.role ?? user.role,
      disabledAt:
        change.disabled === undefined
          ? user.disabledAt
          : change.disabled
            ? (user.disabledAt ?? now)
            : null,
    }
    await tx.users.update(next, now)
    if (next.disabledAt !== null) await tx.sessions.revokeAllForUser(id, now)
    await audit(tx, deps, actor, 'user.update', { type: 'user', id }, { ...change })
    const { passwordHash: _h, ...rest } = next
    return rest
  })
}

/** A page of the audit log, newest first (admins only). Throws ForbiddenError. */
export async function listAuditLog(
  deps: Deps,
  actor: Actor,
  query: { action?: string; subjectId?: string; limit?: number; before?: number },
): Promise<(AuditEntry & { id: number })[]> {
  requireRole(actor, 'admin', 'read the audit log')
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 200)
  const entries = await deps.store.audit.list(
    {
      ...(query.action !== undefined ? { action: query.action } : {}),
      ...(query.subjectId !== undefined ? { subjectId: query.subjectId } : {}),
    },
    limit,
    query.before ?? null,
  )
  // Rows written before names were recorded carry the user's id as the name: show the name.
  const names = new Map<string, string>()
  for (const e of entries) {
    if (e.actorUserId === null || e.actorName !== e.actorUserId || names.has(e.actorUserId))
      continue
    const user = await deps.store.users.findById(e.actorUserId)
    names.set(e.actorUserId, user?.name ?? e.actorName)
  }
  return entries.map((e) =>
    e.actorUserId !== null && e.actorName === e.actorUserId
      ? { ...e, actorName: names.get(e.actorUserId) ?? e.actorName }
      : e,
  )
}

/** The signed-in actor's own account. Throws UnauthenticatedError for the system or a gone user. */
export async function getOwnUser(deps: Deps, actor: Actor): Promise<User> {
  const user = actor.kind === 'user' ? await deps.store.users.findById(actor.userId) : null
  if (user === null) throw new UnauthenticatedError('Sign in first.')
  const { passwordHash: _h, ...rest } = user
  return rest
}
