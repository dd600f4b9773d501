import type { Compilable, CompiledQuery, Kysely } from 'kysely'
import { createQueryId } from 'kysely'
import type { Database } from '../schema.js'

/**
 * Runs a compiled read at once, without the driver, or answers null when it cannot (see
 * `allowDirectReads`).
 */
type DirectRead = (sql: string, parameters: readonly unknown[]) => unknown[] | null

/** What a database opened with the fast paths allows: compiled reads kept, maybe direct reads. */
interface FastReads {
  readonly direct: DirectRead | null
}

// Keyed by the database's adapter, which its transactions share (see `compiledOnce`).
const fastAdapters = new WeakSet<object>()
const directReads = new WeakMap<Kysely<Database>, DirectRead>()

/**
 * Turns the fast reads on for `db`: reusable queries compile once per shape on it and its
 * transactions, and with `direct` they run on `db` itself (not on its transactions) through
 * `direct` instead of Kysely's driver. Kysely's SQLite driver queues every query behind a
 * promise-based lock on its one connection, a few promises and microtask turns per statement;
 * better-sqlite3 runs a statement synchronously, so when no transaction is open on the connection
 * a read can simply run.
 */
export function useFastReads(db: Kysely<Database>, reads: FastReads): void {
  fastAdapters.add(db.getExecutor().adapter)
  if (reads.direct !== null) directReads.set(db, reads.direct)
}

/** Whether `useFastReads` was called for this database (or the one this transaction runs on). */
export const hasFastReads = (db: Kysely<Database>): boolean =>
  fastAdapters.has(db.getExecutor().adapter)

/** Shapes kept per query: an IN list of every length a page asks for fits many times over. */
const maxShapes = 256

/**
 * The fast half of `reusableQuery` (store/reusable-query.ts): each shape compiled once per
 * database and run again with new values, directly when the database allows it.
 */
export function compiledOnce<A extends unknown[], R>(
  build: (db: Kysely<Database>, ...args: A) => Compilable<R>,
  shape: (...args: A) => string,
  values: (...args: A) => readonly unknown[],
) {
  // Compiled SQL differs between databases: kept per database, by its adapter, which a
  // transaction shares with the database it runs on. (A `withPlugin` or `withSchema` view of a
  // database shares its adapter too but compiles other SQL: do not run these queries on one.)
  const byDatabase = new WeakMap<object, Map<string, CompiledQuery<R>>>()
  return async (db: Kysely<Database>, ...args: A): Promise<R[]> => {
    const adapter = db.getExecutor().adapter
    let compiled = byDatabase.get(adapter)
    if (compiled === undefined)
      byDatabase.set(adapter, (compiled = new Map<string, CompiledQuery<R>>()))
    const key = shape(...args)
    const parameters = values(...args)
    let query = compiled.get(key)
    if (query === undefined) {
      query = build(db, ...args).compile()
      if (!sameValues(query.parameters, parameters))
        throw new Error(`reusableQuery: values out of order for shape ${key}: ${query.sql}`)
      if (compiled.size < maxShapes) compiled.set(key, query)
    }
    const direct = directReads.get(db)?.(query.sql, parameters)
    if (direct !== undefined && direct !== null) return direct as R[]
    const result = await db.executeQuery<R>({ ...query, queryId: createQueryId(), parameters })
    return result.rows
  }
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}
