/**
 * A newer revision that is the writer's own save: a save reached the server but its answer was
 * lost (the connection dropped, the page went offline), so the next save or the way back from
 * offline meets `stale-revision` against the writer's own text. That is no conflict: the editor
 * takes the server's revision as its base and carries on.
 */
import type { ArticleLike, StoryFields } from '../fields'
import { changedFields, fieldsOf, isSame } from '../fields'
import type { Session } from './core'
import { showArticle, showFields } from './core'

/**
 * The fields of `fields` that a save would send but `theirs` already holds, after the save's own
 * normalisation (empty optional texts as null, a half-typed source URL left out, an empty
 * headline kept out); null when `theirs` differs in any field the save would send.
 */
function sameAsSaved(theirs: ArticleLike, fields: StoryFields): (keyof StoryFields)[] | null {
  const base = fieldsOf(theirs)
  const changes = changedFields(base, fields)
  const keys = Object.keys(changes) as (keyof StoryFields)[]
  return keys.every((key) => isSame(changes[key], base[key])) ? keys : null
}

/** True when `theirs` holds exactly what a save of `fields` would leave on the server. */
export const holdsFields = (theirs: ArticleLike, fields: StoryFields): boolean =>
  sameAsSaved(theirs, fields) !== null

/**
 * When `theirs` already holds the writer's fields, makes it the base (the fields take the
 * server's spelling of what differed only in form) and answers true; else changes nothing.
 */
export function adoptOwnSave(s: Session, theirs: ArticleLike): boolean {
  const keys = sameAsSaved(theirs, s.fields)
  if (keys === null) return false
  showArticle(s, theirs)
  const base = fieldsOf(theirs)
  const local = { ...s.fields }
  for (const key of keys) Object.assign(local, { [key]: base[key] })
  showFields(s, local)
  return true
}
