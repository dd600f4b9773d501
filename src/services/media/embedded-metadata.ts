/** What a photo desk's tools write into a picture, in the fields a newsroom uses. */
export interface EmbeddedMetadata {
  credit: string | null
  byline: string | null
  copyright: string | null
  caption: string | null
  takenAt: string | null
}

type Segment = Record<string, unknown> | undefined

const text = (value: unknown): string | null => {
  if (Array.isArray(value)) return text(value[0])
  if (typeof value === 'object' && value !== null && 'value' in value) return text(value.value)
  if (typeof value !== 'string') return null
  const trimmed = value.replace(/\0/g, '').trim()
  if (trimmed === '') return null
  // IPTC-IIM strings are often UTF-8 read as Latin-1; undo that when it decodes cleanly.
  if (/[\u00c2-\u00f4][\u0080-\u00bf]/.test(trimmed)) {
    const decoded = Buffer.from(trimmed, 'latin1').toString('utf8')
    if (!decoded.includes('\ufffd')) return decoded
  }
  return trimmed
}

const first = (...values: unknown[]): string | null =>
  values.map(text).find((v) => v !== null) ?? null

function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString()
  const s = text(value)
  const m = s === null ? null : /^(\d{4})-?(\d{2})-?(\d{2})/.exec(s)
  return m === null ? null : `${m[1]}-${m[2]}-${m[3]}T00:00:00.000Z`
}

/**
 * Reads IPTC, XMP and EXIF (exifr does the parsing) and picks, for each field, the standard
 * a photo desk is most likely to have filled: IPTC first, then XMP, then EXIF. GPS is never read.
 */
export async function readEmbeddedMetadata(bytes: Buffer): Promise<EmbeddedMetadata> {
  let parsed: Record<string, Segment> | undefined
  try {
    // Loaded with the first upload: a reading server never needs it.
    const { default: exifr } = await import('exifr')
    parsed = (await exifr.parse(bytes, {
      iptc: true,
      xmp: true,
      tiff: true,
      exif: true,
      gps: false,
      icc: false,
      mergeOutput: false,
    })) as Record<string, Segment> | undefined
  } catch {
    parsed = undefined
  }
  const iptc = parsed?.iptc
  const xmp = {
    ...parsed?.dc,
    ...parsed?.photoshop,
    ...parsed?.xmp,
    ...parsed?.xmpRights,
  } as Record<string, unknown>
  const ifd0 = parsed?.ifd0
  const exif = parsed?.exif
  const byline = first(iptc?.Byline, xmp.creator, ifd0?.Artist)
  return {
    byline,
    credit: first(iptc?.Credit, xmp.Credit, byline !== null ? `Photo: ${byline}` : null),
    copyright: first(iptc?.CopyrightNotice, xmp.rights, ifd0?.Copyright),
    caption: first(iptc?.Caption, xmp.description, ifd0?.ImageDescription),
    takenAt:
      isoDate(exif?.DateTimeOriginal) ?? isoDate(iptc?.DateCreated) ?? isoDate(xmp.DateCreated),
  }
}
