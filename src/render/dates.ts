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

/** A date (and time) as readers of the publication expect it, in its time zone. */
export function formatDate(iso: string, locale: string, timeZone: string, withTime = true): string {
  try {
    return formatter(locale, timeZone, withTime).format(new Date(iso))
  } catch {
    return formatter('en-GB', 'UTC', withTime).format(new Date(iso))
  }
}
