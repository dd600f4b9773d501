import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type { Article } from '../domain/article.js'
import { listsOfStory } from '../domain/lists.js'
import { chunks } from './chunks.js'
import { reusableQuery, rowLimit } from './reusable-query.js'
import type { Database } from './schema.js'

type Db = Kysely<Database>

/** What decides an article's rows in `article_feed`. */
interface FeedState {
  id: string
  kind: string
  status: string
  publishedAt: string | null
  sectionIds: readonly string[]
  tagIds: readonly string[]
  authorIds: readonly string[]
}

/** The feed state of an article as it is about to be written. */
export const feedStateOf = (a: Article): FeedState => ({
  id: a.id,
  kind: a.kind,
  status: a.status,
  publishedAt: a.publishedAt,
  sectionIds: a.sections.map((s) => s.id),
  tagIds: a.tags.map((t) => t.id),
  authorIds: a.authors.map((w) => w.id),
})

/** Each of these sections with itself and every section above it. */
async function withAncestors(
  db: Db,
  sectionIds: readonly string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>()
  for (const part of chunks([...new Set(sectionIds)])) {
    // UNION (not UNION ALL) stops at a pair already seen, so even a cycle in the tree ends.
    const rows = await db
      .withRecursive('up(start, id)', (qb) =>
        qb
          .selectFrom('sections')
          .select(['id as start', 'id'])
          .where('id', 'in', part)
          .union(
            qb
              .selectFrom('up')
              .innerJoin('sections as p', 'p.id', 'up.id')
              .select((eb) => ['up.start', eb.ref('p.parent_id').$notNull().as('id')])
              .where('p.parent_id', 'is not', null),
          ),
      )
      .selectFrom('up')
      .select(['start', 'id'])
      .execute()
    for (const r of rows) {
      const list = result.get(r.start) ?? []
      list.push(r.id)
      result.set(r.start, list)
    }
  }
  return result
}

/**
 * Writes the `article_feed` rows of these articles from their state: none unless it is a
 * published article; otherwise `all`, each section and every ancestor section, each tag and
 * each author. `replace` first removes the rows they had (not needed for new articles). Called in
 * the same transaction as every write that can change them.
 */
export async function writeFeed(
  db: Db,
  articles: readonly FeedState[],
  replace: boolean,
): Promise<void> {
  if (replace)
    for (const part of chunks(articles.map((a) => a.id)))
      await db.deleteFrom('article_feed').where('article_id', 'in', part).execute()
  const live = articles.filter(
    (a) => a.status === 'published' && a.kind === 'article' && a.publishedAt !== null,
  )
  if (live.length === 0) return
  const ancestors = await withAncestors(
    db,
    live.flatMap((a) => a.sectionIds),
  )
  const rows = live.flatMap((a) => {
    const keys = listsOfStory(a, (id) => ancestors.get(id) ?? [id])
    return keys.map((key) => ({
      list_key: key,
      published_at: a.publishedAt ?? '',
      article_id: a.id,
    }))
  })
  for (const part of chunks(rows)) await db.insertInto('article_feed').values(part).execute()
}

/** Rewrites the `article_feed` rows of these articles from what the database holds now. */
export async function syncFeed(db: Db, articleIds: readonly string[]): Promise<void> {
  const states: FeedState[] = []
  for (const part of chunks([...new Set(articleIds)])) {
    await db.deleteFrom('article_feed').where('article_id', 'in', part).execute()
    const [articles, sections, tags, authors] = await Promise.all([
      db
        .selectFrom('articles')
        .select(['id', 'kind', 'status', 'published_at'])
        .where('id', 'in', part)
        .execute(),
      db
        .selectFrom('article_sections')
        .select(['article_id', 'section_id as id'])
        .where('article_id', 'in', part)
        .execute(),
      db
        .selectFrom('article_tags')
        .select(['article_id', 'tag_id as id'])
        .where('article_id', 'in', part)
        .execute(),
      db
        .selectFrom('article_authors')
        .select(['article_id', 'author_id as id'])
        .where('article_id', 'in', part)
        .execute(),
    ])
    const idsOf = (links: { article_id: string; id: string }[], articleId: string) =>
      links.filter((l) => l.article_id === articleId).map((l) => l.id)
    for (const a of articles)
      states.push({
        id: a.id,
        kind: a.kind,
        status: a.status,
        publishedAt: a.published_at,
        sectionIds: idsOf(sections, a.id),
        tagIds: idsOf(tags, a.id),
        authorIds: idsOf(authors, a.id),
      })
  }
  await writeFeed(db, states, false)
}

/** Re-syncs every article in the given sections (after a section moved in the tree). */
export async function resyncFeedForSections(db: Db, sectionIds: readonly string[]): Promise<void> {
  if (sectionIds.length === 0) return
  const rows = await db
    .selectFrom('article_sections')
    .select('article_id')
    .distinct()
    .where('section_id', 'in', sectionIds)
    .execute()
  await syncFeed(
    db,
    rows.map((r) => r.article_id),
  )
}

interface FeedCursor {
  at: string
  id: string
}

/** One page of a list's rows, newest first, after `cursor` when given (keyset). */
const feedPage = reusableQuery(
  (db, listKey: string, limit: number, cursor: FeedCursor | null) => {
    let q = db
      .selectFrom('article_feed')
      .select(['article_id', 'published_at'])
      .where('list_key', '=', listKey)
    if (cursor !== null)
      q = q.where(sql<boolean>`(published_at, article_id) < (${cursor.at}, ${cursor.id})`)
    return q.orderBy('published_at', 'desc').orderBy('article_id', 'desc').limit(rowLimit(limit))
  },
  (_key, limit, cursor) => `${cursor === null ? 'first' : 'after'}:${limit}`,
  (key, _limit, cursor) => (cursor === null ? [key] : [key, cursor.at, cursor.id]),
)

/** One page of a list's article ids, newest first: a single index range on (list_key, published_at, article_id). */
export async function listFeed(
  db: Db,
  listKey: string,
  limit: number,
  cursor: FeedCursor | null,
): Promise<{ ids: string[]; next: FeedCursor | null }> {
  const rows = await feedPage(db, listKey, limit + 1, cursor)
  const page = rows.slice(0, limit)
  const last = page[page.length - 1]
  return {
    ids: page.map((r) => r.article_id),
    next:
      rows.length > limit && last !== undefined
        ? { at: last.published_at, id: last.article_id }
        : null,
  }
}

/** The position after the first `offset` entries of a list (for a bare `?page=N`): an index-only scan. */
export async function feedCursorAt(
  db: Db,
  listKey: string,
  offset: number,
): Promise<FeedCursor | null> {
  if (offset <= 0) return null
  const row = await db
    .selectFrom('article_feed')
    .select(['published_at', 'article_id'])
    .where('list_key', '=', listKey)
    .orderBy('published_at', 'desc')
    .orderBy('article_id', 'desc')
    .offset(offset - 1)
    .limit(1)
    .executeTakeFirst()
  return row === undefined ? null : { at: row.published_at, id: row.article_id }
}
