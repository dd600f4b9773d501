import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { Changes } from '../../services/index.js'
import type { Invalidation } from './invalidation.js'
import { apply, invalidationFor } from './invalidation.js'
import type { ResponseCache } from './response-cache.js'
import { siteKey } from './tags.js'

const channel = 'masthead_cache'
// NOTIFY payloads are limited to 8,000 bytes; a larger invalidation travels as "drop everything".
const maxPayload = 7000

/**
 * Keeps a cache exact: every domain event invalidates here, synchronously (before the next
 * request is served), then travels to the other processes on the same PostgreSQL (LISTEN/NOTIFY),
 * and to the CDN purge hook when one is configured. A process that may have missed messages
 * (its listening connection dropped) drops its whole cache. It learns of changes only through
 * `changes`, never from the store.
 */
export function connectCache(
  app: FastifyInstance,
  changes: Changes,
  cache: ResponseCache | null,
  purgeUrl: string | null,
): void {
  const origin = randomUUID()
  const notifications = changes.messages
  const purge = (inv: Invalidation): void => {
    if (purgeUrl === null || inv.kind === 'none') return
    const keys = inv.kind === 'all' ? [siteKey] : inv.tags
    fetch(purgeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'surrogate-key': keys.join(' ') },
      body: JSON.stringify({ keys }),
      signal: AbortSignal.timeout(5000),
    }).catch((error: unknown) => app.log.warn({ err: error }, 'cache purge request failed'))
  }
  const unsubscribe = changes.onEvent((event) => {
    const inv = invalidationFor(event)
    if (inv.kind === 'none') return
    if (cache !== null) apply(cache, inv)
    purge(inv)
    if (notifications !== null) {
      const payload = JSON.stringify({ origin, ...inv })
      const message =
        payload.length > maxPayload ? JSON.stringify({ origin, kind: 'all' }) : payload
      notifications.publish(channel, message).catch((error: unknown) => {
        app.log.error({ err: error }, 'could not tell other processes about a change')
      })
    }
  })
  // Another process wrote to a SQLite database (an import from the CLI): what it changed is not
  // known here, so everything read before goes.
  const stopWatching = changes.onForeignWrite(() => {
    changes.forget()
    cache?.clear()
  })
  let stop: (() => Promise<void>) | null = null
  // While the database is away the cache is cleared every second; one warning a minute says so.
  let warnedAt = -Infinity
  if (notifications !== null) {
    app.addHook('onReady', async () => {
      stop = await notifications.subscribe(
        channel,
        (payload) => {
          const message = JSON.parse(payload) as Invalidation & { origin?: string }
          if (message.origin === origin) return
          // Cheap to read again, and a logo or a section may be what changed.
          changes.forget()
          if (cache !== null) apply(cache, message)
        },
        () => {
          changes.forget()
          cache?.clear()
          const now = Date.now()
          if (now - warnedAt >= 60_000) {
            warnedAt = now
            app.log.warn(
              'page cache cleared: the connection listening for other processes’ changes dropped or has just come back',
            )
          }
        },
      )
    })
  }
  app.addHook('onClose', async () => {
    unsubscribe()
    stopWatching()
    await stop?.()
  })
}
