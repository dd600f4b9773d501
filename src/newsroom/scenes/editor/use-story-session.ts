/**
 * One open story: the server's article, the writer's fields, and the loop that keeps them in step.
 * Every change goes to IndexedDB first (draft-store.ts) and to the server within 2 s of the last
 * keystroke (PATCH with If-Match). A network failure or a 5xx keeps the edits and retries; a 409
 * opens the conflict dialog with both versions; any other refusal is shown at its fields.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiProblem, getCsrfToken } from '../../api/client'
import { ensureCsrfToken } from '../../auth/session'
import { createArticle, getArticle, patchArticle } from './article-api'
import { takePrefetchedArticle, takePrefetchedDraft } from './article-prefetch'
import type { Draft } from './draft-store'
import { deleteDraft, keepVersion, newDraftKey, readDraft, writeDraft } from './draft-store'
import type { ArticleLike, StoryFields } from './fields'
import { changedFields, emptyFields, fieldsOf, isSame } from './fields'

/** `new`: a story the server has never had (no first save yet), so nothing reads "Saved". */
export type SaveState =
  'loading' | 'new' | 'saved' | 'unsaved' | 'saving' | 'offline' | 'refused' | 'conflict'

export interface Conflict {
  mine: StoryFields
  theirs: ArticleLike
}

/** Autosave fires this long after the last change (the brief: within 2 s). */
const autosaveDelay = 1200
const retryDelay = 3000
const untitled = 'Untitled story'

const fetchArticle = async (id: string) => (await takePrefetchedArticle(id)) ?? getArticle(id)

const isNetworkFailure = (error: unknown) =>
  !(error instanceof ApiProblem) || error.status >= 500 || error.status === 0

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

  const fieldsRef = useRef(fields)
  const baseRef = useRef<StoryFields | null>(null)
  const articleRef = useRef<ArticleLike | null>(null)
  const keyRef = useRef(id ?? newDraftKey)
  const saving = useRef<Promise<void> | null>(null)
  const again = useRef(false)
  const timer = useRef<number | undefined>(undefined)
  const conflictRef = useRef<Conflict | null>(null)
  const flushers = useRef(new Set<() => void>())
  const outcome = useRef<'ok' | 'failed'>('ok')
  /** Opened offline from the browser's copy: the story and revision that copy is based on. */
  const offlineBase = useRef<{ articleId: string; baseRevision: number | null } | null>(null)

  const persist = useCallback(() => {
    const current = articleRef.current
    const draft: Draft = {
      key: keyRef.current,
      articleId: current?.id ?? offlineBase.current?.articleId ?? null,
      baseRevision: current?.revision ?? offlineBase.current?.baseRevision ?? null,
      fields: fieldsRef.current,
      isPending: baseRef.current === null || !isSame(baseRef.current, fieldsRef.current),
      updatedAt: new Date().toISOString(),
    }
    const write = draft.isPending ? writeDraft(draft) : deleteDraft(keyRef.current)
    write.catch(() => {
      // Private windows may refuse IndexedDB; the server save still runs.
    })
  }, [])

  const adopt = useCallback((next: ArticleLike, sent: Partial<StoryFields>) => {
    articleRef.current = next
    setArticle(next)
    const base = fieldsOf(next)
    baseRef.current = base
    // Take the server's normalisation of what was sent, unless the writer changed it meanwhile.
    const local = { ...fieldsRef.current }
    for (const key of Object.keys(sent) as (keyof StoryFields)[]) {
      if (isSame(local[key], sent[key])) Object.assign(local, { [key]: base[key] })
    }
    if (local.headline.trim() === '' && base.headline === untitled) local.headline = ''
    fieldsRef.current = local
    setFieldsState(local)
  }, [])

  /**
   * Opened offline: the session's CSRF token, and for a story opened from the browser's copy the
   * server's article. True when the copy's base revision is still the server's; false opens the
   * conflict dialog.
   */
  const rejoin = useCallback(async (): Promise<boolean> => {
    await ensureCsrfToken()
    const offline = offlineBase.current
    if (offline === null) return true
    const server = await getArticle(offline.articleId)
    offlineBase.current = null
    articleRef.current = server
    baseRef.current = fieldsOf(server)
    setArticle(server)
    if (offline.baseRevision === null || offline.baseRevision === server.revision) return true
    conflictRef.current = { mine: fieldsRef.current, theirs: server }
    setConflict(conflictRef.current)
    setState('conflict')
    return false
  }, [])

  const save = useCallback(async (): Promise<void> => {
    for (const flush of flushers.current) flush()
    if (conflictRef.current !== null) return
    if (saving.current !== null) {
      again.current = true
      return saving.current
    }
    window.clearTimeout(timer.current)
    const run = async () => {
      if (offlineBase.current !== null || getCsrfToken() === null) {
        const rejoined = await rejoin().catch((error: unknown) => error)
        if (rejoined === false) return // the conflict dialog is open
        if (rejoined !== true) {
          outcome.current = 'failed'
          if (!isNetworkFailure(rejoined)) {
            setProblem(rejoined as ApiProblem)
            setState('refused')
            return
          }
          setState('offline')
          timer.current = window.setTimeout(() => void save(), retryDelay)
          return
        }
      }
      const current = articleRef.current
      const base = baseRef.current ?? emptyFields()
      const changes = changedFields(base, fieldsRef.current)
      if (current !== null && Object.keys(changes).length === 0) {
        outcome.current = 'ok'
        setState('saved')
        persist()
        return
      }
      setState('saving')
      try {
        if (current === null) {
          // With no byline chosen yet, the server puts the story under the writer's own byline.
          // Adopting it as if `[]` was sent lets the editor take that byline instead of clearing it.
          const { authors, ...rest } = changes
          const isBylineOpen = authors === undefined || authors.length === 0
          const created = await createArticle({
            ...(isBylineOpen ? rest : changes),
            headline: fieldsRef.current.headline.trim() || untitled,
          })
          const oldKey = keyRef.current
          keyRef.current = created.id
          adopt(created, isBylineOpen ? { ...rest, authors: [] } : changes)
          await deleteDraft(oldKey).catch(() => undefined)
          onCreated(created.id)
        } else {
          adopt(await patchArticle(current.id, current.revision, changes), changes)
        }
        setProblem(null)
        outcome.current = 'ok'
        const pending =
          baseRef.current !== null &&
          Object.keys(changedFields(baseRef.current, fieldsRef.current)).length > 0
        setState(pending ? 'unsaved' : 'saved')
        persist()
        if (pending) again.current = true
      } catch (error) {
        outcome.current = 'failed'
        persist()
        if (error instanceof ApiProblem && error.status === 409 && current !== null) {
          const theirs = await getArticle(current.id).catch(() => null)
          if (theirs !== null) {
            conflictRef.current = { mine: fieldsRef.current, theirs }
            setConflict(conflictRef.current)
            setState('conflict')
            return
          }
        }
        if (isNetworkFailure(error)) {
          setState('offline')
          timer.current = window.setTimeout(() => void save(), retryDelay)
          return
        }
        setProblem(error as ApiProblem)
        setState('refused')
      }
    }
    saving.current = run().finally(() => {
      saving.current = null
      if (again.current) {
        again.current = false
        window.clearTimeout(timer.current)
        timer.current = window.setTimeout(() => void save(), 50)
      }
    })
    return saving.current
  }, [adopt, onCreated, persist, rejoin])

  const setFields = useCallback(
    (update: (f: StoryFields) => StoryFields) => {
      fieldsRef.current = update(fieldsRef.current)
      setFieldsState(fieldsRef.current)
      persist()
      setState((s) => (s === 'offline' || s === 'conflict' || s === 'saving' ? s : 'unsaved'))
      if (saving.current !== null) {
        again.current = true
        return
      }
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => void save(), autosaveDelay)
    },
    [persist, save],
  )

  /** Load: the server's article, and any edits the browser still holds for it. */
  useEffect(() => {
    let cancelled = false
    const key = id ?? newDraftKey
    if (key === keyRef.current && articleRef.current !== null) return // created here: same story
    keyRef.current = key
    const load = async () => {
      // The browser's copy and the server's are read at once (the server's may be on its way already).
      const reading = (takePrefetchedDraft(key) ?? readDraft(key)).catch(() => undefined)
      const fetching = id === undefined ? null : fetchArticle(id)
      fetching?.catch(() => undefined) // handled below, once the draft is known
      const draft = await reading
      let server: ArticleLike | null = null
      let isOffline = false
      if (fetching !== null) {
        try {
          server = await fetching
        } catch (error) {
          if (draft === undefined || !isNetworkFailure(error)) throw error
          isOffline = true
        }
      }
      if (cancelled) return
      offlineBase.current =
        isOffline && id !== undefined
          ? { articleId: id, baseRevision: draft?.baseRevision ?? null }
          : null
      const base = server !== null ? fieldsOf(server) : null
      articleRef.current = server
      baseRef.current = base
      setArticle(server)
      let next = base ?? emptyFields()
      let nextState: SaveState = 'saved'
      if (draft?.isPending === true) {
        next = draft.fields
        nextState = 'unsaved'
        if (
          server !== null &&
          draft.baseRevision !== null &&
          draft.baseRevision !== server.revision
        ) {
          conflictRef.current = { mine: draft.fields, theirs: server }
          setConflict(conflictRef.current)
          nextState = 'conflict'
        }
      }
      fieldsRef.current = next
      setFieldsState(next)
      setBodyVersion((v) => v + 1)
      if (isOffline) nextState = 'offline'
      setState(id === undefined && draft === undefined ? 'new' : nextState)
      if (nextState === 'unsaved' || isOffline)
        timer.current = window.setTimeout(() => void save(), 300)
    }
    load().catch((error: unknown) => {
      if (!cancelled) setLoadError(error)
    })
    return () => {
      cancelled = true
    }
  }, [id, save])

  // Back online: save at once. Leaving the page: write what is pending.
  useEffect(() => {
    const online = () => void save()
    const hide = () => {
      for (const flush of flushers.current) flush()
      persist()
    }
    window.addEventListener('online', online)
    window.addEventListener('pagehide', hide)
    document.addEventListener('visibilitychange', hide)
    return () => {
      window.removeEventListener('online', online)
      window.removeEventListener('pagehide', hide)
      document.removeEventListener('visibilitychange', hide)
      window.clearTimeout(timer.current)
    }
  }, [persist, save])

  /** Settles a conflict; the version not taken is kept in IndexedDB either way. */
  const resolve = useCallback(
    async (choice: 'mine' | 'theirs' | 'both') => {
      const current = conflictRef.current
      if (current === null) return
      const { mine, theirs } = current
      const at = new Date().toISOString()
      await Promise.all([
        keepVersion({
          articleId: theirs.id,
          label: 'Your version',
          revision: null,
          fields: mine,
          keptAt: at,
        }),
        keepVersion({
          articleId: theirs.id,
          label: `Their version (revision ${theirs.revision})`,
          revision: theirs.revision,
          fields: fieldsOf(theirs),
          keptAt: at,
        }),
      ]).catch(() => undefined)
      conflictRef.current = null
      setConflict(null)
      articleRef.current = theirs
      setArticle(theirs)
      baseRef.current = fieldsOf(theirs)
      const next = choice === 'mine' ? mine : fieldsOf(theirs)
      fieldsRef.current = next
      setFieldsState(next)
      setBodyVersion((v) => v + 1)
      setKeptVersion((v) => v + 1)
      setState(choice === 'mine' ? 'unsaved' : 'saved')
      persist()
      if (choice === 'mine') await save()
    },
    [persist, save],
  )

  /** After a workflow move: the server's article is the new base. */
  const replaceArticle = useCallback((next: ArticleLike) => {
    articleRef.current = next
    baseRef.current = fieldsOf(next)
    setArticle(next)
  }, [])

  const hasChanges = () =>
    baseRef.current === null ||
    Object.keys(changedFields(baseRef.current, fieldsRef.current)).length > 0

  /** Saves what is pending and returns the saved article, or null when it could not be saved. */
  const flushed = useCallback(async (): Promise<ArticleLike | null> => {
    for (let attempt = 0; attempt < 5; attempt++) {
      while (saving.current !== null) await saving.current
      if (conflictRef.current !== null || outcome.current === 'failed') return null
      if (articleRef.current !== null && !hasChanges()) return articleRef.current
      await save()
    }
    return null
  }, [save])

  /** The story changed on the server (a restore, a correction): show it, unless edits are pending. */
  const reload = useCallback(async () => {
    const current = articleRef.current
    if (current === null) return
    if (hasChanges()) return save()
    const next = await getArticle(current.id)
    articleRef.current = next
    baseRef.current = fieldsOf(next)
    fieldsRef.current = fieldsOf(next)
    setArticle(next)
    setFieldsState(fieldsRef.current)
    setBodyVersion((v) => v + 1)
  }, [save])

  /** The body changed but is not serialised yet: no longer "Saved". */
  const markDirty = useCallback(() => {
    setState((s) => (s === 'saved' ? 'unsaved' : s))
  }, [])

  /** The fields this instant, with the body's pending serialisation done (for a preview). */
  const latest = useCallback((): StoryFields => {
    for (const flush of flushers.current) flush()
    return fieldsRef.current
  }, [])

  const registerFlush = useCallback((flush: () => void) => {
    flushers.current.add(flush)
    return () => void flushers.current.delete(flush)
  }, [])

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
    registerFlush,
    latest,
    markDirty,
    setProblem,
    flushed,
    reload,
  }
}

export type StorySession = ReturnType<typeof useStorySession>
