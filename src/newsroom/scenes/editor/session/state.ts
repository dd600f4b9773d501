/** The words a story session shares: its save states, a conflict, and its timings. */
import { ApiProblem } from '../../../api/client'
import type { ArticleLike, StoryFields } from '../fields'

/** `new`: a story the server has never had (no first save yet), so nothing reads "Saved". */
export type SaveState =
  'loading' | 'new' | 'saved' | 'unsaved' | 'saving' | 'offline' | 'refused' | 'conflict'

export interface Conflict {
  mine: StoryFields
  theirs: ArticleLike
}

/** Autosave fires this long after the last change (the brief: within 2 s). */
export const autosaveDelay = 1200
export const retryDelay = 3000
/** A load that found edits to send saves this soon after. */
export const resumeDelay = 300
/** A save asked for while one ran follows it this soon after. */
export const againDelay = 50
export const untitled = 'Untitled story'

/** No answer, or the server's own failure: the edits are kept and the save retried. */
export const isNetworkFailure = (error: unknown) =>
  !(error instanceof ApiProblem) || error.status >= 500 || error.status === 0
