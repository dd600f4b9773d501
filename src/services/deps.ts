import { createHash, randomBytes } from 'node:crypto'
import { v7 as uuidv7 } from 'uuid'
import type { Actor } from '../domain/roles.js'
import { actorUserId } from '../domain/roles.js'
import type { MediaFiles } from '../store/files.js'
import type { Repos, Store } from '../store/index.js'
import type { EventBus } from './events.js'
import type { Mailer } from './mailer.js'

/** The moment, injected so tests and the scheduler can control time. */
export interface Clock {
  now(): Date
}

export interface Ids {
  /** A time-ordered UUIDv7 for new rows. */
  uuid(): string
  /** A random secret for tokens and sessions, URL-safe. */
  secret(bytes?: number): string
}

export const systemClock: Clock = { now: () => new Date() }

export const randomIds: Ids = {
  uuid: () => uuidv7(),
  secret: (bytes = 32) => randomBytes(bytes).toString('base64url'),
}

/** What every use case receives: no module state, everything passed in. */
export interface Deps {
  store: Store
  clock: Clock
  ids: Ids
  events: EventBus
  files: MediaFiles
  /** Account mail; without one, links are shown to the admin instead of delivered. */
  mailer?: Mailer
}

export const nowIso = (deps: Deps): string => deps.clock.now().toISOString()

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex')

/** Writes one audit row for an action by `actor` on a subject. */
export async function audit(
  tx: Repos,
  deps: Deps,
  actor: Actor,
  action: string,
  subject: { type: string; id: string | null },
  detail?: Record<string, unknown>,
): Promise<void> {
  await tx.audit.record({
    at: nowIso(deps),
    actorUserId: actorUserId(actor),
    actorName: actor.kind === 'system' ? `system:${actor.name}` : actor.userId,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    ...(detail !== undefined ? { detail } : {}),
    ip: actor.kind === 'user' ? (actor.ip ?? null) : null,
  })
}
