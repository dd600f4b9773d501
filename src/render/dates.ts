import { LRUCache } from 'lru-cache'
import { dateTimeFormat } from '../domain/time.js'

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
