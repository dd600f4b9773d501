import { LRUCache } from 'lru-cache'
import { dateTimeFormat, datePartsIn } from '../domain/time.js'

function formatter(locale: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  return dateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } : {}),
  })
}

/**
 * Recent answers: a list page shows the same few dozen instants on every request, and formatting
 * each through Intl was a twentieth of a page's render.
 */
const recent = new LRUCache<string, string>({ max: 4096 })

/** A date (and time) as readers of the publication expect it, in its time zone. */
export function formatDate(iso: string, locale: string, timeZone: string, withTime = true): string {
  const key = `${locale}|${timeZone}|${withTime}|${iso}`
  const known = recent.get(key)
  if (known !== undefined) return known
  let text: string
  try {
    text = formatter(locale, timeZone, withTime).format(new Date(iso))
  } catch {
    text = formatter('en-GB', 'UTC', withTime).format(new Date(iso))
  }
  recent.set(key, text)
  return text
}

/** Whether two instants fall on the same calendar day in `timeZone`. */
export function isSameDay(iso: string, otherIso: string, timeZone: string): boolean {
  const a = safeParts(iso, timeZone)
  const b = safeParts(otherIso, timeZone)
  return a.yyyy === b.yyyy && a.mm === b.mm && a.dd === b.dd
}

function safeParts(iso: string, timeZone: string) {
  try {
    return datePartsIn(iso, timeZone)
  } catch {
    return datePartsIn(iso, 'UTC')
  }
}

/** The local time of day ("14:08"), 24-hour, in the publication's time zone. */
export function formatClock(iso: string, locale: string, timeZone: string): string {
  const options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const
  try {
    return dateTimeFormat(locale, { ...options, timeZone }).format(new Date(iso))
  } catch {
    return dateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(new Date(iso))
  }
}

/** A short date for cards ("4 Dec"), with the year ("4 Dec 2025") when asked. */
function formatShortDate(iso: string, locale: string, timeZone: string, withYear: boolean) {
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
  }
  try {
    return dateTimeFormat(locale, { ...options, timeZone }).format(new Date(iso))
  } catch {
    return dateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(new Date(iso))
  }
}

/**
 * A card's time: the time of day for a story published on the day of `now` (the moment the page
 * was rendered), a short date otherwise (with its year when that is not the year of `now`). A
 * page showing one is right until the publication's next midnight, so the pages that pass `now`
 * are cached no longer than that (docs/caching.md).
 */
export function cardTime(
  iso: string,
  now: string,
  locale: string,
  timeZone: string,
): { text: string; isToday: boolean } {
  if (isSameDay(iso, now, timeZone))
    return { text: formatClock(iso, locale, timeZone), isToday: true }
  const sameYear = safeParts(iso, timeZone).yyyy === safeParts(now, timeZone).yyyy
  return { text: formatShortDate(iso, locale, timeZone, !sameYear), isToday: false }
}
