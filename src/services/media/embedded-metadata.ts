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

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/**
 * XMP is XML, and exifr hands its text over with the entities still in (`&amp;`, `&#233;`).
 * One pass decodes them once (XML 1.0 §4.6 predefines only these five names), so `&amp;lt;` is
 * the literal text `&lt;`; an invalid character reference is kept as written.
 */
const decodeXml = (value: string): string =>
  value.replace(
    /&(?:#x([0-9a-f]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/gi,
    (all, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (name !== undefined) return xmlEntities[name] ?? all
      const code = hex !== undefined ? parseInt(hex, 16) : Number(dec)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all
    },
  )

/** An XMP value's text, entities decoded. */
const xmlText = (value: unknown): string | null => {
  const raw = text(value)
  return raw === null ? null : decodeXml(raw).trim() || null
}

const first = (...values: (string | null)[]): string | null =>
  values.find((v) => v !== null) ?? null

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
  const byline = first(text(iptc?.Byline), xmlText(xmp.creator), text(ifd0?.Artist))
  return {
    byline,
    credit: first(
      text(iptc?.Credit),
      xmlText(xmp.Credit),
      byline !== null ? `Photo: ${byline}` : null,
    ),
    copyright: first(text(iptc?.CopyrightNotice), xmlText(xmp.rights), text(ifd0?.Copyright)),
    caption: first(text(iptc?.Caption), xmlText(xmp.description), text(ifd0?.ImageDescription)),
    takenAt:
      isoDate(exif?.DateTimeOriginal) ?? isoDate(iptc?.DateCreated) ?? isoDate(xmp.DateCreated),
  }
}
