import { createHash } from 'node:crypto'
import { truncateAtWord } from '../../domain/media-text.js'
import type { Media } from '../../domain/taxonomy.js'
import type { Repos } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { nowIso, sha256 } from '../deps.js'
import { inspectImage } from '../media/inspect-image.js'
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

/**
 * Remote-only media have no file of ours: an empty storage key, and in place of the content
 * hash (unique, not null) a hash of the URL under a `url:` prefix, so the same URL is one media.
 */
export const remoteSha = (url: string): string => `url:${sha256(url)}`
export const isRemoteOnly = (media: Media): boolean => media.storageKey === ''

/** Creates or refreshes a media item from an import: a stored file, or a remote URL. */
export async function importMedia(
  tx: Repos,
  deps: Deps,
  source: string,
  input: ImportedMedia,
): Promise<{ media: Media; outcome: Outcome }> {
  const mapped = await tx.importSources.find(source, 'media', input.externalId)
  const current = mapped === null ? null : await tx.media.findById(mapped.targetId)
  const stored =
    current ??
    (await withFile(deps, input)) ??
    remoteMedia(deps, input, `${source}#${input.externalId}`)
  const existing = current ?? (await tx.media.findBySha(stored.sha256))
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

/** A media row without a file; with no URL either, it still carries a known caption and credit. */
function remoteMedia(deps: Deps, input: ImportedMedia, key: string): Media {
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(input.url)?.[1]?.toLowerCase() ?? ''
  return {
    id: deps.ids.uuid(),
    storageKey: '',
    mime: mimeByExt[ext] ?? 'application/octet-stream',
    size: 0,
    width: null,
    height: null,
    sha256: remoteSha(input.url || key),
    alt: '',
    caption: '',
    credit: '',
    copyright: '',
    focalX: 0.5,
    focalY: 0.5,
    sourceUrl: input.url === '' ? null : input.url,
    createdAt: input.createdAt ?? nowIso(deps),
  }
}

/**
 * Stores the file's bytes (content-addressed) when they pass the same checks as an upload
 * (`inspectImage`: type from the bytes, pixel limits, truncation, polyglots, safe SVG); a file
 * that fails them is recorded by its source URL only.
 */
async function withFile(deps: Deps, input: ImportedMedia): Promise<Media | null> {
  if (input.bytes === undefined) return null
  let facts: Awaited<ReturnType<typeof inspectImage>>
  try {
    facts = await inspectImage(input.bytes)
  } catch {
    return null
  }
  const hash = createHash('sha256').update(input.bytes).digest('hex')
  const storageKey = `originals/${hash.slice(0, 2)}/${hash}.${facts.ext}`
  await deps.files.put(storageKey, input.bytes)
  return {
    ...remoteMedia(deps, input, ''),
    storageKey,
    mime: facts.mime,
    size: input.bytes.length,
    width: facts.width,
    height: facts.height,
    sha256: hash,
  }
}
