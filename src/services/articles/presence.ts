import { ForbiddenError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import type { Deps } from '../deps.js'
import { getArticle } from '../queries.js'

/** A person with a story open: heartbeats every ~20 s keep them listed, silence for this long drops them. */
const presenceExpiryMs = 60_000

/** Someone else with the story open in the editor. */
export interface Presence {
  userId: string
  name: string
  /** When they opened it (this visit). */
  since: string
  lastSeenAt: string
}

function userOf(actor: Actor): string {
  if (actor.kind !== 'user') throw new ForbiddenError('Only people are shown as editing a story.')
  return actor.userId
}

const cutoff = (deps: Deps): string =>
  new Date(deps.clock.now().getTime() - presenceExpiryMs).toISOString()

/**
 * Everyone but the actor who has the story open now. Advisory only: saves are still guarded by
 * their revision. Throws NotFoundError or ForbiddenError.
 */
export async function whoIsEditing(
  deps: Deps,
  actor: Actor,
  articleId: string,
): Promise<Presence[]> {
  const me = userOf(actor)
  await getArticle(deps, actor, articleId)
  const rows = await deps.store.presence.listSeenSince(articleId, cutoff(deps))
  return rows
    .filter((p) => p.userId !== me)
    .map(({ userId, name, since, lastSeenAt }) => ({ userId, name, since, lastSeenAt }))
}

/**
 * Records that the actor has the story open (a heartbeat) and answers who else has. A visit
 * starts again after a silence longer than the expiry. Throws NotFoundError or ForbiddenError.
 */
export async function markPresent(
  deps: Deps,
  actor: Actor,
  articleId: string,
): Promise<Presence[]> {
  const me = userOf(actor)
  await getArticle(deps, actor, articleId)
  const now = deps.clock.now().toISOString()
  const stale = cutoff(deps)
  const [existing, user] = await Promise.all([
    deps.store.presence.find(articleId, me),
    deps.store.users.findById(me),
  ])
  const since = existing !== null && existing.lastSeenAt >= stale ? existing.since : now
  await deps.store.presence.upsert({
    articleId,
    userId: me,
    name: user?.name ?? 'Someone',
    since,
    lastSeenAt: now,
  })
  await deps.store.presence.removeStale(articleId, stale)
  return whoIsEditing(deps, actor, articleId)
}

/** The actor closed the story. Throws ForbiddenError for a non-person. */
export async function leaveArticle(deps: Deps, actor: Actor, articleId: string): Promise<void> {
  await deps.store.presence.remove(articleId, userOf(actor))
}
