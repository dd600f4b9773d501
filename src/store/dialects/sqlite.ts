import { mkdirSync, accessSync, constants } from 'node:fs'
import { dirname } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import type { DatabaseConnection, Driver } from 'kysely'
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, sql } from 'kysely'
import type { Database } from '../schema.js'
import { StoreOpenError } from '../errors.js'
import { chunks } from '../chunks.js'
import { useSqliteFastPaths } from '../fast/index.js'
import { guardedDialect } from '../unavailable.js'
import { foreignWrites } from './sqlite-foreign-writes.js'
import type { Dialect, QueryLog, SearchFilters, SearchPage } from './dialect.js'
import {
  highlightEnd,
  highlightStart,
  queryTokens,
  searchConditions,
  storySnippet,
} from './dialect.js'

/** Opens (and creates) a SQLite database file with WAL, foreign keys and a busy timeout. */
export function openSqlite(file: string, fastPaths = true, log?: QueryLog): Dialect {
  let raw: SqliteDatabase.Database
  try {
    if (file !== ':memory:') {
      mkdirSync(dirname(file), { recursive: true })
      accessSync(dirname(file), constants.W_OK)
    }
    raw = new SqliteDatabase(file)
    // A new database gets 16 KiB pages (SQLite's default is 4 KiB): a story's row with its body
    // is typically 5–15 KB, which on 4 KiB pages spills into overflow pages, and every column
    // stored after the body (the card's dates, picture and section) is then read through them.
    // Only an empty file takes a page size; an existing one keeps its own (README: how to rebuild).
    if (raw.pragma('page_count', { simple: true }) === 0) raw.pragma(`page_size = ${pageSize}`)
    raw.pragma('journal_mode = WAL')
    raw.pragma('foreign_keys = ON')
    raw.pragma(`busy_timeout = ${busyTimeoutMs}`)
    raw.pragma('synchronous = NORMAL')
    // A corrupt file opens lazily; read the schema now so it fails at start, not on first request.
    raw.prepare('SELECT count(*) FROM sqlite_master').get()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new StoreOpenError(`Cannot open the SQLite database at ${file}: ${reason}`, {
      cause: error,
    })
  }
  const bulk = bulkCheckpoints(raw)
  const foreign = foreignWrites(raw)
  // Another process (an import, a backup) holding the write lock past the waits below answers
  // DatabaseUnavailableError, a 503 to try again, not a 500.
  const db = new Kysely<Database>({
    dialect: guardedDialect(new ImmediateSqliteDialect({ database: raw }), isSqliteBusy),
    ...(log !== undefined ? { log } : {}),
  })
  if (fastPaths) useSqliteFastPaths(raw, db)
  return {
    name: 'sqlite',
    db,
    timestampType: 'text',
    async createSearchIndex(target) {
      // Porter stemming over unicode61 with diacritics folded: "résumé" finds "resume".
      await sql`CREATE TABLE IF NOT EXISTS article_search_ids (
        id INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE)`.execute(target)
      await sql`CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
        article_id UNINDEXED, headline, dek, body_text,
        tokenize = 'porter unicode61 remove_diacritics 2')`.execute(target)
    },
    // FTS rows are found by an integer key kept in article_search_ids: article_id is UNINDEXED in
    // the FTS table (finding a row by it scans the index), and articles' own rowid is not stable
    // across VACUUM because its primary key is text.
    async indexArticles(target, rows, isNew) {
      for (const part of chunks(rows, 100)) {
        const ids = sql.join(part.map((r) => r.id))
        await sql`INSERT INTO article_search_ids (article_id)
          VALUES ${sql.join(part.map((r) => sql`(${r.id})`))}
          ON CONFLICT (article_id) DO NOTHING`.execute(target)
        const keys = await sql<{ id: number; article_id: string }>`
          SELECT id, article_id FROM article_search_ids WHERE article_id IN (${ids})`.execute(
          target,
        )
        const keyOf = new Map(keys.rows.map((k) => [k.article_id, k.id]))
        if (!isNew)
          await sql`DELETE FROM articles_fts WHERE rowid IN (${sql.join([...keyOf.values()])})`.execute(
            target,
          )
        const values = part.map(
          (r) =>
            sql`(${keyOf.get(r.id) ?? null}, ${r.id}, ${r.headline}, ${r.dek}, ${r.body_text})`,
        )
        await sql`INSERT INTO articles_fts (rowid, article_id, headline, dek, body_text)
          VALUES ${sql.join(values)}`.execute(target)
      }
    },
    async unindexArticle(target, id) {
      await sql`DELETE FROM articles_fts WHERE rowid = (SELECT id FROM article_search_ids WHERE article_id = ${id})`.execute(
        target,
      )
      await sql`DELETE FROM article_search_ids WHERE article_id = ${id}`.execute(target)
    },
    search: searchSqlite,
    isUniqueViolation: (error) =>
      error instanceof Error &&
      'code' in error &&
      String(error.code).startsWith('SQLITE_CONSTRAINT_UNIQUE'),
    // A JSON text the store parses; an empty group gives '[]'.
    jsonArrays: (values, orderBy) =>
      sql`json_group_array(json_array(${sql.join(values)}) ORDER BY ${orderBy})`,
    jsonIdList: (json) => sql`(SELECT value AS id, key AS position FROM json_each(${json})) AS j`,
    // One writer at a time already: a write transaction holds the database's write lock.
    lockRefs: () => Promise.resolve(),
    lockRow: () => Promise.resolve(),
    watchForeignWrites: (listener) => foreign.watch(listener),
    bulkWrites: (fn) => bulk.run(fn),
    poolStats: null,
    backup: async (target) => void (await raw.backup(target)),
    tagTransaction: null,
    close: () => {
      foreign.stop()
      return db.destroy()
    },
  }
}

const busyTimeoutMs = 5000

/** SQLITE_BUSY and SQLITE_LOCKED (and their extended codes): another connection holds a lock. */
function isSqliteBusy(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')
}
/** Page size of a new SQLite database, in bytes. */
const pageSize = 16384

/**
 * WAL checkpoints (each copies the log into the database and syncs both files) run every 1,000
 * pages, SQLite's default; during bulk writes every 16,000 pages (64 MB), and once when they end.
 * A checkpoint's syncs cost the same however much it copies, and pages rewritten by many batches
 * are copied once, so an import spends a fraction of the time in them. A crash of the process
 * loses nothing committed; after a power failure, as with synchronous = NORMAL anyway, the batches
 * committed since the last checkpoint may be rolled back (re-running the import restores them).
 */
function bulkCheckpoints(raw: SqliteDatabase.Database) {
  let running = 0
  return {
    async run<T>(fn: () => Promise<T>): Promise<T> {
      if ((running += 1) === 1) raw.pragma('wal_autocheckpoint = 16000')
      try {
        return await fn()
      } finally {
        if ((running -= 1) === 0) {
          raw.pragma('wal_autocheckpoint = 1000')
          raw.pragma('wal_checkpoint(PASSIVE)')
        }
      }
    },
  }
}

/**
 * Write transactions begin IMMEDIATE: a deferred transaction that reads and then writes can fail
 * at once with SQLITE_BUSY when another connection wrote meanwhile (busy_timeout does not help
 * there). Waiting for the write lock happens here, asynchronously, so one process with two
 * connections (or two processes) never blocks its own event loop in SQLite's busy handler.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  constructor(
    config: ConstructorParameters<typeof SqliteDriver>[0],
    private readonly raw: SqliteDatabase.Database,
  ) {
    super(config)
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const deadline = Date.now() + busyTimeoutMs * 2
    for (let wait = 2; ; wait = Math.min(wait * 2, 100)) {
      this.raw.pragma('busy_timeout = 0')
      try {
        await connection.executeQuery(CompiledQuery.raw('begin immediate'))
        return
      } catch (error) {
        const code = error instanceof Error && 'code' in error ? String(error.code) : ''
        if (!code.startsWith('SQLITE_BUSY') || Date.now() > deadline) throw error
      } finally {
        this.raw.pragma(`busy_timeout = ${busyTimeoutMs}`)
      }
      await new Promise((resolve) => setTimeout(resolve, wait))
    }
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: { database: SqliteDatabase.Database }) {
    super(settings)
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings, this.settings.database)
  }
}

/**
 * Full-text matches joined to their articles. CROSS JOIN fixes the order (SQLite never reorders
 * it): on a small or unanalysed database the planner would otherwise walk articles by status and
 * probe the index once per article, which is ruinous at scale. The article side is read from
 * articles_search_lookup_idx (id, status, published_at), never from the long rows.
 */
export const searchJoin =
  'articles_fts CROSS JOIN article_search_ids m ON m.id = articles_fts.rowid CROSS JOIN articles a ON a.id = m.article_id'

/** The first ranked window holds this many times the matches a page needs (at least `minWindow`). */
const windowFactor = 4
const minWindow = 64

/**
 * Ranks matches by bm25 alone first, then filters only the best of them by status, section and
 * author, widening the window until the page is exact. Ranking and filtering in one statement made
 * SQLite join every match to its article and compute a snippet for each before sorting (≈ 40 ms
 * for a word in 10% of 100,000 stories); the window keeps the joins and snippets to a few rows.
 */
async function searchSqlite(
  db: Kysely<Database>,
  query: string,
  filters: SearchFilters,
  limit: number,
  offset: number,
  countUpTo: number,
): Promise<SearchPage> {
  const tokens = queryTokens(query)
  if (tokens.length === 0) return { hits: [], total: 0 }
  // Each token quoted (so FTS5 operators in input are plain words); the last one also as a prefix.
  const match = tokens.map((t, i) => (i === tokens.length - 1 ? `"${t}"*` : `"${t}"`)).join(' ')
  const wanted = offset + limit
  let window = Math.max(minWindow, wanted * windowFactor)
  let page: { fts: number; id: string; rank: number }[]
  for (;;) {
    const ranked = await sql<{ fts: number; rank: number }>`
      SELECT rowid AS fts, bm25(articles_fts, 0.0, 10.0, 4.0, 1.0) AS rank
      FROM articles_fts WHERE articles_fts MATCH ${match}
      ORDER BY rank LIMIT ${window}`.execute(db)
    const passed = await passingFilters(db, ranked.rows, filters)
    page = passed.slice(offset, wanted)
    // Every match was ranked, or the page ends strictly above the window's last rank (a row
    // outside the window with an equal rank could otherwise belong on it).
    const everything = ranked.rows.length < window
    const boundary = ranked.rows[ranked.rows.length - 1]?.rank ?? 0
    const last = page[page.length - 1]
    if (everything || (page.length === limit && last !== undefined && last.rank < boundary)) break
    window *= 8
  }
  const snippets = new Map<number, string>()
  if (page.length > 0) {
    // `+rowid` keeps the key list a plain filter on one pass over the matches: offered to FTS5 as
    // a constraint, it ran the whole (prefix-expanded) match once per key.
    // Columns 2 and 3 are the standfirst and the body: the headline is shown above the snippet.
    const rows = await sql<{ fts: number; dek: string; body: string }>`
      SELECT rowid AS fts,
        snippet(articles_fts, 2, ${highlightStart}, ${highlightEnd}, '…', 28) AS dek,
        snippet(articles_fts, 3, ${highlightStart}, ${highlightEnd}, '…', 28) AS body
      FROM articles_fts
      WHERE articles_fts MATCH ${match}
        AND +rowid IN (SELECT value FROM json_each(${JSON.stringify(page.map((p) => p.fts))}))`.execute(
      db,
    )
    for (const r of rows.rows) snippets.set(r.fts, storySnippet(r.dek, r.body))
  }
  const count = await sql<{ n: number }>`
    SELECT count(*) AS n FROM (SELECT 1 FROM ${sql.raw(searchJoin)}
    WHERE ${searchConditions(sql`articles_fts MATCH ${match}`, filters)}
    LIMIT ${countUpTo + 1})`.execute(db)
  return {
    hits: page.map((p) => ({ articleId: p.id, snippet: snippets.get(p.fts) ?? '', rank: -p.rank })),
    total: Number(count.rows[0]?.n ?? 0),
  }
}

/**
 * The ranked matches whose articles pass the filters, best first (then newest, then by id: pages
 * of a search must not overlap).
 * The keys travel as one JSON array, so a widened window never meets the parameter limit.
 */
async function passingFilters(
  db: Kysely<Database>,
  ranked: readonly { fts: number; rank: number }[],
  filters: SearchFilters,
): Promise<{ fts: number; id: string; rank: number }[]> {
  if (ranked.length === 0) return []
  const rankOf = new Map(ranked.map((r) => [r.fts, r.rank]))
  const keys = JSON.stringify(ranked.map((r) => r.fts))
  const rows = await sql<{ fts: number; id: string; published_at: string | null }>`
    SELECT m.id AS fts, a.id AS id, a.published_at AS published_at
    FROM article_search_ids m CROSS JOIN articles a ON a.id = m.article_id
    WHERE ${searchConditions(sql`m.id IN (SELECT value FROM json_each(${keys}))`, filters)}`.execute(
    db,
  )
  return rows.rows
    .map((r) => ({ ...r, rank: rankOf.get(r.fts) ?? 0 }))
    .sort(
      (x, y) =>
        x.rank - y.rank ||
        (y.published_at ?? '').localeCompare(x.published_at ?? '') ||
        (y.id < x.id ? -1 : y.id > x.id ? 1 : 0),
    )
    .map(({ fts, id, rank }) => ({ fts, id, rank }))
}
