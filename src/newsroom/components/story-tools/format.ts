import type { ArticleJson } from '../../api/types'

/** What every story tool is given: the article as the API answers it, and a way to refetch it. */
export interface StoryToolProps {
  article: ArticleJson
  /** Asks the editor to refetch the article (after a restore, a correction…). */
  onChanged: () => void
}

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' })
const dateTime = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
})

/** 10:42 */
export const formatTime = (iso: string): string => time.format(new Date(iso))

/** 7 Dec, 10:42 */
export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso))

/** "Ana Ruiz", "Ana Ruiz and Ben Ode", "Ana Ruiz, Ben Ode and Chloé Li" */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`
}
