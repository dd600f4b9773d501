import { LRUCache } from 'lru-cache'
import type { Crop, Media, VariantFormat } from '../domain/media.js'
import { cropRect, crops, originalPath, variantPath, widthsFor } from '../domain/media.js'
import type { ImageInfo } from './views.js'

/**
 * The one place image URLs are built. Photos get responsive variants (widths up to the original,
 * never upscaled) as JPEG in `src`/`srcset` plus AVIF and WebP sources for <picture>; GIFs (which
 * may be animated) and SVG drawings are served as their originals. `crop` picks an aspect around
 * the photo's focal point (`original` keeps its shape).
 */
export function imageInfo(media: Media, origin: string, crop: Crop = 'original'): ImageInfo {
  // Imported media recorded by source URL only (no file here): link the source as it is.
  if (media.file.kind === 'remote' && media.file.url !== null) {
    return { ...baseOf(media), src: media.file.url, srcset: null, sources: [] }
  }
  if (!resizable.has(media.mime) || media.width === null) {
    return { ...baseOf(media), src: `${origin}${originalPath(media)}`, srcset: null, sources: [] }
  }
  // Everything the URLs are built from (the alt text is not: it is added per call).
  const key = `${origin}|${crop}|${media.id}|${media.mime}|${media.width}|${media.height}|${media.focalX}|${media.focalY}`
  let urls = photoUrls.get(key)
  if (urls === undefined) {
    urls = photoUrlsOf(media, media.width, origin, crop)
    photoUrls.set(key, urls)
  }
  return { ...urls, alt: media.alt, mime: media.mime }
}

const baseOf = (media: Media) => ({
  width: media.width,
  height: media.height,
  alt: media.alt,
  mime: media.mime,
})

type PhotoUrls = Omit<ImageInfo, 'alt' | 'mime'>

/**
 * A photo's URLs by what they are built from, bounded. A page shows the same few photos many
 * times (a section's lead photo on every card, the bylines' portraits), and each set of URLs is up
 * to sixteen variant paths: building them was a sixth of what a list page allocated. Entries are
 * frozen, as every caller shares them.
 */
const photoUrls = new LRUCache<string, PhotoUrls>({ max: 512 })

function photoUrlsOf(media: Media, width: number, origin: string, crop: Crop): PhotoUrls {
  const widths = widthsFor(width)
  const fallback = widths.filter((w) => w <= 960).pop() ?? widths[0] ?? width
  const set = (format: VariantFormat): string =>
    widths.map((w) => `${origin}${variantPath(media, { crop, width: w, format })} ${w}w`).join(', ')
  const rect = cropRect(width, media.height ?? width, crops[crop], media.focalX, media.focalY)
  return Object.freeze({
    width: crop === 'original' ? width : rect.width,
    height: crop === 'original' ? media.height : rect.height,
    src: `${origin}${variantPath(media, { crop, width: fallback, format: 'jpeg' })}`,
    srcset: set('jpeg'),
    sources: Object.freeze([
      Object.freeze({ type: 'image/avif', srcset: set('avif') }),
      Object.freeze({ type: 'image/webp', srcset: set('webp') }),
    ]),
  })
}

const resizable = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif'])
