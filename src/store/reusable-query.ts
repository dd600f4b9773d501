import type { Compilable, Kysely } from 'kysely'
import { sql } from 'kysely'
import { compiledOnce, hasFastReads } from './fast/queries.js'
import type { Database } from './schema.js'

/**
 * A read compiled once per shape and run again with new values (with the fast paths on; off, it
 * is built and run by Kysely like any other query).
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
  const fast = compiledOnce(build, shape, values)
  return async (db: Kysely<Database>, ...args: A): Promise<R[]> => {
    if (hasFastReads(db)) return fast(db, ...args)
    return (await db.executeQuery(build(db, ...args).compile())).rows
  }
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
