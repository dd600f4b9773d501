/** Wall-clock times in the publication's zone (the schedule form) and back to instants. */

function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0')
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  )
  return asUtc - Math.floor(instant / 1000) * 1000
}

/** `2026-12-08T09:30` read in `timeZone`, as an ISO instant (UTC). */
export function zonedToIso(local: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (m === null) return null
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]))
  let instant = guess - offsetAt(guess, timeZone)
  instant = guess - offsetAt(instant, timeZone)
  return new Date(instant).toISOString()
}

/** An instant as `YYYY-MM-DDTHH:mm` in `timeZone` (for a datetime-local input). */
export function isoToZoned(iso: string, timeZone: string): string {
  const instant = Date.parse(iso)
  const local = new Date(instant + offsetAt(instant, timeZone))
  return local.toISOString().slice(0, 16)
}

/** A readable date and time in the zone, with the zone named. */
export function formatInZone(iso: string, timeZone: string): string {
  // dateStyle/timeStyle may not be combined with timeZoneName (a TypeError in Chromium).
  return new Intl.DateTimeFormat(undefined, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso))
}
