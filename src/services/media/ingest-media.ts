import { createHash } from 'node:crypto'
import type { Media } from '../../domain/taxonomy.js'
import type { Actor } from '../../domain/roles.js'
import { actorUserId, requireRole } from '../../domain/roles.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
import { readEmbeddedMetadata } from './embedded-metadata.js'
import { inspectImage } from './inspect-image.js'

export interface MediaInput {
  bytes: Buffer
  /** Each field given overrides what the photo's own metadata says. */
  alt?: string
  caption?: string
  credit?: string
  copyright?: string
  sourceUrl?: string | null
}

const pick = (given: string | undefined, embedded: string | null): string =>
  (given !== undefined && given.trim() !== '' ? given : (embedded ?? '')).trim()

/**
 * Stores an image once (content-addressed by SHA-256: the same file uploaded twice is the same
 * media), prefilling credit, copyright and caption from its IPTC/XMP/EXIF metadata unless given.
 * Throws ForbiddenError, UnsupportedMediaError or InvalidInputError; nothing is kept on failure.
 */
export async function ingestMedia(deps: Deps, actor: Actor, input: MediaInput): Promise<Media> {
  requireRole(actor, 'contributor', 'upload media')
  const sha256 = createHash('sha256').update(input.bytes).digest('hex')
  const existing = await deps.store.media.findBySha(sha256)
  if (existing !== null) return existing
  const facts = await inspectImage(input.bytes)
  const embedded =
    facts.format === 'svg'
      ? { credit: null, byline: null, copyright: null, caption: null, takenAt: null }
      : await readEmbeddedMetadata(input.bytes)
  const media: Media = {
    id: deps.ids.uuid(),
    storageKey: `originals/${sha256.slice(0, 2)}/${sha256}.${facts.ext}`,
    mime: facts.mime,
    size: input.bytes.length,
    width: facts.width,
    height: facts.height,
    sha256,
    alt: (input.alt ?? '').trim(),
    caption: pick(input.caption, embedded.caption),
    credit: pick(input.credit, embedded.credit),
    copyright: pick(input.copyright, embedded.copyright),
    focalX: 0.5,
    focalY: 0.5,
    sourceUrl: input.sourceUrl ?? null,
    createdAt: nowIso(deps),
  }
  await deps.files.put(media.storageKey, input.bytes)
  try {
    await deps.store.transaction(async (tx) => {
      await tx.media.insert(media, actorUserId(actor))
      await audit(
        tx,
        deps,
        actor,
        'media.create',
        { type: 'media', id: media.id },
        { sha256, mime: media.mime, takenAt: embedded.takenAt },
      )
    })
  } catch (error) {
    // Two uploads of the same new file may race: the loser returns the winner's record.
    const winner = await deps.store.media.findBySha(sha256)
    if (winner !== null) return winner
    await deps.files.delete(media.storageKey)
    throw error
  }
  return media
}
