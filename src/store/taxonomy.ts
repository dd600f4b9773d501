import type { Kysely, Selectable } from 'kysely'
import { sql } from 'kysely'
import type { Author, AuthorLink, Section, Tag } from '../domain/taxonomy.js'
import type { LinkTable } from './article-refs.js'
import { articlesLinkedTo, linkKinds, refreshArticleRefs, refreshRefsOf } from './article-refs.js'
import type { Dialect } from './dialects/dialect.js'
import type { AuthorsTable, Database, SectionsTable } from './schema.js'

type Db = Kysely<Database>

/**
 * What renaming and deleting a section, tag or author must also do: rewrite the copies of its
 * name and slug in the rows of the articles linked to it (see article-refs.ts), in the same
 * transaction and under the refs lock.
 */
function linkedNames(db: Db, dialect: Dialect, link: LinkTable) {
  const table = linkKinds[link].target
  return {
    /**
     * Runs `write`, the update of the row; when it changes the name or slug, under the refs lock
     * and followed by a rewrite of the refs of the articles linked to it. A move, a description or
     * a bio takes no refs lock and rewrites nothing.
     */
    async update(id: string, next: { slug: string; name: string }, write: () => Promise<void>) {
      // Locked first, so that the name read next is the one this write replaces.
      await dialect.lockRow(db, table, id)
      const before = await db
        .selectFrom(table)
        .select(['slug', 'name'])
        .where('id', '=', id)
        .executeTakeFirst()
      const renamed =
        before !== undefined && (before.slug !== next.slug || before.name !== next.name)
      if (renamed) await dialect.lockRefs(db, 'exclusive')
      await write()
      if (renamed) await refreshRefsOf(db, dialect, link, id)
    },
    /** Runs `remove`, the delete of the row (its links go with it), then rewrites the refs that named it. */
    async delete(id: string, remove: () => Promise<void>) {
      await dialect.lockRefs(db, 'exclusive')
      const linked = await articlesLinkedTo(db, link, id)
      await remove()
      await refreshArticleRefs(db, dialect, linked)
    },
  }
}

/** Every section, ordered by position, then name. */
export async function listSections(db: Db): Promise<Section[]> {
  const rows = await db
    .selectFrom('sections')
    .selectAll()
    .orderBy('position')
    .orderBy('name')
    .execute()
  return rows.map(rowToSection)
}

/** Sections: a tree ordered by position within each parent. */
export function sectionsRepo(db: Db, dialect: Dialect) {
  const names = linkedNames(db, dialect, 'article_sections')
  return {
    list: (): Promise<Section[]> => listSections(db),
    async findById(id: string): Promise<Section | null> {
      const row = await db
        .selectFrom('sections')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row === undefined ? null : rowToSection(row)
    },
    async findBySlug(slug: string): Promise<Section | null> {
      const row = await db
        .selectFrom('sections')
        .selectAll()
        .where('slug', '=', slug)
        .executeTakeFirst()
      return row === undefined ? null : rowToSection(row)
    },
    async insert(s: Section, now: string): Promise<void> {
      await db
        .insertInto('sections')
        .values({
          id: s.id,
          slug: s.slug,
          name: s.name,
          description: s.description,
          parent_id: s.parentId,
          position: s.position,
          created_at: now,
          updated_at: now,
        })
        .execute()
    },
    async update(s: Section, now: string): Promise<void> {
      await names.update(s.id, s, async () => {
        await db
          .updateTable('sections')
          .set({
            slug: s.slug,
            name: s.name,
            description: s.description,
            parent_id: s.parentId,
            position: s.position,
            updated_at: now,
          })
          .where('id', '=', s.id)
          .execute()
      })
    },
    async delete(id: string): Promise<void> {
      await names.delete(id, async () => {
        await db.deleteFrom('sections').where('id', '=', id).execute()
      })
    },
    async hasChildren(id: string): Promise<boolean> {
      return (
        (await db
          .selectFrom('sections')
          .select('id')
          .where('parent_id', '=', id)
          .executeTakeFirst()) !== undefined
      )
    },
  }
}

function rowToSection(r: Selectable<SectionsTable>): Section {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    description: r.description,
    parentId: r.parent_id,
    position: r.position,
  }
}

/** Tags: flat, named in natural case, addressed by slug. */
export function tagsRepo(db: Db, dialect: Dialect) {
  const names = linkedNames(db, dialect, 'article_tags')
  return {
    /** By name; `query` keeps the tags whose name contains it (case-insensitive). */
    async list(limit = 1000, query = ''): Promise<Tag[]> {
      let q = db.selectFrom('tags').select(['id', 'slug', 'name'])
      if (query.trim() !== '') {
        const like = `%${query
          .trim()
          .toLowerCase()
          .replace(/[\\%_]/g, (c) => `\\${c}`)}%`
        q = q.where(({ eb, fn }) =>
          eb(fn('lower', ['name']), 'like', sql<string>`${like} escape '\\'`),
        )
      }
      return q.orderBy('name').limit(limit).execute()
    },
    async findBySlug(slug: string): Promise<Tag | null> {
      return (
        (await db
          .selectFrom('tags')
          .select(['id', 'slug', 'name'])
          .where('slug', '=', slug)
          .executeTakeFirst()) ?? null
      )
    },
    async findById(id: string): Promise<Tag | null> {
      return (
        (await db
          .selectFrom('tags')
          .select(['id', 'slug', 'name'])
          .where('id', '=', id)
          .executeTakeFirst()) ?? null
      )
    },
    async insert(t: Tag, now: string): Promise<void> {
      await db
        .insertInto('tags')
        .values({ ...t, created_at: now })
        .execute()
    },
    async update(t: Tag): Promise<void> {
      await names.update(t.id, t, async () => {
        await db
          .updateTable('tags')
          .set({ slug: t.slug, name: t.name })
          .where('id', '=', t.id)
          .execute()
      })
    },
    async delete(id: string): Promise<void> {
      await names.delete(id, async () => {
        await db.deleteFrom('tags').where('id', '=', id).execute()
      })
    },
  }
}

/** Byline profiles, optionally tied to a user; wire services have no user. */
export function authorsRepo(db: Db, dialect: Dialect) {
  const names = linkedNames(db, dialect, 'article_authors')
  return {
    /** By name; the first `limit` only when given. */
    async list(limit?: number): Promise<Author[]> {
      let q = db.selectFrom('authors').selectAll().orderBy('name').orderBy('id')
      if (limit !== undefined) q = q.limit(limit)
      return (await q.execute()).map(rowToAuthor)
    },
    async findById(id: string): Promise<Author | null> {
      const row = await db.selectFrom('authors').selectAll().where('id', '=', id).executeTakeFirst()
      return row === undefined ? null : rowToAuthor(row)
    },
    async findBySlug(slug: string): Promise<Author | null> {
      const row = await db
        .selectFrom('authors')
        .selectAll()
        .where('slug', '=', slug)
        .executeTakeFirst()
      return row === undefined ? null : rowToAuthor(row)
    },
    async findManyByIds(ids: readonly string[]): Promise<Author[]> {
      if (ids.length === 0) return []
      const rows = await db.selectFrom('authors').selectAll().where('id', 'in', ids).execute()
      const byId = new Map(rows.map((r) => [r.id, rowToAuthor(r)]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },
    async idsForUser(userId: string): Promise<string[]> {
      return (
        await db.selectFrom('authors').select('id').where('user_id', '=', userId).execute()
      ).map((r) => r.id)
    },
    async insert(a: Author, now: string): Promise<void> {
      await db
        .insertInto('authors')
        .values({ ...authorToRow(a), created_at: now, updated_at: now })
        .execute()
    },
    async update(a: Author, now: string): Promise<void> {
      await names.update(a.id, a, async () => {
        await db
          .updateTable('authors')
          .set({ ...authorToRow(a), updated_at: now })
          .where('id', '=', a.id)
          .execute()
      })
    },
    async delete(id: string): Promise<void> {
      await names.delete(id, async () => {
        await db.deleteFrom('authors').where('id', '=', id).execute()
      })
    },
  }
}

function rowToAuthor(r: Selectable<AuthorsTable>): Author {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    bio: r.bio,
    photoMediaId: r.photo_media_id,
    links: JSON.parse(r.links) as AuthorLink[],
    userId: r.user_id,
    isWire: r.is_wire === 1,
    jobTitle: r.job_title,
    expertise: JSON.parse(r.expertise) as string[],
    profileLinks: JSON.parse(r.profile_links) as string[],
  }
}

function authorToRow(a: Author) {
  return {
    id: a.id,
    slug: a.slug,
    name: a.name,
    bio: a.bio,
    photo_media_id: a.photoMediaId,
    links: JSON.stringify(a.links),
    user_id: a.userId,
    is_wire: a.isWire ? 1 : 0,
    job_title: a.jobTitle,
    expertise: JSON.stringify(a.expertise),
    profile_links: JSON.stringify(a.profileLinks),
  }
}
