import { createHash } from 'node:crypto'
import type { Media, MediaFile } from '../domain/media.js'

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
