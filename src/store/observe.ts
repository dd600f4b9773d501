import type { LogEvent } from 'kysely'

/** How long one query took, and whether it failed. */
export type QueryListener = (durationMs: number, hasFailed: boolean) => void

/** What a pooled database reports about its connections (pg's Pool counters). */
export interface PoolStats {
  readonly total: number
  readonly idle: number
  /** Checkouts waiting for a connection. */
  readonly waiting: number
}

/**
 * Query times from Kysely's log hook, handed to whoever listens (the metrics). Installed only
 * when asked for: Kysely then times every query it runs. The fast paths' reads that bypass
 * Kysely's driver (docs/performance.md) are not seen here.
 */
export function queryTimes() {
  const listeners = new Set<QueryListener>()
  return {
    log(event: LogEvent): void {
      for (const listener of listeners) listener(event.queryDurationMillis, event.level === 'error')
    },
    listen(listener: QueryListener): () => void {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
