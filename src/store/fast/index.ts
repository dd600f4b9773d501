import type SqliteDatabase from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'
import { useFastReads } from './queries.js'
import { keepStatements } from './statements.js'

/**
 * The store's fast paths (docs/performance.md), all switched here: off (MASTHEAD_FAST_PATHS=off),
 * a database is plain Kysely over its driver.
 */
export interface StoreOptions {
  readonly fastPaths: boolean
  /** Time every query through Kysely for `Store.onQuery` (the metrics); off by default. */
  readonly observeQueries?: boolean
  /** Name each transaction's connection after the request it serves (`Store.enterRequest`). */
  readonly requestIds?: boolean
}

export const fastStore: StoreOptions = Object.freeze({ fastPaths: true })

/**
 * On SQLite: statements kept and their rows named from arrays (statements.ts), reusable queries
 * compiled once and run outside Kysely's driver when no transaction is open (queries.ts).
 */
export function useSqliteFastPaths(raw: SqliteDatabase.Database, db: Kysely<Database>): void {
  keepStatements(raw)
  useFastReads(db, {
    // A read while a transaction is open would see its uncommitted writes: those wait their turn.
    direct: (source, parameters) => {
      if (raw.inTransaction) return null
      const statement = raw.prepare(source)
      return statement.reader ? statement.all(parameters) : null
    },
  })
}

/** On PostgreSQL: reusable queries compiled once per shape (queries.ts). */
export function usePostgresFastPaths(db: Kysely<Database>): void {
  useFastReads(db, { direct: null })
}
