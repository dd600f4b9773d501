import { InvalidInputError } from '../../domain/errors.js'
import type { PrefilledTextField } from '../../domain/media-text.js'
import { mediaTextFields, mediaTextLimit, truncateAtWord } from '../../domain/media-text.js'
import type { Media } from '../../domain/media.js'
import type { Actor } from '../../domain/roles.js'
import { actorUserId, requireRole } from '../../domain/roles.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
import type { EmbeddedMetadata } from './embedded-metadata.js'
import { readEmbeddedMetadata } from './embedded-metadata.js'
import { contentHash, dropFiles, keepFile } from './storage.js'

export interface MediaInput {
  bytes: Buffer
  /** Each field given overrides what the photo's own metadata says. */
  alt?: string
  caption?: string
  credit?: string
  copyright?: string
  sourceUrl?: string | null
}

/** The stored media, and which texts read from the file were cut to the length limit. */
interface IngestedMedia extends Media {
  truncated: PrefilledTextField[]
}

/** Typed texts obey the same limit as in the library; the uploader can shorten them. */
function requireTypedTextsFit(input: MediaInput): void {
  const errors = mediaTextFields
    .filter((key) => [...(input[key] ?? '')].length > mediaTextLimit)
    .map((key) => ({ field: key, message: 'is longer than 2,000 characters' }))
  if (errors.length > 0) throw new InvalidInputError('The media details are invalid.', errors)
}

/**
 * What the uploader typed wins; otherwise the file's own metadata fills the field. Metadata is
 * nobody's typing, so a field over the limit is cut at a word (and reported), never refused.
 */
function texts(input: MediaInput, embedded: EmbeddedMetadata) {
  const truncated: PrefilledTextField[] = []
  const pick = (key: PrefilledTextField): string => {
    const given = input[key]
    if (given !== undefined && given.trim() !== '') return given.trim()
    const found = (embedded[key] ?? '').trim()
    const kept = truncateAtWord(found)
    if (kept !== found) truncated.push(key)
    return kept
  }
  const values = { caption: pick('caption'), credit: pick('credit'), copyright: pick('copyright') }
  return { alt: (input.alt ?? '').trim(), ...values, truncated }
}

/**
 * Stores an image once (content-addressed by SHA-256: the same file uploaded twice is the same
 * media), prefilling credit, copyright and caption from its IPTC/XMP/EXIF metadata unless given.
 * Throws ForbiddenError, UnsupportedMediaError, InvalidInputError or InsufficientStorageError;
 * nothing is kept on failure.
 */
export async function ingestMedia(
  deps: Deps,
  actor: Actor,
  input: MediaInput,
): Promise<IngestedMedia> {
  requireRole(actor, 'contributor', 'upload media')
  requireTypedTextsFit(input)
  const sha256 = contentHash(input.bytes)
  const existing = await deps.store.media.findBySha(sha256)
  if (existing !== null) return { ...existing, truncated: [] }
  const { file, facts, size } = await keepFile(deps, input.bytes, sha256)
  const embedded =
    facts.format === 'svg'
      ? { credit: null, byline: null, copyright: null, caption: null, takenAt: null }
      : await readEmbeddedMetadata(input.bytes)
  const { truncated, ...given } = texts(input, embedded)
  const media: Media = {
    id: deps.ids.uuid(),
    file,
    mime: facts.mime,
    size,
    width: facts.width,
    height: facts.height,
    ...given,
    focalX: 0.5,
    focalY: 0.5,
    sourceUrl: input.sourceUrl ?? null,
    createdAt: nowIso(deps),
  }
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
    if (winner !== null) return { ...winner, truncated: [] }
    await dropFiles(deps, file)
    throw error
  }
  return { ...media, truncated }
}
