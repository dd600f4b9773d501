import { ForbiddenError } from './errors.js'

/** Roles in increasing order of power. */
export const roles = ['contributor', 'author', 'editor', 'admin'] as const
export type Role = (typeof roles)[number]

/** Who performs a use case: a signed-in user, or the system itself (scheduler, importer, demo). */
export type Actor =
  | {
      kind: 'user'
      userId: string
      role: Role
      authorIds: readonly string[]
      ip?: string
      /** The account's name, for the audit log. */
      name?: string
      /** The account still has a one-time password: nothing but changing it is allowed. */
      mustChangePassword?: boolean
    }
  | { kind: 'system'; name: string }

export const systemActor = (name: string): Actor => ({ kind: 'system', name })

/** True when `role` is `min` or above. */
export function isAtLeast(role: Role, min: Role): boolean {
  return roles.indexOf(role) >= roles.indexOf(min)
}

/** True for a role name. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value)
}

/** The actor's effective role: the system acts as admin. */
export function roleOf(actor: Actor): Role {
  return actor.kind === 'system' ? 'admin' : actor.role
}

/** Throws ForbiddenError unless the actor has at least role `min`. */
export function requireRole(actor: Actor, min: Role, action = 'do this'): void {
  if (!isAtLeast(roleOf(actor), min)) {
    throw new ForbiddenError(`You need the ${min} role or higher to ${action}.`)
  }
}

/** The user id behind an actor, or null for the system. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null
}
