/** Responsive image rules: which variants exist and how a focal point drives a crop. Pure. */

const variantWidths = [320, 640, 960, 1280, 1920] as const
export const variantFormats = ['avif', 'webp', 'jpeg'] as const
export type VariantFormat = (typeof variantFormats)[number]

/** Crops by aspect ratio; `original` keeps the photo's own shape. */
export const crops = { original: null, '16x9': 16 / 9, '4x3': 4 / 3, '1x1': 1 } as const
export type Crop = keyof typeof crops

export interface VariantSpec {
  crop: Crop
  width: number
  format: VariantFormat
}

const formatExtension: Record<VariantFormat, string> = {
  avif: 'avif',
  webp: 'webp',
  jpeg: 'jpg',
}
export const formatMime: Record<VariantFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
}

/** The widths to offer for an image `originalWidth` pixels wide: never upscaled, at least one. */
export function widthsFor(originalWidth: number): number[] {
  const widths: number[] = variantWidths.filter((w) => w <= originalWidth)
  return widths.length > 0 ? widths : [originalWidth]
}

/** True for a width we produce for this image (keeps the set of cache entries bounded). */
export function isOfferedWidth(width: number, originalWidth: number): boolean {
  return widthsFor(originalWidth).includes(width)
}

interface Rect {
  left: number
  top: number
  width: number
  height: number
}

/**
 * The largest rectangle of the given aspect inside a `width`×`height` image, centred on the focal
 * point (0–1 on each axis) as far as the edges allow.
 */
export function cropRect(
  width: number,
  height: number,
  aspect: number | null,
  focalX = 0.5,
  focalY = 0.5,
): Rect {
  if (aspect === null) return { left: 0, top: 0, width, height }
  let w = width
  let h = Math.round(width / aspect)
  if (h > height) {
    h = height
    w = Math.round(height * aspect)
  }
  const clamp = (v: number, max: number): number => Math.min(Math.max(Math.round(v), 0), max)
  return {
    left: clamp(focalX * width - w / 2, width - w),
    top: clamp(focalY * height - h / 2, height - h),
    width: w,
    height: h,
  }
}

/** The file name of a variant inside a media item's folder, e.g. `16x9-640-f50x30.webp`. */
export function variantName(spec: VariantSpec, focalX: number, focalY: number): string {
  const focal =
    spec.crop === 'original' ? '' : `-f${Math.round(focalX * 100)}x${Math.round(focalY * 100)}`
  return `${spec.crop}-${spec.width}${focal}.${formatExtension[spec.format]}`
}

const namePattern = /^(original|16x9|4x3|1x1)-(\d{1,4})(?:-f(\d{1,3})x(\d{1,3}))?\.(avif|webp|jpg)$/

/** Reads a variant name back, or null when it is not one we could have made. */
export function parseVariantName(
  name: string,
): (VariantSpec & { focalX: number | null; focalY: number | null }) | null {
  const m = namePattern.exec(name)
  if (m === null) return null
  const crop = m[1] as Crop
  const hasFocal = m[3] !== undefined
  if ((crop === 'original') === hasFocal) return null
  const format = (Object.keys(formatExtension) as VariantFormat[]).find(
    (f) => formatExtension[f] === m[5],
  )
  if (format === undefined) return null
  return {
    crop,
    width: Number(m[2]),
    format,
    focalX: hasFocal ? Number(m[3]) / 100 : null,
    focalY: hasFocal ? Number(m[4]) / 100 : null,
  }
}

/** True for a focal point inside the image. */
export function isValidFocalPoint(x: number, y: number): boolean {
  return Number.isFinite(x) && Number.isFinite(y) && x >= 0 && x <= 1 && y >= 0 && y <= 1
}

/** Public path of a variant; it never changes for the same bytes, crop and focal point. */
export function variantPath(
  media: { id: string; focalX: number; focalY: number },
  spec: VariantSpec,
): string {
  return `/media/${media.id}/${variantName(spec, media.focalX, media.focalY)}`
}

/** Public path of the original file. */
export function originalPath(media: { id: string; mime: string }): string {
  const ext = Object.entries(formatMime).find(([, mime]) => mime === media.mime)?.[0]
  return `/media/${media.id}/original.${ext === undefined ? media.mime.split('/')[1]?.replace('svg+xml', 'svg') : formatExtension[ext as VariantFormat]}`
}

/** A `srcset` value for one crop and format, from the widths this image offers. */
export function srcset(
  media: { id: string; width: number | null; focalX: number; focalY: number },
  crop: Crop,
  format: VariantFormat,
): string {
  return widthsFor(media.width ?? variantWidths[0])
    .map((width) => `${variantPath(media, { crop, width, format })} ${width}w`)
    .join(', ')
}

/**
 * A media item's file: bytes we keep (content-addressed: `key` in media storage, named by
 * `sha256`), or a picture we only link to where it lives (an import without the old uploads
 * folder; `url` is null when even that is unknown, and the item carries only its texts).
 */
export type MediaFile =
  | { readonly kind: 'stored'; readonly key: string; readonly sha256: string }
  | { readonly kind: 'remote'; readonly url: string | null }

export interface Media {
  id: string
  file: MediaFile
  mime: string
  size: number
  width: number | null
  height: number | null
  alt: string
  caption: string
  credit: string
  copyright: string
  focalX: number
  focalY: number
  sourceUrl: string | null
  createdAt: string
}
