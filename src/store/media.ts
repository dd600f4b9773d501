import type { Insertable, Kysely, Selectable } from 'kysely'
import { sql } from 'kysely'
import type { Media } from '../domain/media.js'
import { fileColumns, fileOf, remoteIdentity } from './media-files.js'
import { reusableQuery } from './reusable-query.js'
import type { Database, MediaTable } from './schema.js'

type Db = Kysely<Database>

/** Media rows by id (every picture on a page in one read). */
const mediaByIds = reusableQuery(
  (db, ids: readonly string[]) => db.selectFrom('media').selectAll().where('id', 'in', ids),
  (ids) => String(ids.length),
  (ids) => ids,
)

/** Media metadata (the files themselves live in media storage). */
export function mediaRepo(db: Db) {
  const findBySha = async (sha256: string): Promise<Media | null> => {
    const row = await db
      .selectFrom('media')
      .selectAll()
      .where('sha256', '=', sha256)
      .executeTakeFirst()
    return row === undefined ? null : rowToMedia(row)
  }
  return {
    async insert(m: Media, createdBy: string | null): Promise<void> {
      await db.insertInto('media').values(mediaRow(m, createdBy)).execute()
    },
    async findById(id: string): Promise<Media | null> {
      const row = await db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst()
      return row === undefined ? null : rowToMedia(row)
    },
    /** The user who uploaded the media, or null (imported, system, or a deleted user). */
    async uploaderOf(id: string): Promise<string | null> {
      const row = await db
        .selectFrom('media')
        .select('created_by')
        .where('id', '=', id)
        .executeTakeFirst()
      return row?.created_by ?? null
    },
    /** The media item whose stored file has this content hash, if there is one. */
    findBySha,
    /** The remote-only media item linking to `url`, if there is one. */
    findRemote: (url: string): Promise<Media | null> => findBySha(remoteIdentity(url)),
    async findManyByIds(ids: readonly string[]): Promise<Media[]> {
      if (ids.length === 0) return []
      return (await mediaByIds(db, ids)).map(rowToMedia)
    },
    /** Newest first, by keyset; `query` matches caption, credit, alt or copyright (case-insensitive). */
    async list(
      query: string | null,
      limit: number,
      before: { at: string; id: string } | null,
    ): Promise<Media[]> {
      let q = db.selectFrom('media').selectAll()
      if (query !== null && query.trim() !== '') {
        const like = `%${query
          .trim()
          .toLowerCase()
          .replace(/[\\%_]/g, (c) => `\\${c}`)}%`
        q = q.where(({ or, eb, fn }) =>
          or(
            ['caption', 'credit', 'alt', 'copyright'].map((c) =>
              eb(fn('lower', [c as 'caption']), 'like', sql<string>`${like} escape '\\'`),
            ),
          ),
        )
      }
      if (before !== null) {
        q = q.where(({ eb, or, and }) =>
          or([
            eb('created_at', '<', before.at),
            and([eb('created_at', '=', before.at), eb('id', '<', before.id)]),
          ]),
        )
      }
      return (
        await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute()
      ).map(rowToMedia)
    },
    /** Articles that show the media as hero or in a figure, and bylines that use it as a photo. */
    async usage(id: string): Promise<{
      articles: { id: string; headline: string; status: string }[]
      authors: { id: string; name: string }[]
    }> {
      const needle = `%"mediaId":"${id.replace(/[\\%_"]/g, '')}"%`
      const articles = await db
        .selectFrom('articles')
        .select(['id', 'headline', 'status'])
        .where(({ or, eb }) => or([eb('hero_media_id', '=', id), eb('body', 'like', needle)]))
        .orderBy('published_at', 'desc')
        .execute()
      const authors = await db
        .selectFrom('authors')
        .select(['id', 'name'])
        .where('photo_media_id', '=', id)
        .execute()
      return { articles, authors }
    },
    async delete(id: string): Promise<void> {
      await db.deleteFrom('media').where('id', '=', id).execute()
    },
    async update(m: Media): Promise<void> {
      await db.updateTable('media').set(editableColumns(m)).where('id', '=', m.id).execute()
    },
  }
}

/** The columns of what the library edits: texts and the focal point. */
const editableColumns = (m: Media) => ({
  alt: m.alt,
  caption: m.caption,
  credit: m.credit,
  copyright: m.copyright,
  focal_x: m.focalX,
  focal_y: m.focalY,
})

/** The row that holds a media item. */
export function mediaRow(m: Media, createdBy: string | null): Insertable<MediaTable> {
  return {
    id: m.id,
    ...fileColumns(m.id, m.file),
    mime: m.mime,
    size: m.size,
    width: m.width,
    height: m.height,
    ...editableColumns(m),
    source_url: m.sourceUrl,
    created_at: m.createdAt,
    created_by: createdBy,
  }
}

/** A media row as the domain's Media. */
export function rowToMedia(r: Selectable<MediaTable>): Media {
  return {
    id: r.id,
    file: fileOf(r),
    mime: r.mime,
    size: r.size,
    width: r.width,
    height: r.height,
    alt: r.alt,
    caption: r.caption,
    credit: r.credit,
    copyright: r.copyright,
    focalX: r.focal_x,
    focalY: r.focal_y,
    sourceUrl: r.source_url,
    createdAt: r.created_at,
  }
}
