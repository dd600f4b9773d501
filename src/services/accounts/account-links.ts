import { InvalidInputError } from '../../domain/errors.js'
import type { Actor, Role } from '../../domain/roles.js'
import { requireRole } from '../../domain/roles.js'
import type { User } from '../../domain/user.js'
import type { AccountTokenKind } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit, nowIso, sha256 } from '../deps.js'
import type { Mailer } from './mailer.js'
import { hashPassword, passwordProblems } from './passwords.js'
import { recordFailure, requireNotThrottled, throttleLimits } from './throttle.js'
import { createUser } from './users.js'

const lifetimeMs: Record<AccountTokenKind, number> = {
  invitation: 7 * 24 * 3_600_000,
  reset: 3_600_000,
}
const paths: Record<AccountTokenKind, string> = {
  invitation: '/newsroom/invitation',
  reset: '/newsroom/reset-password',
}

/** Reset links one account gets at most, whatever addresses ask for them. */
const resetsPerAccount = { limit: 3, windowMs: 3_600_000 }

/** Without a configured mailer nothing is delivered and the caller shows the link instead. */
const undelivered: Mailer = { send: () => Promise.resolve({ delivered: false }) }

async function issueLink(
  deps: Deps,
  kind: AccountTokenKind,
  user: { id: string },
  origin: string,
  createdBy: string | null,
): Promise<string> {
  const token = deps.ids.secret(32)
  const now = deps.clock.now()
  await deps.store.transaction(async (tx) => {
    await tx.accountTokens.voidUnused(user.id, kind, now.toISOString())
    await tx.accountTokens.insert({
      id: deps.ids.uuid(),
      kind,
      userId: user.id,
      tokenHash: sha256(token),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + lifetimeMs[kind]).toISOString(),
      usedAt: null,
      createdBy,
    })
  })
  return `${origin}${paths[kind]}?token=${token}`
}

/**
 * Creates an account without a usable password and sends its holder a single-use invitation
 * (7 days). Returns the link when no mail was delivered, so the admin can pass it on.
 * Throws ForbiddenError, InvalidInputError or DuplicateError.
 */
export async function inviteUser(
  deps: Deps,
  actor: Actor,
  input: { email: string; name: string; role: Role },
  origin: string,
): Promise<{ user: User; link: string | null }> {
  requireRole(actor, 'admin', 'invite people')
  const { user } = await createUser(deps, actor, input)
  const record = await deps.store.users.findById(user.id)
  if (record !== null)
    await deps.store.users.update(
      { ...record, passwordHash: null, mustChangePassword: false },
      nowIso(deps),
    )
  const link = await issueLink(
    deps,
    'invitation',
    user,
    origin,
    actor.kind === 'user' ? actor.userId : null,
  )
  const sent = await (deps.mailer ?? undelivered).send({
    to: user.email,
    subject: 'You are invited to the newsroom',
    text: `Choose a password to open your account: ${link}\nThe link works once, for 7 days.`,
  })
  return { user, link: sent.delivered ? null : link }
}

/**
 * Sends a single-use reset link (1 hour) if the address has an active account and has had fewer
 * than 3 in the last hour; silent otherwise. A new link voids the account's earlier ones.
 * Throws TooManyRequestsError past 10 requests from one address in 15 minutes.
 */
export async function requestPasswordReset(
  deps: Deps,
  input: { email: string; ip?: string },
  origin: string,
): Promise<void> {
  // Every request counts against its address, so nobody can flood an inbox or probe in bulk.
  const key = `reset:${input.ip ?? 'unknown'}`
  await requireNotThrottled(deps, [key])
  await deps.store.transaction((tx) =>
    recordFailure(tx, deps, key, throttleLimits.resetsPerAddress),
  )
  const user = await deps.store.users.findByEmail(input.email.trim())
  if (user === null || user.disabledAt !== null) return
  // Past the cap the answer stays the same (202), so it never tells whether the account exists;
  // asking from many addresses cannot fill one inbox.
  const since = new Date(deps.clock.now().getTime() - resetsPerAccount.windowMs).toISOString()
  if (
    (await deps.store.accountTokens.countIssuedSince(user.id, 'reset', since)) >=
    resetsPerAccount.limit
  )
    return
  const link = await issueLink(deps, 'reset', user, origin, null)
  await deps.store.audit.record({
    at: nowIso(deps),
    actorUserId: null,
    actorName: 'anonymous',
    action: 'user.reset-requested',
    subjectType: 'user',
    subjectId: user.id,
    ip: input.ip ?? null,
  })
  await (deps.mailer ?? undelivered).send({
    to: user.email,
    subject: 'Reset your newsroom password',
    text: `Choose a new password: ${link}\nThe link works once, for one hour. If you did not ask for it, ignore this message.`,
  })
}

/**
 * Sets a password with an invitation or reset token, once, and ends the account's sessions.
 * Throws InvalidInputError for an unknown, used or expired token, or a weak password.
 */
export async function redeemLink(
  deps: Deps,
  kind: AccountTokenKind,
  input: { token: string; password: string; ip?: string },
): Promise<User> {
  const invalid = new InvalidInputError('This link is not valid.', [
    { field: 'token', message: 'is unknown, already used or expired; ask for a new link' },
  ])
  const record = await deps.store.accountTokens.findByHash(sha256(input.token))
  const now = nowIso(deps)
  if (record === null || record.kind !== kind || record.usedAt !== null || record.expiresAt <= now)
    throw invalid
  const user = await deps.store.users.findById(record.userId)
  if (user === null || user.disabledAt !== null) throw invalid
  const problems = passwordProblems(input.password, user.email)
  if (problems.length > 0) throw new InvalidInputError('The password is not acceptable.', problems)
  const passwordHash = await hashPassword(input.password)
  await deps.store.transaction(async (tx) => {
    if (!(await tx.accountTokens.consume(record.id, now))) throw invalid
    await tx.users.update({ ...user, passwordHash, mustChangePassword: false }, now)
    await tx.sessions.revokeAllForUser(user.id, now)
    const actor: Actor = {
      kind: 'user',
      userId: user.id,
      role: user.role,
      authorIds: [],
      name: user.name,
      ...(input.ip !== undefined ? { ip: input.ip } : {}),
    }
    await audit(tx, deps, actor, kind === 'reset' ? 'user.reset' : 'user.accept-invitation', {
      type: 'user',
      id: user.id,
    })
  })
  const { passwordHash: _h, ...rest } = user
  return { ...rest, mustChangePassword: false }
}
