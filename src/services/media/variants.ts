import type { Sharp } from 'sharp'
import { InsufficientStorageError, NotFoundError } from '../../domain/errors.js'
import type { Media, VariantSpec } from '../../domain/media.js'
import {
  cropRect,
  crops,
  formatMime,
  isOfferedWidth,
  parseVariantName,
  variantName,
} from '../../domain/media.js'
import type { Deps } from '../deps.js'
import { maxInputPixels } from './inspect-image.js'
import { loadSharp } from './sharp.js'
import { readFile, variantKey } from './storage.js'

type Img = Sharp

const encoders = {
  // AVIF at effort 2: default effort costs over a second per large image on two cores.
  avif: (img: Img) => img.avif({ quality: 55, effort: 2 }),
  webp: (img: Img) => img.webp({ quality: 78 }),
  jpeg: (img: Img) =>
    img.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true, progressive: true }),
}

/**
 * Encodes one variant: oriented by its EXIF orientation, cropped around the focal point, scaled
 * down (never up), colour profile kept and every other piece of metadata (GPS, camera serials,
 * names) dropped: sharp writes none unless asked.
 */
async function renderVariant(original: Buffer, media: Media, spec: VariantSpec): Promise<Buffer> {
  const width = media.width ?? spec.width
  const height = media.height ?? spec.width
  const rect = cropRect(width, height, crops[spec.crop], media.focalX, media.focalY)
  const sharp = await loadSharp()
  let img = sharp(original, { limitInputPixels: maxInputPixels, animated: false }).autoOrient()
  // Only extract a real crop: a full-frame pipeline lets libvips shrink JPEGs while decoding.
  if (rect.width !== width || rect.height !== height) img = img.extract(rect)
  return encoders[spec.format](
    img
      .resize({ width: Math.min(spec.width, rect.width), withoutEnlargement: true })
      .keepIccProfile(),
  ).toBuffer()
}

/** A variant's bytes and type, its media, and a tag naming the bytes (for the ETag). */
interface Variant {
  bytes: Buffer
  mime: string
  media: Media
  tag: string
}

type VariantFor = (mediaId: string, name: string) => Promise<Variant>

/**
 * Serves variants: each is made on first request and kept in media storage so it is encoded
 * once; concurrent requests for the same variant share one encoding. The returned function throws
 * NotFoundError for a name we would not produce (unknown crop, width not offered, stale focal point).
 */
export function createVariantMaker(deps: Deps): VariantFor {
  const inFlight = new Map<string, Promise<Buffer>>()
  return (mediaId, name) => variantFor(deps, inFlight, mediaId, name)
}

async function variantFor(
  deps: Deps,
  inFlight: Map<string, Promise<Buffer>>,
  mediaId: string,
  name: string,
): Promise<Variant> {
  const media = await deps.store.media.findById(mediaId)
  const spec = parseVariantName(name)
  const file = media?.file
  if (
    media === null ||
    file?.kind !== 'stored' ||
    spec === null ||
    media.mime === 'image/svg+xml' ||
    !isOfferedWidth(spec.width, media.width ?? 0)
  ) {
    throw new NotFoundError('media variant', `${mediaId}/${name}`)
  }
  if (spec.focalX !== null && variantName(spec, media.focalX, media.focalY) !== name)
    throw new NotFoundError('media variant', `${mediaId}/${name}`)
  const key = variantKey(file, name)
  const mime = formatMime[spec.format]
  const cached = await deps.files.get(key)
  if (cached !== null) {
    const chunks: Buffer[] = []
    for await (const chunk of cached.stream) chunks.push(chunk as Buffer)
    return { bytes: Buffer.concat(chunks), mime, media, tag: `${file.sha256.slice(0, 24)}-${name}` }
  }
  let job = inFlight.get(key)
  if (job === undefined) {
    job = (async () => {
      const bytes = await renderVariant(await readFile(deps, file.key), media, spec)
      await keepVariant(deps, key, bytes)
      return bytes
    })().finally(() => inFlight.delete(key))
    inFlight.set(key, job)
  }
  return { bytes: await job, mime, media, tag: `${file.sha256.slice(0, 24)}-${name}` }
}

/** Stored variants are a cache: on a full disk the reader still gets the picture, made again next time. */
async function keepVariant(deps: Deps, key: string, bytes: Buffer): Promise<void> {
  try {
    await deps.files.put(key, bytes)
  } catch (error) {
    if (!(error instanceof InsufficientStorageError)) throw error
  }
}
