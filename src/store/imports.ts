import type { Kysely, Selectable } from 'kysely'
import { chunks } from './chunks.js'
import type { ExportedMedia } from './media-files.js'
import { fileOf } from './media-files.js'
import { mediaRow, rowToMedia } from './media.js'
import type { Media } from '../domain/media.js'
import type { Database } from './schema.js'

type Db = Kysely<Database>

/** One source item (a WordPress post, a Ghost tag…) and the row it became. */
export interface ImportSource {
  source: string
  kind: string
  externalId: string
  targetId: string
  fingerprint: string
}

/** Keeps the last of the items with the same key (one multi-row upsert may not touch a row twice). */
function lastByKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((i) => [key(i), i])).values()]
}

/** The (source, kind, external id) → row map that makes re-running an import an update. */
export function importSourcesRepo(db: Db) {
  const map = (row: Selectable<Database['import_sources']>): ImportSource => ({
    source: row.source,
    kind: row.kind,
    externalId: row.external_id,
    targetId: row.target_id,
    fingerprint: row.fingerprint,
  })
  async function upsertMany(list: readonly ImportSource[], now: string): Promise<void> {
    const rows = lastByKey(list, (s) => JSON.stringify([s.source, s.kind, s.externalId]))
    for (const part of chunks(rows))
      await db
        .insertInto('import_sources')
        .values(
          part.map((s) => ({
            source: s.source,
            kind: s.kind,
            external_id: s.externalId,
            target_id: s.targetId,
            fingerprint: s.fingerprint,
            created_at: now,
            updated_at: now,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['source', 'kind', 'external_id']).doUpdateSet((eb) => ({
            target_id: eb.ref('excluded.target_id'),
            fingerprint: eb.ref('excluded.fingerprint'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute()
  }
  return {
    async find(source: string, kind: string, externalId: string): Promise<ImportSource | null> {
      const row = await db
        .selectFrom('import_sources')
        .selectAll()
        .where('source', '=', source)
        .where('kind', '=', kind)
        .where('external_id', '=', externalId)
        .executeTakeFirst()
      return row === undefined ? null : map(row)
    },
    /** The rows of these items of one kind (items never imported have none). */
    async findMany(
      source: string,
      kind: string,
      externalIds: readonly string[],
    ): Promise<ImportSource[]> {
      const found: ImportSource[] = []
      for (const part of chunks([...new Set(externalIds)]))
        for (const row of await db
          .selectFrom('import_sources')
          .selectAll()
          .where('source', '=', source)
          .where('kind', '=', kind)
          .where('external_id', 'in', part)
          .execute())
          found.push(map(row))
      return found
    },
    upsert: (s: ImportSource, now: string): Promise<void> => upsertMany([s], now),
    upsertMany,
    async countByKind(source: string): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom('import_sources')
        .select(['kind', db.fn.countAll<number>().as('n')])
        .where('source', '=', source)
        .groupBy('kind')
        .execute()
      return Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]))
    },
  }
}

/** A comment brought in from another platform, kept whole as JSON. */
export interface ImportedComment {
  id: string
  source: string
  externalId: string
  articleId: string
  data: Record<string, unknown>
  createdAt: string
}

/** Imported comments: not shown yet, carried through exports. */
export function importedCommentsRepo(db: Db) {
  const map = (r: Selectable<Database['imported_comments']>): ImportedComment => ({
    id: r.id,
    source: r.source,
    externalId: r.external_id,
    articleId: r.article_id,
    data: JSON.parse(r.data) as Record<string, unknown>,
    createdAt: r.created_at,
  })
  async function upsertMany(list: readonly ImportedComment[]): Promise<void> {
    // The first upsert of a key inserts the row (its id, its time); later ones replace its data
    // and article.
    const key = (c: ImportedComment): string => JSON.stringify([c.source, c.externalId])
    const first = new Map<string, ImportedComment>()
    for (const c of list) if (!first.has(key(c))) first.set(key(c), c)
    const rows = lastByKey(list, key)
    for (const part of chunks(rows, 200))
      await db
        .insertInto('imported_comments')
        .values(
          part.map((c) => ({
            id: first.get(key(c))?.id ?? c.id,
            source: c.source,
            external_id: c.externalId,
            article_id: c.articleId,
            data: JSON.stringify(c.data),
            created_at: first.get(key(c))?.createdAt ?? c.createdAt,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['source', 'external_id']).doUpdateSet((eb) => ({
            data: eb.ref('excluded.data'),
            article_id: eb.ref('excluded.article_id'),
          })),
        )
        .execute()
  }
  return {
    upsert: (c: ImportedComment): Promise<void> => upsertMany([c]),
    upsertMany,
    async listForArticles(articleIds: readonly string[]): Promise<ImportedComment[]> {
      if (articleIds.length === 0) return []
      const rows = await db
        .selectFrom('imported_comments')
        .selectAll()
        .where('article_id', 'in', articleIds)
        .orderBy('source')
        .orderBy('external_id')
        .execute()
      return rows.map(map)
    },
    async count(): Promise<number> {
      const row = await db
        .selectFrom('imported_comments')
        .select(db.fn.countAll<number>().as('n'))
        .executeTakeFirst()
      return Number(row?.n ?? 0)
    },
  }
}

/** Keyset walks over whole tables, for the publication export. */
export function exportRepo(db: Db) {
  return {
    async articleIdsAfter(after: string | null, limit: number): Promise<string[]> {
      let q = db.selectFrom('articles').select('id')
      if (after !== null) q = q.where('id', '>', after)
      return (await q.orderBy('id').limit(limit).execute()).map((r) => r.id)
    },
    async mediaAfter(after: string | null, limit: number): Promise<ExportedMedia[]> {
      let q = db.selectFrom('media').selectAll()
      if (after !== null) q = q.where('id', '>', after)
      return (await q.orderBy('id').limit(limit).execute()).map(exportedMediaOf)
    },
    /** Writes an export's media record back as the row it was read from. */
    async restoreMedia(m: ExportedMedia): Promise<void> {
      await db.insertInto('media').values(rowOfExported(m)).execute()
    },
    async findMediaBySourceUrl(url: string): Promise<Media | null> {
      const row = await db
        .selectFrom('media')
        .selectAll()
        .where('source_url', '=', url)
        .executeTakeFirst()
      return row === undefined ? null : rowToMedia(row)
    },
    /** True when the publication holds no content yet (users and settings may exist). */
    async isContentEmpty(): Promise<boolean> {
      for (const table of ['articles', 'sections', 'tags', 'authors', 'media'] as const) {
        const row = await db.selectFrom(table).select('id').limit(1).executeTakeFirst()
        if (row !== undefined) return false
      }
      return true
    },
  }
}

/** A media row as an export's record, its keys in the order exports have always had them. */
function exportedMediaOf(r: Selectable<Database['media']>): ExportedMedia {
  const { id, file: _file, mime, size, width, height, ...rest } = rowToMedia(r)
  return { id, storageKey: r.storage_key, mime, size, width, height, sha256: r.sha256, ...rest }
}

/** The row an export's media record restores: the columns it was read from. */
function rowOfExported(m: ExportedMedia) {
  const { storageKey, sha256, ...rest } = m
  const file = fileOf({ storage_key: storageKey, sha256, source_url: m.sourceUrl })
  return { ...mediaRow({ ...rest, file }, null), sha256 }
}
