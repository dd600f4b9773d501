const formats = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`
  let f = formats.get(key)
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } : {}),
    })
    formats.set(key, f)
  }
  return f
}

/**
 * Recent answers: a list page shows the same few dozen instants on every request, and formatting
 * each through Intl was a twentieth of a page's render. Cleared when full, so it stays small.
 */
const recent = new Map<string, string>()

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
  if (recent.size >= 4096) recent.clear()
  recent.set(key, text)
  return text
}
