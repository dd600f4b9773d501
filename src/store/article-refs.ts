import type { Kysely, RawBuilder } from 'kysely'
import { sql } from 'kysely'
import { chunks } from './chunks.js'
import type { Dialect } from './dialects/dialect.js'
import type { Database } from './schema.js'

type Db = Kysely<Database>

/**
 * An article's sections, tags and bylines as its pages show them: each kind an ordered JSON array
 * of `[id, slug, name]` in a column of the article's own row (`section_refs`, `tag_refs`,
 * `author_refs`). The link tables stay the truth (lists, filters and the news flow read them);
 * the columns are a copy, so that a story or a list of cards is read without a correlated
 * subquery per kind of link and per row (the subqueries were about a tenth of the CPU of an
 * uncached article page).
 *
 * The copy is always computed in SQL, from the link tables and the sections, tags and authors
 * they point at, inside the transaction that changed either side:
 * - an article's row is written with refs computed from the links it is about to write (`refsOf`);
 * - renaming, re-slugging or deleting a section, tag or author rewrites the refs of every article
 *   linked to it (`refreshRefsOf`).
 * On PostgreSQL two such transactions could each miss the other's uncommitted change (a rename and
 * a save that links the renamed section), so they are ordered by one advisory lock: link writes
 * share it, renames and deletes take it alone (`Dialect.lockRefs`); an update that changes neither
 * name nor slug (a move, a description, a bio) does not take it. A transaction that saves stories
 * and then renames (an import) waits for the saves of others in flight, and can meet one that
 * waits for a story it saved: PostgreSQL then cancels one of the two with a deadlock error, and
 * nothing of it is written. SQLite runs one writer at a time and needs nothing more.
 */
export const linkKinds = {
  article_sections: { target: 'sections', column: 'section_id', refs: 'section_refs' },
  article_tags: { target: 'tags', column: 'tag_id', refs: 'tag_refs' },
  article_authors: { target: 'authors', column: 'author_id', refs: 'author_refs' },
} as const

export type LinkTable = keyof typeof linkKinds

/** What a ref holds of its section, tag or author `t`, in the order of the JSON arrays. */
const refValues = [sql.ref('t.id'), sql.ref('t.slug'), sql.ref('t.name')]

/** One kind of the article `articleId`'s links, in order, as a JSON array of `[id, slug, name]`. */
function linksOf(dialect: Dialect, link: LinkTable, articleId: RawBuilder<unknown>) {
  const { target, column } = linkKinds[link]
  return sql<string>`(SELECT ${dialect.jsonArrays(refValues, sql.ref('l.position'))}
    FROM ${sql.table(link)} l JOIN ${sql.table(target)} t ON t.id = ${sql.ref(`l.${column}`)}
    WHERE l.article_id = ${articleId})`
}

const allKinds = Object.keys(linkKinds) as LinkTable[]

/** One kind of refs for links to these ids, in this order, read from the target table. */
function linksFromIds(dialect: Dialect, link: LinkTable, ids: readonly string[]) {
  const { target } = linkKinds[link]
  return sql<string>`(SELECT ${dialect.jsonArrays(refValues, sql.ref('j.position'))}
    FROM ${dialect.jsonIdList(JSON.stringify(ids))} JOIN ${sql.table(target)} t ON t.id = j.id)`
}

/**
 * The refs columns of an article about to be written with these links, computed in the same
 * INSERT or UPDATE from the sections, tags and authors they point at (the links themselves are
 * written next, from the same ids): a save writes the article's row once.
 */
export function refsOf(
  dialect: Dialect,
  a: {
    sections: readonly { id: string }[]
    tags: readonly { id: string }[]
    authors: readonly { id: string }[]
  },
) {
  const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id)
  return {
    section_refs: linksFromIds(dialect, 'article_sections', ids(a.sections)),
    tag_refs: linksFromIds(dialect, 'article_tags', ids(a.tags)),
    author_refs: linksFromIds(dialect, 'article_authors', ids(a.authors)),
  }
}

/** Every kind of refs of the article in the row being updated, computed from its links. */
const allRefs = (dialect: Dialect) =>
  Object.fromEntries(
    allKinds.map((link) => [linkKinds[link].refs, linksOf(dialect, link, sql.ref('articles.id'))]),
  )

/** Rewrites the refs of these articles from their links (after the links were written). */
export async function refreshArticleRefs(
  db: Db,
  dialect: Dialect,
  ids: readonly string[],
): Promise<void> {
  for (const part of chunks([...new Set(ids)]))
    await db.updateTable('articles').set(allRefs(dialect)).where('id', 'in', part).execute()
}

/** Rewrites the refs of every article (filling the columns when they are added). */
export async function refreshAllRefs(db: Db, dialect: Dialect): Promise<void> {
  await db.updateTable('articles').set(allRefs(dialect)).execute()
}

/**
 * Rewrites one kind of refs of every article linked to `targetId` (a section, tag or author whose
 * name or slug changed).
 */
export async function refreshRefsOf(
  db: Db,
  dialect: Dialect,
  link: LinkTable,
  targetId: string,
): Promise<void> {
  const { column, refs } = linkKinds[link]
  await db
    .updateTable('articles')
    .set({ [refs]: linksOf(dialect, link, sql.ref('articles.id')) })
    .where('id', 'in', (q) =>
      q.selectFrom(link).select('article_id').where(sql.ref(column), '=', targetId),
    )
    .execute()
}

/** The ids of the articles linked to `targetId`, read before a delete takes their links away. */
export async function articlesLinkedTo(
  db: Db,
  link: LinkTable,
  targetId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom(link)
    .select('article_id')
    .where(sql.ref(linkKinds[link].column), '=', targetId)
    .execute()
  return rows.map((r) => r.article_id)
}
