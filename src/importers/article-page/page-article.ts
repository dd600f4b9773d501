/** What an article page yields, whether it came as HTML or as the text of a page. */
export interface PageArticle {
  headline: string
  dek: string
  sections: string[]
  /** The hero's credit line (“Source: …”, “Photo: …”), and its image URL when the page names one. */
  heroCredit: string
  heroCaption: string
  heroUrl: string
  publishedAt: string | null
  /** Body as HTML (from a page) or as paragraphs (from text). */
  bodyHtml: string | null
  paragraphs: string[]
  author: { name: string; bio: string } | null
  canonicalUrl: string | null
  language: string | null
}

export const emptyPage = (): PageArticle => ({
  headline: '',
  dek: '',
  sections: [],
  heroCredit: '',
  heroCaption: '',
  heroUrl: '',
  publishedAt: null,
  bodyHtml: null,
  paragraphs: [],
  author: null,
  canonicalUrl: null,
  language: null,
})

/** A date written for readers (“March 26, 2025”, “26 March 2025”, ISO) as an ISO instant, or null. */
export function readDate(text: string): string | null {
  const iso = /\b(\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)\b/.exec(text)?.[1]
  const candidates = [
    iso,
    /\b([A-Z][a-z]+\.? \d{1,2},? \d{4})\b/.exec(text)?.[1],
    /\b(\d{1,2} [A-Z][a-z]+\.? \d{4})\b/.exec(text)?.[1],
  ]
  for (const candidate of candidates) {
    if (candidate === undefined) continue
    const hasTime = candidate.includes('T')
    const date = new Date(hasTime ? candidate : `${candidate.replace(',', '')} 12:00 UTC`)
    if (!Number.isNaN(date.getTime())) {
      return hasTime ? date.toISOString() : `${date.toISOString().slice(0, 10)}T00:00:00.000Z`
    }
  }
  return null
}
