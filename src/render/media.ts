import type { Crop, VariantFormat } from '../domain/media.js'
import { cropRect, crops, originalPath, variantPath, widthsFor } from '../domain/media.js'
import type { Media } from '../domain/taxonomy.js'
import type { ImageInfo } from './views.js'

/** A resized copy of an original, when one exists (responsive variants). */
export interface MediaVariant {
  width: number
  storageKey: string
}

/** The public path of a stored media file. */
export function mediaPath(storageKey: string): string {
  return `/media/${storageKey.split('/').map(encodeURIComponent).join('/')}`
}

/**
 * The one place image URLs are built. Photos get responsive variants (widths up to the original,
 * never upscaled) as JPEG in `src`/`srcset` plus AVIF and WebP sources for <picture>; GIFs (which
 * may be animated) and SVG drawings are served as their originals. `crop` picks an aspect around
 * the photo's focal point (`original` keeps its shape).
 */
export function imageInfo(media: Media, origin: string, crop: Crop = 'original'): ImageInfo {
  const base = { width: media.width, height: media.height, alt: media.alt, mime: media.mime }
  // Imported media recorded by source URL only (no file here): link the source as it is.
  if (media.storageKey === '' && media.sourceUrl !== null) {
    return { ...base, src: media.sourceUrl, srcset: null, sources: [] }
  }
  if (!resizable.has(media.mime) || media.width === null) {
    return { ...base, src: `${origin}${originalPath(media)}`, srcset: null, sources: [] }
  }
  const widths = widthsFor(media.width)
  const fallback = widths.filter((w) => w <= 960).pop() ?? widths[0] ?? media.width
  const set = (format: VariantFormat): string =>
    widths
      .map((width) => `${origin}${variantPath(media, { crop, width, format })} ${width}w`)
      .join(', ')
  const rect = cropRect(
    media.width,
    media.height ?? media.width,
    crops[crop],
    media.focalX,
    media.focalY,
  )
  return {
    ...base,
    width: crop === 'original' ? media.width : rect.width,
    height: crop === 'original' ? media.height : rect.height,
    src: `${origin}${variantPath(media, { crop, width: fallback, format: 'jpeg' })}`,
    srcset: set('jpeg'),
    sources: [
      { type: 'image/avif', srcset: set('avif') },
      { type: 'image/webp', srcset: set('webp') },
    ],
  }
}

const resizable = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif'])
