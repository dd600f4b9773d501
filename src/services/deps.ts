import { createHash, randomBytes, randomFillSync } from 'node:crypto'
import { v7 as uuidv7 } from 'uuid'
import type { Actor } from '../domain/roles.js'
import { actorUserId } from '../domain/roles.js'
import type { MediaFiles } from '../store/files.js'
import type { Repos, Store } from '../store/index.js'
import type { EventBus } from './events.js'
import type { Mailer } from './accounts/mailer.js'

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

/**
 * UUIDv7s ordered as `uuid` orders its own (a random sequence per millisecond, then counting up
 * within it), with their random bytes drawn from a pool refilled every 256 ids: asking the system
 * for 16 bytes per id was a twentieth of a bulk import's time.
 */
function pooledUuidV7(): () => string {
  const pool = new Uint8Array(16 * 256)
  let used = pool.length
  let msecs = -Infinity
  let seq = 0
  return () => {
    if (used === pool.length) {
      randomFillSync(pool)
      used = 0
    }
    const random = pool.subarray(used, (used += 16))
    const now = Date.now()
    if (now > msecs) {
      msecs = now
      seq = (((random[6] ?? 0) & 0x7f) << 24) | ((random[7] ?? 0) << 16) | ((random[8] ?? 0) << 8)
      seq |= random[9] ?? 0
    } else {
      seq = (seq + 1) | 0
      if (seq === 0) msecs += 1
    }
    return uuidv7({ msecs, seq, random })
  }
}

export const randomIds: Ids = {
  uuid: pooledUuidV7(),
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
    actorName:
      actor.kind === 'system'
        ? `system:${actor.name}`
        : (actor.name ?? (await tx.users.findById(actor.userId))?.name ?? actor.userId),
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    ...(detail !== undefined ? { detail } : {}),
    ip: actor.kind === 'user' ? (actor.ip ?? null) : null,
  })
}
