import { Kysely, PostgresDialect, sql } from 'kysely'
import { pgModule } from '../pg-module.js'
import type { Database } from '../schema.js'
import type { Dialect, SearchFilters, SearchPage } from './dialect.js'
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

/** Connects to PostgreSQL through a pool; the search index is a generated tsvector with GIN. */
export function openPostgres(url: string, poolSize = 10): Dialect {
  const { Pool } = pgModule()
  const pool = new Pool({ connectionString: url, max: poolSize, types })
  // An idle connection the server closes (restart, failover) is dropped by the pool and replaced on
  // the next query; without a listener its 'error' event would crash the process.
  pool.on('error', () => {})
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
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
    bulkWrites: (fn) => fn(),
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
