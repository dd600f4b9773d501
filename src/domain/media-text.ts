/** The texts a photo carries, and the one length limit they share however they arrive. */
export const mediaTextFields = ['alt', 'caption', 'credit', 'copyright'] as const
/** The texts a photo's own IPTC/XMP/EXIF metadata can fill. */
export const prefilledTextFields = ['caption', 'credit', 'copyright'] as const
export type PrefilledTextField = (typeof prefilledTextFields)[number]

/** Typed or prefilled, no caption, credit, alt text or copyright is longer than this. */
export const mediaTextLimit = 2000

/**
 * Shortens a text to at most `limit` characters (code points), cutting between words when a
 * word boundary falls in the last half of the allowance, and marks the cut with an ellipsis.
 */
export function truncateAtWord(text: string, limit: number = mediaTextLimit): string {
  const chars = [...text]
  if (chars.length <= limit) return text
  const head = chars.slice(0, limit - 1).join('')
  const boundary = head.search(/\s\S*$/)
  const cut = boundary >= head.length / 2 ? head.slice(0, boundary) : head
  return `${cut.trimEnd()}…`
}

/** Splits a trailing credit (“(Photo: A. Name / Agency)”) off a caption. */
export function splitCredit(caption: string): { caption: string; credit: string } {
  const match =
    /\s*\(?\b(?:photo(?:graph)?s?|image|picture|credit|source|foto)(?:\s+by)?\s*[:©]\s*([^()]+?)\)?\s*$/i.exec(
      caption,
    )
  if (match === null) return { caption: caption.trim(), credit: '' }
  return { caption: caption.slice(0, match.index).trim(), credit: (match[1] ?? '').trim() }
}
