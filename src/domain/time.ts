/** Calendar parts of an instant in a time zone; pure (the instant is an argument, never the clock). */
export interface DateParts {
  yyyy: string
  mm: string
  dd: string
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/**
 * Recent answers: every link to a story renders its dated permalink, and a page links the same
 * few dozen instants over and over; formatting each through Intl was a tenth of a page's render.
 * Cleared when full, so it stays small.
 */
const recentParts = new Map<string, DateParts>()

/** The local year, month and day of an ISO instant in `timeZone`. */
export function datePartsIn(iso: string, timeZone: string): DateParts {
  const key = `${timeZone} ${iso}`
  const known = recentParts.get(key)
  if (known !== undefined) return { ...known }
  const parts = formatParts(iso, timeZone)
  if (recentParts.size >= 4096) recentParts.clear()
  recentParts.set(key, parts)
  return { ...parts }
}

function formatParts(iso: string, timeZone: string): DateParts {
  const formatter = formatterFor(timeZone)
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
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}
