/**
 * What one open story holds between renders: the writer's fields, the server's article they are
 * based on, and the save loop's bookkeeping. Plain mutable state (the hook keeps one per editor);
 * `view` pushes what the screen shows into React.
 */
import type { Dispatch, SetStateAction } from 'react'
import type { ApiProblem } from '../../../api/client'
import type { Draft } from '../draft-store'
import { deleteDraft, writeDraft } from '../draft-store'
import type { ArticleLike, StoryFields } from '../fields'
import { changedFields, fieldsOf, isSame } from '../fields'
import type { Conflict, SaveState } from './state'

type Setter<T> = Dispatch<SetStateAction<T>>

/** The React state the editor renders from. */
export interface SessionView {
  setArticle: Setter<ArticleLike | null>
  setFields: Setter<StoryFields>
  setState: Setter<SaveState>
  setProblem: Setter<ApiProblem | null>
  setConflict: Setter<Conflict | null>
  setBodyVersion: Setter<number>
  setKeptVersion: Setter<number>
}

/** Opened offline from the browser's copy: the story and revision that copy is based on. */
export interface OfflineBase {
  articleId: string
  baseRevision: number | null
}

export interface Session {
  fields: StoryFields
  /** The fields as the server has them; null before the first save. */
  base: StoryFields | null
  article: ArticleLike | null
  /** The IndexedDB key of the browser's copy. */
  key: string
  conflict: Conflict | null
  offlineBase: OfflineBase | null
  saving: Promise<void> | null
  /** The fields of the last save whose answer never came: it may have reached the server. */
  unanswered: StoryFields | null
  /** Another save was asked for while one ran. */
  again: boolean
  timer: number | undefined
  outcome: 'ok' | 'failed'
  /** The body editor's pending serialisations, run before anything reads the fields. */
  flushers: Set<() => void>
  /** The body was edited and its serialisation has not reached `fields` yet. */
  bodyPending: boolean
  view: SessionView
}

export const createSession = (key: string, fields: StoryFields, view: SessionView): Session => ({
  fields,
  base: null,
  article: null,
  key,
  conflict: null,
  offlineBase: null,
  saving: null,
  unanswered: null,
  again: false,
  timer: undefined,
  outcome: 'ok',
  flushers: new Set(),
  bodyPending: false,
  view,
})

/** The server's article becomes the base the fields are compared with. */
export function showArticle(s: Session, next: ArticleLike | null): void {
  s.article = next
  s.base = next !== null ? fieldsOf(next) : null
  s.view.setArticle(next)
}

export function showFields(s: Session, next: StoryFields): void {
  s.fields = next
  s.view.setFields(next)
}

/** Keeps both versions on screen; the caller sets the save state. */
export function openConflict(s: Session, conflict: Conflict | null): void {
  s.conflict = conflict
  s.view.setConflict(conflict)
}

export function flushBody(s: Session): void {
  for (const flush of s.flushers) flush()
}

export const hasChanges = (s: Session): boolean =>
  s.base === null || Object.keys(changedFields(s.base, s.fields)).length > 0

/** Runs `action` after `delay`; the timer is the one a keystroke or an unmount clears. */
export function later(s: Session, action: () => void, delay: number): void {
  s.timer = window.setTimeout(action, delay)
}

/** Writes the browser's copy while edits are pending, and drops it once the server has them. */
export function persist(s: Session): void {
  const draft: Draft = {
    key: s.key,
    articleId: s.article?.id ?? s.offlineBase?.articleId ?? null,
    baseRevision: s.article?.revision ?? s.offlineBase?.baseRevision ?? null,
    fields: s.fields,
    isPending: s.base === null || !isSame(s.base, s.fields),
    updatedAt: new Date().toISOString(),
  }
  const write = draft.isPending ? writeDraft(draft) : deleteDraft(s.key)
  write.catch(() => {
    // Private windows may refuse IndexedDB; the server save still runs.
  })
}
