import { Kysely, PostgresDialect, sql } from 'kysely'
import { usePostgresFastPaths } from '../fast/index.js'
import { pgModule } from '../pg-module.js'
import type { Database } from '../schema.js'
import { guardedDialect } from '../unavailable.js'
import type { Dialect, QueryLog, SearchFilters, SearchPage } from './dialect.js'
import { highlightEnd, highlightStart, queryTokens, searchConditions } from './dialect.js'

// Instants come back as the same ISO strings SQLite stores; counts (int8) as numbers.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
    if (oid === 1184 || oid === 1114)
      return (v: string) => new Date(oid === 1114 ? `${v}Z` : v).toISOString()
    if (oid === 20) return (v: string) => Number(v)
    return pgModule().types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown
  },
}

/**
 * The advisory lock key that orders writes of articles' link names (Dialect.lockRefs): an
 * arbitrary constant of our own, apart from the migrator's.
 */
const refsLock = sql.lit(7_304_215_881_062_913)

/**
 * SQLSTATEs that say the server went away or cannot take the connection: class 08 (connection
 * exception), 57P01–57P03 (terminated by an administrator, a crash, or starting up / shutting
 * down) and 53300 (too many connections).
 */
const unreachableStates = /^(?:08...|57P0[123]|53300)$/
/** Node's network failures. */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])
/**
 * What pg and Kysely throw, as plain Errors without a code, for a connection that ended or never
 * came: the client's own texts (pg/lib/client.js, pg-pool, Kysely's postgres-driver.js).
 */
const unreachableMessages =
  /^(?:Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable|Client was closed and is not queryable|Postgres connection has been discarded|Query read timeout)/

/** Whether a pg error means PostgreSQL could not be reached (not that the query was wrong). */
function isPostgresUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = 'code' in error && typeof error.code === 'string' ? error.code : ''
  if (unreachableStates.test(code) || networkCodes.has(code)) return true
  return code === '' && unreachableMessages.test(error.message)
}

/** Connects to PostgreSQL through a pool; the search index is a generated tsvector with GIN. */
export function openPostgres(
  url: string,
  poolSize = 10,
  fastPaths = true,
  log?: QueryLog,
): Dialect {
  const { Pool } = pgModule()
  const pool = new Pool({
    connectionString: url,
    max: poolSize,
    types,
    // A server that went silent (a network fault) is noticed by TCP, and a connection attempt
    // that gets no answer fails after 10 s instead of waiting for the kernel's minutes.
    keepAlive: true,
    connectionTimeoutMillis: 10_000,
  })
  // A connection the server closes (restart, failover, pg_terminate_backend) emits 'error' on its
  // client. The pool listens only while the client is idle; one in use by a query or a transaction
  // would crash the process with an unhandled 'error' event. The query in flight is rejected by
  // the client itself (and becomes a DatabaseUnavailableError below), and the pool drops the
  // client when it is released, so the listener has nothing left to do.
  pool.on('connect', (client) => {
    client.on('error', () => {})
  })
  pool.on('error', () => {})
  const db = new Kysely<Database>({
    dialect: guardedDialect(new PostgresDialect({ pool }), isPostgresUnreachable),
    ...(log !== undefined ? { log } : {}),
  })
  if (fastPaths) usePostgresFastPaths(db)
  return {
    name: 'postgres',
    db,
    timestampType: 'timestamptz',
    async createSearchIndex(target) {
      await sql`ALTER TABLE articles ADD COLUMN IF NOT EXISTS search_vector tsvector
        GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce(headline, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(dek, '')), 'B') ||
          setweight(to_tsvector('english', coalesce(body_text, '')), 'C')
        ) STORED`.execute(target)
      await sql`CREATE INDEX IF NOT EXISTS articles_search_idx ON articles USING gin (search_vector)`.execute(
        target,
      )
    },
    indexArticles: () => Promise.resolve(), // generated column: PostgreSQL keeps it current
    unindexArticle: () => Promise.resolve(),
    search: searchPostgres,
    isUniqueViolation: (error) =>
      error instanceof Error && 'code' in error && error.code === '23505',
    // json, which the client parses; json_agg of no rows is NULL.
    jsonArrays: (values, orderBy) =>
      sql`coalesce(json_agg(json_build_array(${sql.join(values)}) ORDER BY ${orderBy}), '[]'::json)`,
    async lockRefs(target, mode) {
      if (mode === 'shared')
        await sql`SELECT pg_advisory_xact_lock_shared(${refsLock})`.execute(target)
      else await sql`SELECT pg_advisory_xact_lock(${refsLock})`.execute(target)
    },
    async lockRow(target, table, id) {
      await sql`SELECT 1 FROM ${sql.table(table)} WHERE id = ${id} FOR NO KEY UPDATE`.execute(
        target,
      )
    },
    jsonIdList: (json) =>
      sql`json_array_elements_text(${json}::json) WITH ORDINALITY AS j(id, position)`,
    watchForeignWrites: () => () => {},
    bulkWrites: (fn) => fn(),
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
    backup: null,
    // SET LOCAL takes no parameters; set_config(…, true) is the same, and lasts until the end of
    // the transaction, so a pooled connection goes back with its own name.
    async tagTransaction(target, tag) {
      await sql`SELECT set_config('application_name', ${tag}, true)`.execute(target)
    },
    close: () => db.destroy(),
  }
}

async function searchPostgres(
  db: Kysely<Database>,
  query: string,
  filters: SearchFilters,
  limit: number,
  offset: number,
  countUpTo: number,
): Promise<SearchPage> {
  const tokens = queryTokens(query)
  if (tokens.length === 0) return { hits: [], total: 0 }
  // Same token rules as SQLite, so both databases answer the same query the same way.
  const tsquery = tokens.map((t, i) => (i === tokens.length - 1 ? `${t}:*` : t)).join(' & ')
  const where = searchConditions(sql`a.search_vector @@ q.q`, filters)
  const options = `StartSel=${highlightStart}, StopSel=${highlightEnd}, MaxWords=32, MinWords=16, MaxFragments=2, FragmentDelimiter=" … "`
  const rows = await sql<{ id: string; snippet: string; rank: number }>`
    SELECT a.id AS id,
      ts_headline('english', concat_ws(chr(10) || chr(10), nullif(a.dek, ''), a.body_text), q.q, ${options}) AS snippet,
      ts_rank_cd(a.search_vector, q.q) AS rank
    FROM articles a, to_tsquery('english', ${tsquery}) AS q(q)
    WHERE ${where}
    ORDER BY rank DESC, a.published_at DESC, a.id DESC
    LIMIT ${limit} OFFSET ${offset}`.execute(db)
  const count = await sql<{ n: number }>`
    SELECT count(*) AS n FROM (SELECT 1 FROM articles a, to_tsquery('english', ${tsquery}) AS q(q)
    WHERE ${where} LIMIT ${countUpTo + 1}) AS capped`.execute(db)
  return {
    hits: rows.rows.map((r) => ({ articleId: r.id, snippet: r.snippet, rank: r.rank })),
    total: Number(count.rows[0]?.n ?? 0),
  }
}
