import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect as KyselyDialect,
  Driver,
  QueryResult,
  TransactionSettings,
} from 'kysely'
import { DatabaseUnavailableError } from '../domain/errors.js'

/** Whether a driver's error means the database could not be reached, not that a query was wrong. */
type IsUnavailable = (error: unknown) => boolean

/** Rethrows `error` as a DatabaseUnavailableError when the database could not be reached. */
function translate(error: unknown, isUnavailable: IsUnavailable): never {
  if (error instanceof DatabaseUnavailableError || !isUnavailable(error)) throw error
  throw new DatabaseUnavailableError({ cause: error })
}

/** Runs `work` (which may also throw before returning a promise, as SQLite's driver does). */
async function guarded<T>(work: () => Promise<T>, isUnavailable: IsUnavailable): Promise<T> {
  try {
    return await work()
  } catch (error) {
    translate(error, isUnavailable)
  }
}

class GuardedConnection implements DatabaseConnection {
  constructor(
    readonly inner: DatabaseConnection,
    private readonly isUnavailable: IsUnavailable,
  ) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return guarded(() => this.inner.executeQuery<R>(query), this.isUnavailable)
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number) {
    try {
      yield* this.inner.streamQuery<R>(query, chunkSize)
    } catch (error) {
      translate(error, this.isUnavailable)
    }
  }
}

const unwrap = (connection: DatabaseConnection): DatabaseConnection =>
  connection instanceof GuardedConnection ? connection.inner : connection

/**
 * A driver whose failures to reach the database (a connection cut by a restart, a failover or the
 * network; a write lock another process holds too long) reject with DatabaseUnavailableError, so
 * every caller, in or out of a transaction, sees one typed error instead of driver text.
 */
class GuardedDriver implements Driver {
  private readonly connections = new WeakMap<DatabaseConnection, GuardedConnection>()

  constructor(
    private readonly inner: Driver,
    private readonly isUnavailable: IsUnavailable,
  ) {}

  init(): Promise<void> {
    return guarded(() => this.inner.init(), this.isUnavailable)
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await guarded(() => this.inner.acquireConnection(), this.isUnavailable)
    let connection = this.connections.get(inner)
    if (connection === undefined) {
      connection = new GuardedConnection(inner, this.isUnavailable)
      this.connections.set(inner, connection)
    }
    return connection
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return guarded(
      () => this.inner.beginTransaction(unwrap(connection), settings),
      this.isUnavailable,
    )
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return guarded(() => this.inner.commitTransaction(unwrap(connection)), this.isUnavailable)
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return guarded(() => this.inner.rollbackTransaction(unwrap(connection)), this.isUnavailable)
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(unwrap(connection))
  }

  destroy(): Promise<void> {
    return this.inner.destroy()
  }
}

/** `dialect` with its driver's unreachable-database failures typed (see GuardedDriver). */
export function guardedDialect(
  dialect: KyselyDialect,
  isUnavailable: IsUnavailable,
): KyselyDialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new GuardedDriver(dialect.createDriver(), isUnavailable),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  }
}
