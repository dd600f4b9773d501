import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { InvalidInputError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { requireRole } from '../../domain/roles.js'
import type { PoolStats, QueryListener } from '../../store/index.js'
import type { Deps } from '../deps.js'

/** What the metrics read about the database: its pool, and whether LISTEN is connected. */
export interface DatabaseStats {
  readonly kind: 'sqlite' | 'postgres'
  /** PostgreSQL's pool counters; null on SQLite. */
  readonly pool: PoolStats | null
  /** LISTEN subscriptions and how many are connected; null on SQLite, which has none. */
  readonly listen: { subscribed: number; listening: number } | null
}

/**
 * Copies the live SQLite database into a new file `to` while the site keeps serving (SQLite's
 * online backup, page by page). Throws InvalidInputError when `to` exists or the database is
 * PostgreSQL (back it up with pg_dump), ForbiddenError below admin.
 */
async function backupDatabase(
  deps: Deps,
  { actor, to }: { actor: Actor; to: string },
): Promise<{ file: string; bytes: number }> {
  requireRole(actor, 'admin', 'back up the database')
  const file = resolve(to)
  if (existsSync(file))
    throw new InvalidInputError(`${file} already exists; name a new file to back up into.`, [
      { field: 'to', message: 'already exists' },
    ])
  if (!(await deps.store.backup(file)))
    throw new InvalidInputError(
      'This database is PostgreSQL: back it up with pg_dump (see docs/deploy.md).',
    )
  return { file, bytes: statSync(file).size }
}

/** The operator's side of a process: backups, and what the metrics and request ids read. */
export function operationServices(deps: Deps) {
  return Object.freeze({
    backupDatabase: (input: { actor: Actor; to: string }) => backupDatabase(deps, input),
    databaseStats: (): DatabaseStats => ({
      kind: deps.store.dialect,
      pool: deps.store.poolStats(),
      listen: deps.store.notifications?.state() ?? null,
    }),
    /** Calls `listener` with each query's time, when the store was opened to observe them. */
    onQuery: (listener: QueryListener) => deps.store.onQuery(listener),
    /** Tags the database work of the current request (see Store.enterRequest). */
    enterRequest: (requestId: string) => deps.store.enterRequest(requestId),
  })
}
