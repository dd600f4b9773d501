import { createRequire } from 'node:module'
import type pg from 'pg'

let loaded: typeof pg | undefined

/**
 * The PostgreSQL client library, loaded on first use: a server on SQLite never needs it, and
 * loaded up front it is 3 MB of heap that every full garbage collection marks again.
 */
export function pgModule(): typeof pg {
  loaded ??= createRequire(import.meta.url)('pg') as typeof pg
  return loaded
}
