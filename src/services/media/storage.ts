import { createHash } from 'node:crypto'
import { NotFoundError } from '../../domain/errors.js'
import type { MediaFile } from '../../domain/media.js'
import type { Deps } from '../deps.js'
import type { ImageFacts } from './inspect-image.js'
import { inspectImage } from './inspect-image.js'

/**
 * Media storage, the one place that knows its layout: an original under its content hash
 * (`originals/ab/abcd….jpg`), its variants in a folder of that hash (`variants/ab/abcd…/`), so the
 * same bytes are kept once however often they are uploaded or imported.
 */
const originalKey = (sha256: string, ext: string): string =>
  `originals/${sha256.slice(0, 2)}/${sha256}.${ext}`
const variantFolder = (sha256: string): string => `variants/${sha256.slice(0, 2)}/${sha256}/`

type StoredFile = Extract<MediaFile, { kind: 'stored' }>

/** Where a variant of a stored original is kept (`name` as in its URL, e.g. `16x9-640.avif`). */
export const variantKey = (file: StoredFile, name: string): string =>
  `${variantFolder(file.sha256)}${name}`

/** The content hash that names a file's bytes. */
export const contentHash = (bytes: Buffer): string =>
  createHash('sha256').update(bytes).digest('hex')

/** A file checked and kept: where it is, and what inspecting its bytes found. */
interface KeptFile {
  file: StoredFile
  facts: ImageFacts
  size: number
}

/**
 * Hash → inspect → store, for uploads, imports and the demo alike: the bytes must pass
 * `inspectImage` (type from the bytes, pixel limits, truncation, polyglots, safe SVG), then are
 * kept under their content hash (`sha256`, when the caller already has it). Throws
 * UnsupportedMediaError (nothing kept) or InsufficientStorageError.
 */
export async function keepFile(
  deps: Deps,
  bytes: Buffer,
  sha256: string = contentHash(bytes),
): Promise<KeptFile> {
  const kept = await checkFile(bytes, sha256)
  await deps.files.put(kept.file.key, bytes)
  return kept
}

/**
 * `keepFile` for an import: a file the checks refuse gives null (the importer then links to it
 * where it lives); storage failures still throw.
 */
export async function keepFileIfAccepted(deps: Deps, bytes: Buffer): Promise<KeptFile | null> {
  let kept: KeptFile
  try {
    kept = await checkFile(bytes, contentHash(bytes))
  } catch {
    return null
  }
  await deps.files.put(kept.file.key, bytes)
  return kept
}

async function checkFile(bytes: Buffer, sha256: string): Promise<KeptFile> {
  const facts = await inspectImage(bytes)
  const file: StoredFile = { kind: 'stored', key: originalKey(sha256, facts.ext), sha256 }
  return { file, facts, size: bytes.length }
}

/** Removes a stored original and every variant made of it (a remote file has nothing here). */
export async function dropFiles(deps: Deps, file: MediaFile): Promise<void> {
  if (file.kind !== 'stored') return
  await deps.files.delete(file.key)
  await deps.files.deletePrefix(variantFolder(file.sha256))
}

/** A stored file's bytes. Throws NotFoundError when storage does not have them. */
export async function readFile(deps: Deps, key: string): Promise<Buffer> {
  const file = await deps.files.get(key)
  if (file === null) throw new NotFoundError('media file', key)
  const chunks: Buffer[] = []
  for await (const chunk of file.stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * The original file at `/media/{id}/original.{ext}`: its bytes, type and a tag naming them.
 * Throws NotFoundError for an unknown id, another extension, or a remote-only picture.
 */
export async function originalFile(
  deps: Deps,
  id: string,
  name: string,
): Promise<{ bytes: Buffer; mime: string; tag: string }> {
  const media = await deps.store.media.findById(id)
  const file = media?.file
  if (
    media === null ||
    file?.kind !== 'stored' ||
    !file.key.endsWith(name.slice('original'.length))
  )
    throw new NotFoundError('media', id)
  return { bytes: await readFile(deps, file.key), mime: media.mime, tag: file.sha256.slice(0, 32) }
}
