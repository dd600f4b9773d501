import type { Metadata } from 'sharp'
import { loadSharp } from './sharp.js'
import { InvalidInputError, UnsupportedMediaError } from '../../domain/errors.js'
import { checkSvg } from './check-svg.js'

/** Refuse decompression bombs before decoding: 100 megapixels is more than any press camera makes. */
export const maxInputPixels = 100_000_000

export interface ImageFacts {
  format: 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'svg'
  mime: string
  ext: string
  width: number
  height: number
}

const accepted: Record<string, Pick<ImageFacts, 'format' | 'mime' | 'ext'>> = {
  jpeg: { format: 'jpeg', mime: 'image/jpeg', ext: 'jpg' },
  png: { format: 'png', mime: 'image/png', ext: 'png' },
  webp: { format: 'webp', mime: 'image/webp', ext: 'webp' },
  gif: { format: 'gif', mime: 'image/gif', ext: 'gif' },
  heif: { format: 'avif', mime: 'image/avif', ext: 'avif' },
  svg: { format: 'svg', mime: 'image/svg+xml', ext: 'svg' },
}

const fileError = (message: string) => new InvalidInputError(message, [{ field: 'file', message }])

/** Magic bytes of each format we take; the name and the client's content type are never trusted. */
function sniff(bytes: Buffer): string | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b)
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg'
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (starts([0x47, 0x49, 0x46, 0x38])) return 'gif'
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp'
  if (starts([0x66, 0x74, 0x79, 0x70], 4) && /^(avif|avis)$/.test(bytes.toString('latin1', 8, 12)))
    return 'heif'
  const head = bytes
    .toString('utf8', 0, 512)
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (head.startsWith('<') && /<svg[\s>]/i.test(bytes.toString('utf8', 0, 4096))) return 'svg'
  return null
}

/**
 * Bytes hidden behind an image can turn it into a second file type (a "polyglot"): HTML or script
 * a browser might sniff, or an archive. Raster images must not carry such markers anywhere.
 */
const polyglotMarkers = [/<script/i, /<html/i, /<\?php/i, /<iframe/i, /<body/i]
// A ZIP (or JAR, DOCX…) is read from its end-of-directory record, within its last 64 KiB.
const zipEndRecord = Buffer.from([0x50, 0x4b, 0x05, 0x06])

function endOfImage(bytes: Buffer, format: string): number | null {
  if (format === 'jpeg') {
    const eoi = bytes.lastIndexOf(Buffer.from([0xff, 0xd9]))
    return eoi < 0 ? null : eoi + 2
  }
  if (format === 'png') {
    const iend = bytes.lastIndexOf(Buffer.from('IEND'))
    return iend < 0 ? null : iend + 8
  }
  return null
}

/**
 * Identifies an upload from its bytes and refuses what we will not store: unknown types,
 * decompression bombs, truncated files, polyglots and unsafe SVG. Throws UnsupportedMediaError
 * or InvalidInputError.
 */
export async function inspectImage(bytes: Buffer): Promise<ImageFacts> {
  const kind = sniff(bytes)
  if (kind === null)
    throw new UnsupportedMediaError('The file is not a JPEG, PNG, WebP, AVIF, GIF or SVG image.')
  const type = accepted[kind]
  if (type === undefined) throw new UnsupportedMediaError(`${kind} files are not accepted.`)
  if (kind === 'svg') {
    const { width, height } = await checkSvg(bytes.toString('utf8'))
    return { ...type, width, height }
  }
  const latin = bytes.toString('latin1')
  if (polyglotMarkers.some((m) => m.test(latin)) || bytes.subarray(-65_557).includes(zipEndRecord))
    throw fileError('The file carries embedded HTML, script or archive data and was refused.')
  const end = endOfImage(bytes, kind)
  if (end !== null && bytes.length - end > 16)
    throw fileError('The file has data after the end of the image and was refused.')
  const sharp = await loadSharp()
  let meta: Metadata
  try {
    meta = await sharp(bytes, { limitInputPixels: maxInputPixels }).metadata()
  } catch (error) {
    throw new InvalidInputError(
      'The image cannot be read.',
      [{ field: 'file', message: 'is damaged or not an image' }],
      { cause: error },
    )
  }
  const width = meta.autoOrient.width
  const height = meta.autoOrient.height
  if (width * height > maxInputPixels || (meta.pages ?? 1) * width * height > maxInputPixels * 2) {
    throw fileError(
      `The image claims ${width}×${height} pixels; the limit is ${maxInputPixels / 1_000_000} megapixels.`,
    )
  }
  if (kind === 'heif' && meta.compression !== 'av1')
    throw new UnsupportedMediaError('Only the AVIF kind of HEIF image is accepted.')
  try {
    // Decode every pixel once: a truncated or corrupt file fails here, not later on a reader's page.
    await sharp(bytes, { limitInputPixels: maxInputPixels, failOn: 'truncated' }).stats()
  } catch (error) {
    throw new InvalidInputError(
      'The image is truncated or damaged.',
      [{ field: 'file', message: 'is truncated or damaged' }],
      { cause: error },
    )
  }
  return { ...type, width, height }
}
