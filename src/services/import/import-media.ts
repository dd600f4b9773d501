import { truncateAtWord } from '../../domain/media-text.js'
import type { Media, MediaFile } from '../../domain/media.js'
import type { Repos } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { nowIso } from '../deps.js'
import { keepFileIfAccepted } from '../media/storage.js'
import { remember } from './import-taxonomy.js'
import type { Outcome } from './report.js'

export interface ImportedMedia {
  externalId: string
  /** Where the file lived on the old site ('' when unknown); kept as the media's source URL. */
  url: string
  /** The file's bytes when a copy of the old uploads folder was given; otherwise remote-only. */
  bytes?: Buffer
  alt?: string
  caption?: string
  credit?: string
  copyright?: string
  createdAt?: string
}

const mimeByExt: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
}

/** Creates or refreshes a media item from an import: a stored file, or a remote URL. */
export async function importMedia(
  tx: Repos,
  deps: Deps,
  source: string,
  input: ImportedMedia,
): Promise<{ media: Media; outcome: Outcome }> {
  const mapped = await tx.importSources.find(source, 'media', input.externalId)
  const current = mapped === null ? null : await tx.media.findById(mapped.targetId)
  const stored = current ?? (await withFile(deps, input)) ?? remoteMedia(deps, input)
  const existing = current ?? (await sameFile(tx, stored.file))
  // Imported texts are nobody's typing: over the library's limit they are cut at a word.
  const fit = (value: string | undefined): string => truncateAtWord((value ?? '').trim())
  const media: Media = {
    ...(existing ?? stored),
    alt: fit(input.alt),
    caption: fit(input.caption),
    credit: fit(input.credit),
    copyright: fit(input.copyright),
  }
  if (existing === null) await tx.media.insert(media, null)
  const changed =
    existing !== null &&
    (['alt', 'caption', 'credit', 'copyright'] as const).some((k) => existing[k] !== media[k])
  if (changed) await tx.media.update(media)
  await remember(tx, deps, source, 'media', input.externalId, media.id)
  return { media, outcome: existing === null ? 'imported' : changed ? 'updated' : 'unchanged' }
}

/** The media item that already has this file: the same bytes, or a link to the same URL. */
function sameFile(tx: Repos, file: MediaFile): Promise<Media | null> {
  if (file.kind === 'stored') return tx.media.findBySha(file.sha256)
  return file.url === null ? Promise.resolve(null) : tx.media.findRemote(file.url)
}

/** A media row without a file; with no URL either, it still carries a known caption and credit. */
function remoteMedia(deps: Deps, input: ImportedMedia): Media {
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(input.url)?.[1]?.toLowerCase() ?? ''
  const url = input.url === '' ? null : input.url
  return {
    id: deps.ids.uuid(),
    file: { kind: 'remote', url },
    mime: mimeByExt[ext] ?? 'application/octet-stream',
    size: 0,
    width: null,
    height: null,
    alt: '',
    caption: '',
    credit: '',
    copyright: '',
    focalX: 0.5,
    focalY: 0.5,
    sourceUrl: url,
    createdAt: input.createdAt ?? nowIso(deps),
  }
}

/**
 * Keeps the file's bytes (`keepFile`: the same checks and layout as an upload) when they pass;
 * a file that fails them is recorded by its source URL only.
 */
async function withFile(deps: Deps, input: ImportedMedia): Promise<Media | null> {
  if (input.bytes === undefined) return null
  const kept = await keepFileIfAccepted(deps, input.bytes)
  if (kept === null) return null
  return {
    ...remoteMedia(deps, input),
    file: kept.file,
    mime: kept.facts.mime,
    size: kept.size,
    width: kept.facts.width,
    height: kept.facts.height,
  }
}
