import type { Notifications } from '../store/index.js'
import type { Deps } from './deps.js'
import type { DomainEvent } from './events.js'

/**
 * What changes, for whoever keeps copies of public reads (the page cache): this process's domain
 * events, another process's writes to the same SQLite file, and a channel to the other processes
 * on the same PostgreSQL. Handed to the cache by the web app; the cache never sees the store.
 */
export interface Changes {
  /** Calls `listener` after every committed change made in this process. Returns `stop`. */
  onEvent(listener: (event: DomainEvent) => void): () => void
  /**
   * Calls `listener` soon after another process writes to a SQLite database (what it changed is
   * not known). Never calls on PostgreSQL, where `messages` carries that. Returns `stop`.
   */
  onForeignWrite(listener: () => void): () => void
  /** Messages between processes on one PostgreSQL database; null on SQLite. */
  readonly messages: Notifications | null
  /** Drops what public reads hold in memory (settings, navigation, bylines). */
  forget(): void
}

export function changesOf(deps: Deps, forget: () => void): Changes {
  return {
    onEvent: (listener) => deps.events.subscribe(listener),
    onForeignWrite: (listener) => deps.store.onForeignWrite(listener),
    messages: deps.store.notifications,
    forget,
  }
}

/** Whether the database answers, and which kind it is (the health check). */
export async function checkHealth(
  deps: Deps,
): Promise<{ ok: boolean; database: 'sqlite' | 'postgres' }> {
  return { ok: await deps.store.ping(), database: deps.store.dialect }
}
