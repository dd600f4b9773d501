/**
 * The read side of the articles repository: whole articles by id or slug, a story with its
 * corrections in one statement, and cards (articles without their bodies) by id or by public list.
 */
import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type { Article, ArticleCard, Correction, CorrectionKind, Ref } from '../domain/article.js'
import type { CardRow } from './article-rows.js'
import { cardColumns, rowToArticle, rowToCard } from './article-rows.js'
import { isoInstant, withHistory } from './corrections.js'
import type { Dialect } from './dialects/dialect.js'
import { reusableQuery, rowLimit } from './reusable-query.js'
import type { Database } from './schema.js'

type Db = Kysely<Database>

/** The card's columns named with their table (a list's rows are joined to the articles). */
const qualifiedCardColumns = cardColumns.map((c) => `articles.${c}` as const)

/** The refs a card shows, beside its own columns (see article-refs.ts). */
const cardRefColumns = ['section_refs', 'author_refs'] as const

/** A card's row with its refs, as the domain's ArticleCard. */
function cardOf(r: CardRow & { section_refs: string; author_refs: string }): ArticleCard {
  return rowToCard(r, { sections: refsIn(r.section_refs), authors: refsIn(r.author_refs) })
}

/** An article's whole row, refs included, as the domain's Article. */
function articleOf(r: Parameters<typeof rowToArticle>[0]): Article {
  return rowToArticle(r, {
    sections: refsIn(r.section_refs),
    tags: refsIn(r.tag_refs),
    authors: refsIn(r.author_refs),
  })
}

/** A JSON column's value: a string on SQLite, already parsed by the client on PostgreSQL. */
function jsonColumn(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value
}

/** A refs column's JSON as refs. */
function refsIn(value: string): Ref[] {
  const tuples = JSON.parse(value) as [string, string, string][]
  return tuples.map(([id, slug, name]) => ({ id, slug, name }))
}

/**
 * Corrections read as JSON. Instants come back as each database writes them in JSON: PostgreSQL's
 * with an offset rather than `Z`, normalised here to the ISO form the rest of the store gives.
 */
function correctionsIn(articleId: string, value: unknown): Correction[] {
  type Tuple = [string, string, string, string, string | null, string | null, string | null]
  const tuples = jsonColumn(value) as Tuple[]
  return tuples.map(([id, kind, text, createdAt, editedAt, withdrawnAt, withdrawnNote]) => ({
    id,
    articleId,
    kind: kind as CorrectionKind,
    text,
    createdAt: isoInstant(createdAt),
    editedAt: editedAt === null ? null : isoInstant(editedAt),
    history: [],
    withdrawn:
      withdrawnAt === null ? null : { at: isoInstant(withdrawnAt), note: withdrawnNote ?? '' },
  }))
}

/** Article reads, each one statement (prepared once where the store reuses queries). */
export function articleReads(db: Db, dialect: Dialect) {
  /** The story's corrections, oldest first, as JSON arrays (`correctionsIn` reads them). */
  const correctionRows = sql<unknown>`(SELECT ${dialect.jsonArrays(
    [
      sql.ref('c.id'),
      sql.ref('c.kind'),
      sql.ref('c.text'),
      sql.ref('c.created_at'),
      sql.ref('c.edited_at'),
      sql.ref('c.withdrawn_at'),
      sql.ref('c.withdrawn_note'),
    ],
    sql`${sql.ref('c.created_at')}, ${sql.ref('c.id')}`,
  )} FROM corrections c WHERE c.article_id = ${sql.ref('articles.id')})`.as('correction_rows')

  /** Whole article rows, their refs included. */
  const articleRows = (q: Db) => q.selectFrom('articles').selectAll()

  const articlesWhere = reusableQuery(
    (q, column: 'id' | 'slug', values: readonly string[]) =>
      articleRows(q).where(column, 'in', values),
    (column, values) => `${column}:${values.length}`,
    (_column, values) => values,
  )

  /** Whole articles where `column` is one of `values`, in no particular order. */
  async function readArticlesWhere(
    column: 'id' | 'slug',
    values: readonly string[],
  ): Promise<Article[]> {
    if (values.length === 0) return []
    return (await articlesWhere(db, column, values)).map(articleOf)
  }

  const storyWhere = reusableQuery(
    (q, column: 'id' | 'slug', value: string) =>
      articleRows(q).select(correctionRows).where(column, '=', value),
    (column) => column,
    (_column, value) => [value],
  )

  /**
   * An article with its corrections, by id or slug: what a story's page shows of it, in one
   * statement (each statement also takes and releases SQLite's read lock).
   */
  async function readStory(
    column: 'id' | 'slug',
    value: string,
  ): Promise<{ article: Article; corrections: Correction[] } | null> {
    const r = (await storyWhere(db, column, value))[0]
    if (r === undefined) return null
    // Earlier wordings are read only for a story whose corrections were edited.
    const corrections = await withHistory(db, correctionsIn(r.id, r.correction_rows))
    return { article: articleOf(r), corrections }
  }

  /** Whole articles by id, in no particular order (missing ones left out). */
  const readArticles = (ids: readonly string[]): Promise<Article[]> => readArticlesWhere('id', ids)

  const cardsById = reusableQuery(
    (q, ids: readonly string[]) =>
      q
        .selectFrom('articles')
        .select([...cardColumns, ...cardRefColumns])
        .where('id', 'in', ids),
    (ids) => String(ids.length),
    (ids) => ids,
  )

  /** Articles without their bodies by id, in no particular order (missing ones left out). */
  async function readCards(ids: readonly string[]): Promise<ArticleCard[]> {
    if (ids.length === 0) return []
    const rows = await cardsById(db, ids)
    return rows.map(cardOf)
  }

  const cardsOfList = reusableQuery(
    (q, listKey: string, limit: number) =>
      q
        .selectFrom('article_feed')
        .innerJoin('articles', 'articles.id', 'article_feed.article_id')
        .select([...qualifiedCardColumns, ...cardRefColumns.map((c) => `articles.${c}` as const)])
        .where('article_feed.list_key', '=', listKey)
        .orderBy('article_feed.published_at', 'desc')
        .orderBy('article_feed.article_id', 'desc')
        .limit(rowLimit(limit)),
    (_listKey: string, limit: number) => String(limit),
    (listKey) => [listKey],
  )

  /** The first `limit` cards of a public list, newest first: its ids and cards in one read. */
  async function readListCards(listKey: string, limit: number): Promise<ArticleCard[]> {
    const rows = await cardsOfList(db, listKey, limit)
    return rows.map(cardOf)
  }

  return { readArticlesWhere, readArticles, readStory, readCards, readListCards }
}
