import { LRUCache } from 'lru-cache'

/** Calendar parts of an instant in a time zone; pure (the instant is an argument, never the clock). */
interface DateParts {
  yyyy: string
  mm: string
  dd: string
}

const formats = new Map<string, Intl.DateTimeFormat>()

/**
 * One Intl.DateTimeFormat per locale and options, kept: building a formatter costs far more than
 * using one, and pages, permalinks and datelines ask for the same few over and over.
 */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = formats.get(key)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, options)
    formats.set(key, format)
  }
  return format
}

/**
 * Recent answers: every link to a story renders its dated permalink, and a page links the same
 * few dozen instants over and over; formatting each through Intl was a tenth of a page's render.
 */
const recentParts = new LRUCache<string, Readonly<DateParts>>({ max: 4096 })

/** The local year, month and day of an ISO instant in `timeZone`. */
export function datePartsIn(iso: string, timeZone: string): Readonly<DateParts> {
  const key = `${timeZone} ${iso}`
  const known = recentParts.get(key)
  if (known !== undefined) return known
  // Frozen: every caller of the same instant shares it.
  const parts = Object.freeze(formatParts(iso, timeZone))
  recentParts.set(key, parts)
  return parts
}

function formatParts(iso: string, timeZone: string): DateParts {
  const formatter = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
  const date = new Date(iso)
  // en-CA formats as YYYY-MM-DD; reading that string is several times cheaper than formatToParts,
  // which stays as the fallback should a runtime format it otherwise.
  const text = formatter.format(date)
  if (text.length === 10 && text[4] === '-' && text[7] === '-')
    return { yyyy: text.slice(0, 4), mm: text.slice(5, 7), dd: text.slice(8, 10) }
  const parts = formatter.formatToParts(date)
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? ''
  return { yyyy: get('year'), mm: get('month'), dd: get('day') }
}

/** True for a time zone name the runtime knows (IANA, e.g. Europe/London). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}

/** Milliseconds from `now` to the next midnight in `timeZone` (when a dateline changes). */
export function untilMidnight(now: Date, timeZone: string): number {
  const format = dateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
  const parts = format.formatToParts(now)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const elapsed =
    ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 + now.getUTCMilliseconds()
  return Math.max(1000, 86_400_000 - elapsed)
}
