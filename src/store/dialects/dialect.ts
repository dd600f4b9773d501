import type { Kysely, LogConfig, RawBuilder } from 'kysely'
import { sql } from 'kysely'
import type { PoolStats } from '../observe.js'
import type { Database } from '../schema.js'
import { highlightEnd, highlightStart } from '../../domain/highlight.js'

export interface SearchFilters {
  /** Section ids (a section and its children); articles in any of them match. */
  sectionIds?: string[]
  authorId?: string
  /** Defaults to published only: the public site never searches drafts. */
  statuses?: string[]
  /** Only the stories this user created or writes under one of these bylines. */
  ownedBy?: { userId: string; authorIds: readonly string[] }
}

export interface SearchHit {
  articleId: string
  /** Text with matches wrapped in U+0002 … U+0003; the renderer escapes it and marks the hits. */
  snippet: string
  rank: number
}

export interface SearchPage {
  hits: SearchHit[]
  /** Matches, counted up to `countUpTo + 1`: counting every match of a common word made broad searches slow. */
  total: number
}

/** Searches count matches up to this many (plus one, to tell "more than"). */
export const searchCountCap = 1000

export { highlightEnd, highlightStart }

/**
 * SQLite's snippet for a result, from the standfirst's and the body's FTS5 snippets: the one with
 * more marked matches (the body on a tie). A story that matched only in its headline shows its
 * standfirst (or the start of its body) unmarked, not its headline a second time. (PostgreSQL
 * highlights the standfirst and body together; a headline-only match shows their first words.)
 */
export function storySnippet(dek: string, body: string): string {
  const marks = (text: string) => text.split(highlightStart).length - 1
  const inDek = marks(dek)
  const inBody = marks(body)
  if (inBody > 0 && inBody >= inDek) return body
  if (inDek > 0) return dek
  return dek !== '' ? dek : body
}

/** The text of one article the search index holds. */
export interface SearchRow {
  id: string
  headline: string
  dek: string
  body_text: string
}

/** What differs between SQLite and PostgreSQL, as named capabilities; nothing else may branch. */
export interface Dialect {
  readonly name: 'sqlite' | 'postgres'
  readonly db: Kysely<Database>
  /** Column type for instants: ISO text on SQLite, timestamptz on PostgreSQL. */
  readonly timestampType: 'text' | 'timestamptz'
  /** Creates the full-text index (migration step). */
  createSearchIndex(db: Kysely<unknown>): Promise<void>
  /** Brings the search index up to date for these articles (a no-op where the index is generated). */
  indexArticles(
    db: Kysely<Database>,
    rows: readonly SearchRow[],
    /** True for new articles: nothing to replace. */
    isNew: boolean,
  ): Promise<void>
  unindexArticle(db: Kysely<Database>, id: string): Promise<void>
  search(
    db: Kysely<Database>,
    query: string,
    filters: SearchFilters,
    limit: number,
    offset: number,
    /** Count matches up to this many, plus one. */
    countUpTo: number,
  ): Promise<SearchPage>
  isUniqueViolation(error: unknown): boolean
  /**
   * An aggregate of rows as one JSON array of arrays (`[[a, b], …]`, `[]` for no rows), in
   * `orderBy` order: the links of an article come back in the article's own row, not in a
   * statement of their own each.
   */
  jsonArrays(
    values: readonly RawBuilder<unknown>[],
    orderBy: RawBuilder<unknown>,
  ): RawBuilder<unknown>
  /**
   * A JSON array of strings (bound as one parameter) as a table `j` of `id` and its 0- or
   * 1-based `position`, in the array's order.
   */
  jsonIdList(json: string): RawBuilder<unknown>
  /**
   * Orders, within the current transaction, the writes that change an article's copy of its
   * links' names (see article-refs.ts): `shared` for writing an article's links, `exclusive` for
   * renaming or deleting a section, tag or author. Held until the transaction ends.
   */
  lockRefs(db: Kysely<Database>, mode: 'shared' | 'exclusive'): Promise<void>
  /**
   * Locks one row of a section, tag or author table against other writers of it until the
   * transaction ends, without blocking links to it (PostgreSQL's FOR NO KEY UPDATE; SQLite's
   * writers already run one at a time).
   */
  lockRow(db: Kysely<Database>, table: 'sections' | 'tags' | 'authors', id: string): Promise<void>
  /**
   * Calls `listener` soon after another process commits to the database (SQLite: polled; a
   * no-op on PostgreSQL, where processes tell each other through LISTEN/NOTIFY). Returns `stop`.
   */
  watchForeignWrites(listener: () => void): () => void
  /** Runs a long series of write transactions (an import), tuned for throughput (see Store). */
  bulkWrites<T>(fn: () => Promise<T>): Promise<T>
  /** The connection pool's counters; null where there is no pool (SQLite's one connection). */
  poolStats: (() => PoolStats) | null
  /**
   * Copies the live database into `file` while it keeps serving (SQLite's online backup); null
   * where the database's own tools do it (pg_dump).
   */
  backup: ((file: string) => Promise<void>) | null
  /** Names the transaction's connection after `tag` until it ends; null where nothing shows it. */
  tagTransaction: ((db: Kysely<Database>, tag: string) => Promise<void>) | null
  close(): Promise<void>
}

/** Kysely's log hook for the query times (store/observe.ts), or none. */
export type QueryLog = LogConfig | undefined

/** Splits a reader's query into plain word tokens (letters and digits only), at most 12. */
export function queryTokens(query: string): string[] {
  return (query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12)
}

/** The conditions both dialects add to a text match: statuses, sections and author. */
export function searchConditions(
  match: RawBuilder<unknown>,
  filters: SearchFilters,
): RawBuilder<unknown> {
  const statuses = filters.statuses ?? ['published']
  return sql.join(
    [
      match,
      sql`a.status IN (${sql.join(statuses)})`,
      ...(filters.sectionIds !== undefined
        ? [
            sql`EXISTS (SELECT 1 FROM article_sections s WHERE s.article_id = a.id AND s.section_id IN (${sql.join(filters.sectionIds)}))`,
          ]
        : []),
      ...(filters.authorId !== undefined
        ? [
            sql`EXISTS (SELECT 1 FROM article_authors w WHERE w.article_id = a.id AND w.author_id = ${filters.authorId})`,
          ]
        : []),
      ...(filters.ownedBy !== undefined ? [ownedCondition(filters.ownedBy)] : []),
    ],
    sql` AND `,
  )
}

/** A story the user created, or one under one of their bylines (a contributor's own work). */
function ownedCondition(owner: { userId: string; authorIds: readonly string[] }) {
  const byline =
    owner.authorIds.length > 0
      ? sql` OR EXISTS (SELECT 1 FROM article_authors o WHERE o.article_id = a.id AND o.author_id IN (${sql.join(owner.authorIds)}))`
      : sql``
  return sql`(a.created_by = ${owner.userId}${byline})`
}
