import type { Compilable, CompiledQuery, Kysely } from 'kysely'
import { createQueryId, sql } from 'kysely'
import type { Database } from './schema.js'

/**
 * Runs a compiled read at once, without the driver, or answers null when it cannot (see
 * `allowDirectReads`).
 */
type DirectRead = (sql: string, parameters: readonly unknown[]) => unknown[] | null

const directReads = new WeakMap<Kysely<Database>, DirectRead>()

/**
 * Lets reusable queries on `db` (not on its transactions) run through `read` instead of Kysely's
 * driver. Kysely's SQLite driver queues every query behind a promise-based lock on its one
 * connection, a few promises and microtask turns per statement; better-sqlite3 runs a statement
 * synchronously, so when no transaction is open on the connection a read can simply run.
 */
export function allowDirectReads(db: Kysely<Database>, read: DirectRead): void {
  directReads.set(db, read)
}

/** Shapes kept per query: an IN list of every length a page asks for fits many times over. */
const maxShapes = 256

/**
 * A read compiled once per shape and run again with new values.
 *
 * Kysely builds an immutable operation tree for every query and walks it again to compile it to
 * SQL; for the small indexed reads of a public page that cost about as much CPU as SQLite's own
 * work, and Kysely keeps no compiled queries. `shape` names everything that changes the SQL text
 * (the length of an IN list, a cursor or none); `values` gives the parameters in the order the
 * SQL takes them. The first compile of each shape checks that order against Kysely's own, so a
 * mismatch fails at once instead of reading the wrong rows.
 */
export function reusableQuery<A extends unknown[], R>(
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

/**
 * A row limit written into the SQL rather than bound: SQLite plans with the LIMIT's value, so a
 * bound one makes it prepare the statement again on every run (a list's page read took 16 µs
 * instead of 10). Part of a reusable query's shape, then.
 */
export function rowLimit(limit: number) {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`bad row limit ${limit}`)
  return sql.lit(limit)
}
