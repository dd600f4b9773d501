import sharp from 'sharp'
import type { Media } from '../../domain/taxonomy.js'
import { InvalidInputError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { actorUserId, requireRole } from '../../domain/roles.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
import { createHash } from 'node:crypto'

export interface MediaInput {
  bytes: Buffer
  alt?: string
  caption?: string
  credit?: string
  copyright?: string
  sourceUrl?: string | null
}

/** Formats we accept, detected from the bytes by libvips, never from a file name. */
const formats: Record<string, { mime: string; ext: string }> = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  gif: { mime: 'image/gif', ext: 'gif' },
  heif: { mime: 'image/avif', ext: 'avif' },
}

/** Refuse decompression bombs before decoding: 100 megapixels is larger than any press camera. */
export const maxInputPixels = 100_000_000

/**
 * Stores an image once (content-addressed by SHA-256: the same file uploaded twice is the same
 * media) with its credit, caption and alt text. Throws ForbiddenError or InvalidInputError.
 */
export async function ingestMedia(deps: Deps, actor: Actor, input: MediaInput): Promise<Media> {
  requireRole(actor, 'contributor', 'upload media')
  const sha256 = createHash('sha256').update(input.bytes).digest('hex')
  const existing = await deps.store.media.findBySha(sha256)
  if (existing !== null) return existing
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>
  try {
    meta = await sharp(input.bytes, { limitInputPixels: maxInputPixels }).metadata()
  } catch (error) {
    throw new InvalidInputError(
      'The file is not an image we can read.',
      [{ field: 'file', message: 'must be a JPEG, PNG, WebP, AVIF or GIF image' }],
      { cause: error },
    )
  }
  const format = formats[meta.format]
  if (format === undefined || (meta.format === 'heif' && meta.compression !== 'av1')) {
    throw new InvalidInputError('This file type is not accepted.', [
      {
        field: 'file',
        message: `${meta.format} images are not accepted; use JPEG, PNG, WebP, AVIF or GIF`,
      },
    ])
  }
  const media: Media = {
    id: deps.ids.uuid(),
    storageKey: `originals/${sha256.slice(0, 2)}/${sha256}.${format.ext}`,
    mime: format.mime,
    size: input.bytes.length,
    width: meta.autoOrient?.width ?? meta.width ?? null,
    height: meta.autoOrient?.height ?? meta.height ?? null,
    sha256,
    alt: (input.alt ?? '').trim(),
    caption: (input.caption ?? '').trim(),
    credit: (input.credit ?? '').trim(),
    copyright: (input.copyright ?? '').trim(),
    focalX: 0.5,
    focalY: 0.5,
    sourceUrl: input.sourceUrl ?? null,
    createdAt: nowIso(deps),
  }
  await deps.files.put(media.storageKey, input.bytes)
  await deps.store.transaction(async (tx) => {
    await tx.media.insert(media, actorUserId(actor))
    await audit(
      tx,
      deps,
      actor,
      'media.create',
      { type: 'media', id: media.id },
      { sha256, mime: media.mime },
    )
  })
  return media
}
