/**
 * One open story: the server's article, the writer's fields, and the loop that keeps them in step.
 * Every change goes to IndexedDB first (draft-store.ts) and to the server within 2 s of the last
 * keystroke (PATCH with If-Match). The parts live in session/: opening and merging the browser's
 * copy with the server's (load.ts), the save loop and its conflicts (save.ts), the way back from
 * an editor opened offline (rejoin.ts), settling a conflict (conflict.ts).
 */
import { useCallback, useEffect, useState } from 'react'
import type { ApiProblem } from '../../api/client'
import { signOffHolds } from '../../../domain/attribution.js'
import { getArticle } from './article-api'
import { newDraftKey } from './draft-store'
import type { ArticleLike, StoryFields } from './fields'
import { emptyFields, fieldsOf } from './fields'
import type { ConflictChoice } from './session/conflict'
import { resolveConflict } from './session/conflict'
import {
  createSession,
  flushBody,
  hasChanges,
  later,
  persist,
  showArticle,
  showFields,
} from './session/core'
import { loadStory } from './session/load'
import { saveStory } from './session/save'
import type { Conflict, SaveState } from './session/state'
import { autosaveDelay } from './session/state'

export type { Conflict, SaveState } from './session/state'

export function useStorySession(id: string | undefined, onCreated: (id: string) => void) {
  const [article, setArticle] = useState<ArticleLike | null>(null)
  const [fields, setFieldsState] = useState<StoryFields>(emptyFields)
  const [state, setState] = useState<SaveState>('loading')
  const [problem, setProblem] = useState<ApiProblem | null>(null)
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [loadError, setLoadError] = useState<unknown>(null)
  /** Bumped when the body is replaced from outside the editor (load, take theirs). */
  const [bodyVersion, setBodyVersion] = useState(0)
  /** Bumped when a version is set aside, so the side panel re-reads the kept versions. */
  const [keptVersion, setKeptVersion] = useState(0)
  const [s] = useState(() =>
    createSession(id ?? newDraftKey, fields, {
      setArticle,
      setFields: setFieldsState,
      setState,
      setProblem,
      setConflict,
      setBodyVersion,
      setKeptVersion,
    }),
  )

  const save = useCallback(() => saveStory(s, onCreated), [s, onCreated])

  const setFields = useCallback(
    (update: (f: StoryFields) => StoryFields) => {
      const next = update(s.fields)
      if (next.body !== s.fields.body) s.bodyPending = false
      showFields(s, next)
      persist(s)
      setState((st) => (st === 'offline' || st === 'conflict' || st === 'saving' ? st : 'unsaved'))
      if (s.saving !== null) {
        s.again = true
        return
      }
      window.clearTimeout(s.timer)
      later(s, () => void save(), autosaveDelay)
    },
    [s, save],
  )

  /** Load: the server's article, and any edits the browser still holds for it. */
  useEffect(() => {
    let cancelled = false
    const key = id ?? newDraftKey
    if (key === s.key && s.article !== null) return // created here: same story
    s.key = key
    loadStory(
      s,
      id,
      () => cancelled,
      () => void save(),
    ).catch((error: unknown) => {
      if (!cancelled) setLoadError(error)
    })
    return () => {
      cancelled = true
    }
  }, [id, s, save])

  // Back online: save at once. Leaving the page: write what is pending.
  useEffect(() => {
    const online = () => void save()
    const hide = () => {
      flushBody(s)
      persist(s)
    }
    window.addEventListener('online', online)
    window.addEventListener('pagehide', hide)
    document.addEventListener('visibilitychange', hide)
    return () => {
      window.removeEventListener('online', online)
      window.removeEventListener('pagehide', hide)
      document.removeEventListener('visibilitychange', hide)
      window.clearTimeout(s.timer)
    }
  }, [s, save])

  /** Settles a conflict; the version not taken is kept in IndexedDB either way. */
  const resolve = useCallback(
    (choice: ConflictChoice) => resolveConflict(s, choice, save),
    [s, save],
  )

  /** After a workflow move: the server's article is the new base. */
  const replaceArticle = useCallback((next: ArticleLike) => showArticle(s, next), [s])

  /**
   * After a sign-off: the server's article (a new revision) is the new base, and the writer's
   * attributions take its sign-offs where what was signed still holds. Nothing else changed.
   */
  const adoptSignOffs = useCallback(
    (next: ArticleLike) => {
      showArticle(s, next)
      const signed = new Map((next.attributions ?? []).map((a) => [a.id, a]))
      const attributions = s.fields.attributions.map((a) => {
        const theirs = signed.get(a.id)
        return theirs !== undefined && signOffHolds(theirs, a)
          ? { ...a, signOff: theirs.signOff }
          : a
      })
      showFields(s, { ...s.fields, attributions })
      persist(s)
      setState((st) =>
        st === 'saved' || st === 'unsaved' ? (hasChanges(s) ? 'unsaved' : 'saved') : st,
      )
    },
    [s],
  )

  /** Saves what is pending and returns the saved article, or null when it could not be saved. */
  const flushed = useCallback(async (): Promise<ArticleLike | null> => {
    for (let attempt = 0; attempt < 5; attempt++) {
      while (s.saving !== null) await s.saving
      if (s.conflict !== null || s.outcome === 'failed') return null
      if (s.article !== null && !hasChanges(s)) return s.article
      await save()
    }
    return null
  }, [s, save])

  /** The story changed on the server (a restore, a correction): show it, unless edits are pending. */
  const reload = useCallback(async () => {
    const current = s.article
    if (current === null) return
    if (hasChanges(s)) return save()
    const next = await getArticle(current.id)
    showArticle(s, next)
    showFields(s, fieldsOf(next))
    setBodyVersion((v) => v + 1)
  }, [s, save])

  /** The body changed but is not serialised yet: no longer "Saved". */
  const markDirty = useCallback(() => {
    // A save under way must not end on "Saved" while these edits are still in the editor only.
    s.bodyPending = true
    setState((st) => (st === 'saved' ? 'unsaved' : st))
  }, [s])

  /** The fields this instant, with the body's pending serialisation done (for a preview). */
  const latest = useCallback((): StoryFields => {
    flushBody(s)
    return s.fields
  }, [s])

  const registerFlush = useCallback(
    (flush: () => void) => {
      s.flushers.add(flush)
      return () => void s.flushers.delete(flush)
    },
    [s],
  )

  return {
    article,
    fields,
    state,
    problem,
    conflict,
    loadError,
    bodyVersion,
    keptVersion,
    setFields,
    save,
    resolve,
    replaceArticle,
    adoptSignOffs,
    registerFlush,
    latest,
    markDirty,
    setProblem,
    flushed,
    reload,
  }
}

export type StorySession = ReturnType<typeof useStorySession>
