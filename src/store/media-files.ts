import { createHash } from 'node:crypto'
import type { Insertable, Selectable } from 'kysely'
import type { Media, MediaFile } from '../domain/taxonomy.js'
import type { MediaTable } from './schema.js'

/**
 * How a media item's file is kept in its row. A stored file: its storage key and content hash. A
 * remote-only picture: an empty storage key, and in the `sha256` column (unique, not null) a hash
 * of its URL under a `url:` prefix, so one URL is one media item (without a URL, of the item's
 * id). That column value is the row's identity only; it never leaves the store.
 */
export function fileColumns(id: string, file: MediaFile): { storage_key: string; sha256: string } {
  if (file.kind === 'stored') return { storage_key: file.key, sha256: file.sha256 }
  return { storage_key: '', sha256: remoteIdentity(file.url ?? `media:${id}`) }
}

/** The file a row describes (rows written before this module read the same way). */
export function fileOf(row: { storage_key: string; sha256: string; source_url: string | null }) {
  const file: MediaFile =
    row.storage_key === ''
      ? { kind: 'remote', url: row.source_url }
      : { kind: 'stored', key: row.storage_key, sha256: row.sha256 }
  return file
}

/** The `sha256` column of a remote-only picture at `url`. */
export const remoteIdentity = (url: string): string =>
  `url:${createHash('sha256').update(url).digest('hex')}`

/**
 * A media row as an export document carries it (and always has): the file as its storage key
 * (`''` for a remote-only picture) and the row's `sha256` column, then the rest of the item.
 */
export interface ExportedMedia extends Omit<Media, 'file'> {
  storageKey: string
  sha256: string
}

/** A media row as an export's record, its keys in the order exports have always had them. */
export function exportedMediaOf(r: Selectable<MediaTable>): ExportedMedia {
  return {
    id: r.id,
    storageKey: r.storage_key,
    mime: r.mime,
    size: r.size,
    width: r.width,
    height: r.height,
    sha256: r.sha256,
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

/** The row an export's media record restores (the same columns it was read from). */
export function rowOfExported(m: ExportedMedia): Insertable<MediaTable> {
  return {
    id: m.id,
    storage_key: m.storageKey,
    mime: m.mime,
    size: m.size,
    width: m.width,
    height: m.height,
    sha256: m.sha256,
    alt: m.alt,
    caption: m.caption,
    credit: m.credit,
    copyright: m.copyright,
    focal_x: m.focalX,
    focal_y: m.focalY,
    source_url: m.sourceUrl,
    created_at: m.createdAt,
    created_by: null,
  }
}
