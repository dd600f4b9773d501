import type { ArticleStatus } from '../api/types'

export const statusLabel: Record<ArticleStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
}

/** A date and time in the publication's zone, e.g. "8 Dec, 09:30". */
export function formatTime(iso: string | null, timeZone: string | undefined): string {
  if (iso === null) return ''
  const date = new Date(iso)
  const sameYear = date.getFullYear() === new Date().getFullYear()
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(date)
}

/** The zone's short name for a label ("CET", "GMT+1"). */
export function zoneName(timeZone: string | undefined): string {
  const part = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date())
    .find((p) => p.type === 'timeZoneName')
  return part?.value ?? timeZone ?? ''
}
