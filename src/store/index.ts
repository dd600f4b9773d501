import { AsyncLocalStorage } from 'node:async_hooks'
import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type { Notifications } from './notifications.js'
import { postgresNotifications } from './notifications.js'
import { accountTokensRepo, throttleRepo } from './accounts.js'
import { articlesRepo } from './articles.js'
import type { Dialect, SearchFilters, SearchPage } from './dialects/dialect.js'
import { searchCountCap } from './dialects/dialect.js'
import { openPostgres } from './dialects/postgres.js'
import type { StoreOptions } from './fast/index.js'
import { fastStore } from './fast/index.js'
import { openSqlite } from './dialects/sqlite.js'
import { exportRepo, importedCommentsRepo, importSourcesRepo } from './imports.js'
import { migrateToLatest } from './migrate.js'
import type { PoolStats, QueryListener } from './observe.js'
import { queryTimes } from './observe.js'
import { sitemapReadsRepo } from './sitemap-reads.js'
import { correctionsRepo } from './corrections.js'
import { auditRepo } from './audit.js'
import { mediaRepo } from './media.js'
import { revisionsRepo } from './revisions.js'
import { settingsRepo } from './settings.js'
import { returnNotesRepo } from './notes.js'
import { redirectsRepo } from './redirects.js'
import { presenceRepo, shareLinksRepo } from './story-tools.js'
import { curationRepo } from './curation.js'
import { attributionSuggestionsRepo } from './attribution-suggestions.js'
import { entitiesRepo } from './entities.js'
import { attributionReadsRepo } from './attribution-reads.js'
import type { Database } from './schema.js'
import { authorsRepo, sectionsRepo, tagsRepo } from './taxonomy.js'
import { sessionsRepo, tokensRepo, usersRepo } from './users.js'

export type DatabaseConfig =
  { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; poolSize?: number }

function repos(db: Kysely<Database>, dialect: Dialect) {
  return {
    articles: articlesRepo(db, dialect),
    sections: sectionsRepo(db, dialect),
    tags: tagsRepo(db, dialect),
    authors: authorsRepo(db, dialect),
    users: usersRepo(db),
    sessions: sessionsRepo(db),
    tokens: tokensRepo(db),
    revisions: revisionsRepo(db),
    corrections: correctionsRepo(db),
    returnNotes: returnNotesRepo(db),
    redirects: redirectsRepo(db),
    media: mediaRepo(db),
    settings: settingsRepo(db),
    audit: auditRepo(db),
    listings: sitemapReadsRepo(db, dialect),
    throttle: throttleRepo(db),
    accountTokens: accountTokensRepo(db),
    importSources: importSourcesRepo(db),
    importedComments: importedCommentsRepo(db),
    exports: exportRepo(db),
    shareLinks: shareLinksRepo(db),
    presence: presenceRepo(db),
    curation: curationRepo(db),
    attributionSuggestions: attributionSuggestionsRepo(db),
    entities: entitiesRepo(db),
    attributionReads: attributionReadsRepo(db),
    search: (
      query: string,
      filters: SearchFilters,
      limit: number,
      offset: number,
      countUpTo: number = searchCountCap,
    ): Promise<SearchPage> => dialect.search(db, query, filters, limit, offset, countUpTo),
  }
}

export type Repos = ReturnType<typeof repos>

export interface Store extends Repos {
  readonly dialect: 'sqlite' | 'postgres'
  /** Runs `fn` in one transaction: commits when it returns, rolls back when it throws. */
  transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T>
  migrate(): Promise<string[]>
  /** Answers whether the database responds (health checks). */
  ping(): Promise<boolean>
  isUniqueViolation(error: unknown): boolean
  /**
   * Runs `fn`, a long series of write transactions such as an import, tuned for throughput: on
   * SQLite the write-ahead log is checkpointed every 64 MB instead of every 4 MB meanwhile, then
   * once at the end. Each transaction still commits whole; only how many recent ones a power
   * failure may roll back grows.
   */
  bulkWrites<T>(fn: () => Promise<T>): Promise<T>
  /**
   * Calls `listener` soon after another process writes to a SQLite database (an import from the
   * CLI while the server runs): what was read before may be stale. On PostgreSQL processes tell
   * each other what changed through `notifications` instead, and this never calls. Returns `stop`.
   */
  onForeignWrite(listener: () => void): () => void
  /** Cross-process messages (PostgreSQL); null on SQLite, where `onForeignWrite` does that work. */
  readonly notifications: Notifications | null
  /** Calls `listener` with each query's time (only with `observeQueries`). Returns `stop`. */
  onQuery(listener: QueryListener): () => void
  /** The connection pool's counters (PostgreSQL), or null. */
  poolStats(): PoolStats | null
  /**
   * Copies the database into `file` while it keeps serving (SQLite's online backup API).
   * Returns false on PostgreSQL, whose own tools (pg_dump) do that.
   */
  backup(file: string): Promise<boolean>
  /**
   * Marks the rest of the current asynchronous call chain (a request) with `tag`; with
   * `requestIds` on PostgreSQL, each transaction in it runs under that `application_name`.
   */
  enterRequest(tag: string): void
  close(): Promise<void>
  /** The Kysely instance, for tests that inspect rows directly. */
  readonly db: Kysely<Database>
}

/** Opens the database named by the config; does not migrate (call `migrate()`). */
export function createStore(config: DatabaseConfig, options: StoreOptions = fastStore): Store {
  const times = queryTimes()
  const log = options.observeQueries === true ? times.log : undefined
  const dialect =
    config.kind === 'sqlite'
      ? openSqlite(config.file, options.fastPaths, log)
      : openPostgres(config.url, config.poolSize, options.fastPaths, log)
  const requests = new AsyncLocalStorage<string>()
  const tag = options.requestIds === true ? dialect.tagTransaction : null
  return {
    ...repos(dialect.db, dialect),
    dialect: dialect.name,
    db: dialect.db,
    transaction: (fn) =>
      dialect.db.transaction().execute(async (trx) => {
        const request = tag !== null ? requests.getStore() : undefined
        if (tag !== null && request !== undefined) await tag(trx, `masthead ${request}`)
        return fn(repos(trx, dialect))
      }),
    migrate: () => migrateToLatest(dialect),
    async ping() {
      try {
        await dialect.db.selectFrom('settings').select('key').limit(1).execute()
        return true
      } catch {
        return false
      }
    },
    isUniqueViolation: (error) => dialect.isUniqueViolation(error),
    bulkWrites: (fn) => dialect.bulkWrites(fn),
    onForeignWrite: (listener) => dialect.watchForeignWrites(listener),
    notifications:
      config.kind === 'postgres'
        ? postgresNotifications(config.url, async (channel, payload) => {
            await sql`SELECT pg_notify(${channel}, ${payload})`.execute(dialect.db)
          })
        : null,
    onQuery: (listener) => times.listen(listener),
    poolStats: () => dialect.poolStats?.() ?? null,
    async backup(file) {
      if (dialect.backup === null) return false
      await dialect.backup(file)
      return true
    },
    enterRequest(request) {
      if (tag !== null) requests.enterWith(request)
    },
    close: () => dialect.close(),
  }
}

export type { SearchFilters, SearchHit, SearchPage } from './dialects/dialect.js'
export { searchCountCap } from './dialects/dialect.js'
export { highlightEnd, highlightStart } from './dialects/dialect.js'
export type { ArticleCursor, ArticleListFilter, ArticlePage } from './articles.js'
export type { ListedArticle } from './sitemap-reads.js'
export { StoreOpenError } from './errors.js'
export type { StoreOptions } from './fast/index.js'
export type { Notifications } from './notifications.js'
export type { PoolStats, QueryListener } from './observe.js'
export type { AccountTokenKind } from './accounts.js'
export type { AuditEntry } from './audit.js'
export type { ExportedMedia } from './media-files.js'
export type { ImportedComment, ImportSource } from './imports.js'
export type { SessionRecord, TokenRecord, UserRecord } from './users.js'
export type { ShareLinkRecord } from './story-tools.js'
export type { CurationRecord } from './curation.js'
export type { AttributionSuggestionRecord } from './attribution-suggestions.js'
