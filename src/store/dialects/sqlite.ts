import { mkdirSync, accessSync, constants } from 'node:fs'
import { dirname } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import type { Database } from '../schema.js'
import { StoreOpenError } from '../errors.js'
import type { Dialect, SearchFilters, SearchPage } from './dialect.js'
import { highlightEnd, highlightStart, queryTokens } from './dialect.js'

/** Opens (and creates) a SQLite database file with WAL, foreign keys and a busy timeout. */
export function openSqlite(file: string): Dialect {
  let raw: SqliteDatabase.Database
  try {
    if (file !== ':memory:') {
      mkdirSync(dirname(file), { recursive: true })
      accessSync(dirname(file), constants.W_OK)
    }
    raw = new SqliteDatabase(file)
    raw.pragma('journal_mode = WAL')
    raw.pragma('foreign_keys = ON')
    raw.pragma('busy_timeout = 5000')
    raw.pragma('synchronous = NORMAL')
    // A corrupt file opens lazily; read the schema now so it fails at start, not on first request.
    raw.prepare('SELECT count(*) FROM sqlite_master').get()
  } catch (error) {
    throw new StoreOpenError(`Cannot open the SQLite database at ${file}: ${describe(error)}`, {
      cause: error,
    })
  }
  cacheStatements(raw)
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) })
  return {
    name: 'sqlite',
    db,
    timestampType: 'text',
    async createSearchIndex(target) {
      // Porter stemming over unicode61 with diacritics folded: "résumé" finds "resume".
      await sql`CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
        article_id UNINDEXED, headline, dek, body_text,
        tokenize = 'porter unicode61 remove_diacritics 2')`.execute(target)
    },
    async indexArticle(target, row, isNew = false) {
      // article_id is UNINDEXED, so this DELETE reads the whole FTS table: skip it when new.
      if (!isNew) await sql`DELETE FROM articles_fts WHERE article_id = ${row.id}`.execute(target)
      await sql`INSERT INTO articles_fts (article_id, headline, dek, body_text)
        VALUES (${row.id}, ${row.headline}, ${row.dek}, ${row.body_text})`.execute(target)
    },
    async unindexArticle(target, id) {
      await sql`DELETE FROM articles_fts WHERE article_id = ${id}`.execute(target)
    },
    search: searchSqlite,
    isUniqueViolation: (error) =>
      error instanceof Error &&
      'code' in error &&
      String(error.code).startsWith('SQLITE_CONSTRAINT_UNIQUE'),
    close: () => db.destroy(),
  }
}

async function searchSqlite(
  db: Kysely<Database>,
  query: string,
  filters: SearchFilters,
  limit: number,
  offset: number,
): Promise<SearchPage> {
  const tokens = queryTokens(query)
  if (tokens.length === 0) return { hits: [], total: 0 }
  // Each token quoted (so FTS5 operators in input are plain words); the last one also as a prefix.
  const match = tokens.map((t, i) => (i === tokens.length - 1 ? `"${t}"*` : `"${t}"`)).join(' ')
  const statuses = filters.statuses ?? ['published']
  const where = sql.join(
    [
      sql`articles_fts MATCH ${match}`,
      sql`a.status IN (${sql.join(statuses)})`,
      filters.sectionIds !== undefined
        ? sql`EXISTS (SELECT 1 FROM article_sections s WHERE s.article_id = a.id AND s.section_id IN (${sql.join(filters.sectionIds)}))`
        : sql`1 = 1`,
      filters.authorId !== undefined
        ? sql`EXISTS (SELECT 1 FROM article_authors w WHERE w.article_id = a.id AND w.author_id = ${filters.authorId})`
        : sql`1 = 1`,
    ],
    sql` AND `,
  )
  const rows = await sql<{ id: string; snippet: string; rank: number }>`
    SELECT a.id AS id,
      snippet(articles_fts, -1, ${highlightStart}, ${highlightEnd}, '…', 28) AS snippet,
      bm25(articles_fts, 0.0, 10.0, 4.0, 1.0) AS rank
    FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id
    WHERE ${where}
    ORDER BY rank, a.published_at DESC
    LIMIT ${limit} OFFSET ${offset}`.execute(db)
  const count = await sql<{ n: number }>`
    SELECT count(*) AS n FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id
    WHERE ${where}`.execute(db)
  return {
    hits: rows.rows.map((r) => ({ articleId: r.id, snippet: r.snippet, rank: -r.rank })),
    total: Number(count.rows[0]?.n ?? 0),
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Kysely's SQLite driver prepares every query anew; preparing was a quarter of the CPU time of a
 * bulk import. better-sqlite3 statements are reusable once run, so recent ones are kept (the SQL
 * text is the key; Kysely passes values as parameters, so the set of texts stays small).
 */
function cacheStatements(raw: SqliteDatabase.Database): void {
  const prepare = raw.prepare.bind(raw)
  const cache = new Map<string, SqliteDatabase.Statement>()
  raw.prepare = ((source: string) => {
    const cached = cache.get(source)
    if (cached !== undefined && !cached.busy) return cached
    const statement = prepare(source)
    if (cache.size >= 500) cache.delete(cache.keys().next().value ?? '')
    cache.set(source, statement)
    return statement
  }) as typeof raw.prepare
}
