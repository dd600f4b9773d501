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
  /** 'day' when the page gave a date without a time: it is shown as a date, never as 00:00. */
  datePrecision: DatePrecision | null
  /** Body as HTML (from a page) or as paragraphs (from text). */
  bodyHtml: string | null
  paragraphs: string[]
  author: { name: string; bio: string } | null
  canonicalUrl: string | null
  language: string | null
  /** Lines of page chrome left out of the story (from text only), for the report. */
  leftOut: string[]
}

export type DatePrecision = 'day' | 'minute'

export const emptyPage = (): PageArticle => ({
  headline: '',
  dek: '',
  sections: [],
  heroCredit: '',
  heroCaption: '',
  heroUrl: '',
  publishedAt: null,
  datePrecision: null,
  bodyHtml: null,
  paragraphs: [],
  author: null,
  canonicalUrl: null,
  language: null,
  leftOut: [],
})

/** A point in time a page gave, and how precisely it gave it. */
export interface PageDate {
  at: string
  precision: DatePrecision
}

const months =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
/** “March 26, 2025”, “Mar. 26 2025”. */
const monthFirst = new RegExp(
  `(?<![\\p{L}])((?:${months})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})`,
  'iu',
)
/** “26 March 2025”, “26. März” is not read (English month names only). */
const dayFirst = new RegExp(`(?<!\\d)(\\d{1,2}(?:st|nd|rd|th)? (?:${months})\\.?,? \\d{4})`, 'iu')
/** A clock time after the date: “14:05”, “2:05 pm”, “14:05 GMT”, “14:05 +02:00”. */
const clock =
  /^[\s,·•|–-]*(?:at\s+)?(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?\s*(GMT|UTC|Z|[+-]\d{2}:?\d{2})?/i

/**
 * A date written for readers (“March 26, 2025”, “26 March 2025, 14:05 GMT”, ISO) as an instant,
 * with its precision: a date alone is day-precise (stored as that day's 00:00 UTC, shown as the
 * date); a time with no zone is read as UTC. Null when the text holds no date.
 */
export function readPageDate(text: string): PageDate | null {
  const iso =
    /(?<!\d)(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/.exec(
      text,
    )
  if (iso !== null) {
    const [, day, time, zone] = iso
    const date = new Date(time === undefined ? `${day}T00:00:00Z` : `${day}T${time}${zone ?? 'Z'}`)
    if (Number.isNaN(date.getTime())) return null
    return { at: date.toISOString(), precision: time === undefined ? 'day' : 'minute' }
  }
  const found = monthFirst.exec(text) ?? dayFirst.exec(text)
  if (found === null) return null
  const written = (found[1] ?? '').replace(/(\d)(?:st|nd|rd|th)/i, '$1').replace(/[.,]/g, '')
  const noon = new Date(`${written} 12:00 UTC`)
  if (Number.isNaN(noon.getTime())) return null
  const day = noon.toISOString().slice(0, 10)
  const time = clock.exec(text.slice((found.index ?? 0) + (found[1] ?? '').length))
  if (time === null) return { at: `${day}T00:00:00.000Z`, precision: 'day' }
  let hours = Number(time[1])
  const pm = time[3]?.toLowerCase().startsWith('p') === true
  if (time[3] !== undefined && hours === 12) hours = 0
  if (pm) hours += 12
  const zone = time[4] === undefined || /^(GMT|UTC|Z)$/i.test(time[4]) ? 'Z' : time[4]
  const at = new Date(`${day}T${String(hours).padStart(2, '0')}:${time[2]}:00${zone}`)
  if (Number.isNaN(at.getTime()) || hours > 23)
    return { at: `${day}T00:00:00.000Z`, precision: 'day' }
  return { at: at.toISOString(), precision: 'minute' }
}
