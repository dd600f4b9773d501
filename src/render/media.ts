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
 * The one place image URLs are built: the original as `src`, and a `srcset` when resized
 * variants exist (`variants` sorted or not; widths are read from them).
 */
export function imageInfo(
  media: Media,
  origin: string,
  variants: readonly MediaVariant[] = [],
): ImageInfo {
  const src = `${origin}${mediaPath(media.storageKey)}`
  const srcset =
    variants.length === 0
      ? null
      : [...variants]
          .sort((a, b) => a.width - b.width)
          .map((v) => `${origin}${mediaPath(v.storageKey)} ${v.width}w`)
          .concat(media.width !== null ? [`${src} ${media.width}w`] : [])
          .join(', ')
  return { src, srcset, width: media.width, height: media.height, alt: media.alt, mime: media.mime }
}
