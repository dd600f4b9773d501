import type { Actor, Role } from '../../domain/roles.js'
import type { Deps } from '../deps.js'
import { inviteUser, redeemLink, requestPasswordReset } from './account-links.js'
import type { UserChange } from './admin.js'
import { getOwnUser, listAuditLog, listUsers, updateUser } from './admin.js'
import {
  authenticateToken,
  createApiToken,
  listTokens,
  revokeOwnTokens,
  revokeToken,
} from './api-tokens.js'
import { addRedirect, deleteRedirect, listRedirects } from './redirects.js'
import type { SignIn } from './sessions.js'
import {
  authenticateSession,
  changePassword,
  listSessions,
  oneTimePasswordHolds,
  revokeSession,
  signIn,
} from './sessions.js'
import type { UserInput } from './users.js'
import { actorForUser, createUser } from './users.js'

interface Acting {
  actor: Actor
}
interface OnRecord extends Acting {
  id: string
}
interface Redeem {
  token: string
  password: string
  ip?: string
}

/** Accounts and their administration: users, sign-in, sessions, tokens, links, audit, redirects. */
export function accountServices(deps: Deps) {
  return {
    createUser: ({ actor, ...input }: Acting & UserInput) => createUser(deps, actor, input),
    createToken: ({ actor, ...input }: Acting & { email: string; name?: string; role?: Role }) =>
      createApiToken(deps, actor, input),
    authenticateToken: ({ token, ip }: { token: string; ip?: string }) =>
      authenticateToken(deps, token, ip),
    actorForUser: ({ userId }: { userId: string }) => actorForUser(deps, userId),
    signIn: (input: SignIn) => signIn(deps, input),
    authenticateSession: ({ secret, ip }: { secret: string; ip?: string }) =>
      authenticateSession(deps, secret, ip),
    /** Whether a one-time password still signs in and still has to be changed. */
    oneTimePasswordHolds: (input: { email: string; password: string }) =>
      oneTimePasswordHolds(deps, input),
    listSessions: ({ actor }: Acting) => listSessions(deps, actor),
    revokeSession: ({ actor, id }: OnRecord) => revokeSession(deps, actor, id),
    changePassword: ({
      actor,
      ...input
    }: Acting & { currentPassword: string; newPassword: string; keepSessionId?: string }) =>
      changePassword(deps, actor, input),
    /** Creates an account and, with a mailer, sends its invitation link (under `origin`). */
    invite: ({
      actor,
      origin,
      ...input
    }: Acting & { email: string; name: string; role: Role; origin: string }) =>
      inviteUser(deps, actor, input, origin),
    requestPasswordReset: ({ origin, ...input }: { email: string; ip?: string; origin: string }) =>
      requestPasswordReset(deps, input, origin),
    acceptInvitation: (input: Redeem) => redeemLink(deps, 'invitation', input),
    resetPassword: (input: Redeem) => redeemLink(deps, 'reset', input),
    ownUser: ({ actor }: Acting) => getOwnUser(deps, actor),
    listUsers: ({ actor }: Acting) => listUsers(deps, actor),
    updateUser: ({ actor, id, change }: OnRecord & { change: UserChange }) =>
      updateUser(deps, actor, id, change),
    listAuditLog: ({ actor, ...query }: Acting & Parameters<typeof listAuditLog>[2]) =>
      listAuditLog(deps, actor, query),
    listTokens: ({ actor }: Acting) => listTokens(deps, actor),
    revokeToken: ({ actor, id }: OnRecord) => revokeToken(deps, actor, id),
    revokeOwnTokens: ({ actor }: Acting) => revokeOwnTokens(deps, actor),
    listRedirects: ({ actor, ...page }: Acting & { limit: number; offset: number }) =>
      listRedirects(deps, actor, page),
    addRedirect: ({
      actor,
      ...input
    }: Acting & { from: string; to: string; statusCode?: number }) =>
      addRedirect(deps, actor, input),
    deleteRedirect: ({ actor, id }: OnRecord) => deleteRedirect(deps, actor, id),
  }
}
