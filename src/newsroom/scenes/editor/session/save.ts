/**
 * The save loop: one save at a time, PATCH with If-Match on the revision the fields are based
 * on (a create for a story the server has never had). A network failure or a 5xx keeps the edits
 * and retries; a 409 opens the conflict dialog with both versions; any other refusal is shown at
 * its fields. Edits made while a save runs are sent by the next one.
 */
import { ApiProblem } from '../../../api/client'
import { createArticle, getArticle, patchArticle } from '../article-api'
import { deleteDraft } from '../draft-store'
import type { ArticleLike, StoryFields } from '../fields'
import { changedFields, emptyFields, fieldsOf, isSame } from '../fields'
import type { Session } from './core'
import {
  flushBody,
  hasChanges,
  later,
  openConflict,
  persist,
  showArticle,
  showFields,
} from './core'
import { adoptOwnSave, holdsFields } from './own-save'
import { rejoinIfNeeded } from './rejoin'
import { againDelay, isNetworkFailure, retryDelay, untitled } from './state'

/** Saves what is pending; while a save runs, asks for another after it and waits for it. */
export async function saveStory(s: Session, onCreated: (id: string) => void): Promise<void> {
  flushBody(s)
  if (s.conflict !== null) return
  if (s.saving !== null) {
    s.again = true
    return s.saving
  }
  window.clearTimeout(s.timer)
  const retry = () => void saveStory(s, onCreated)
  s.saving = saveOnce(s, onCreated, retry).finally(() => {
    s.saving = null
    if (s.again) {
      s.again = false
      window.clearTimeout(s.timer)
      later(s, retry, againDelay)
    }
  })
  return s.saving
}

async function saveOnce(s: Session, onCreated: (id: string) => void, retry: () => void) {
  if (!(await rejoinIfNeeded(s, retry))) return
  const current = s.article
  const changes = changedFields(s.base ?? emptyFields(), s.fields)
  if (current !== null && Object.keys(changes).length === 0) {
    s.outcome = 'ok'
    s.view.setState('saved')
    persist(s)
    return
  }
  s.view.setState('saving')
  const sending = s.fields
  try {
    if (current === null) await create(s, changes, onCreated)
    else adopt(s, await patchArticle(current.id, current.revision, changes), changes)
    s.unanswered = null
    s.view.setProblem(null)
    s.outcome = 'ok'
    const pending = s.base !== null && (hasChanges(s) || s.bodyPending)
    s.view.setState(pending ? 'unsaved' : 'saved')
    persist(s)
    if (pending) s.again = true
  } catch (error) {
    if (current !== null && isNetworkFailure(error)) s.unanswered = sending
    await refused(s, error, current, retry)
  }
}

/** The first save of a new story: the server gives it an id, and the copy moves to that key. */
async function create(s: Session, changes: Partial<StoryFields>, onCreated: (id: string) => void) {
  // With no byline chosen yet, the server puts the story under the writer's own byline.
  // Adopting it as if `[]` was sent lets the editor take that byline instead of clearing it.
  const { authors, ...rest } = changes
  const isBylineOpen = authors === undefined || authors.length === 0
  const created = await createArticle({
    ...(isBylineOpen ? rest : changes),
    headline: s.fields.headline.trim() || untitled,
  })
  const oldKey = s.key
  s.key = created.id
  adopt(s, created, isBylineOpen ? { ...rest, authors: [] } : changes)
  await deleteDraft(oldKey).catch(() => undefined)
  onCreated(created.id)
}

/** The saved article is the new base; the server's normalisation of what was sent is taken. */
function adopt(s: Session, next: ArticleLike, sent: Partial<StoryFields>) {
  const base = fieldsOf(next)
  s.article = next
  s.base = base
  s.view.setArticle(next)
  // ...unless the writer changed that field meanwhile.
  const local = { ...s.fields }
  for (const key of Object.keys(sent) as (keyof StoryFields)[]) {
    if (isSame(local[key], sent[key])) Object.assign(local, { [key]: base[key] })
  }
  if (local.headline.trim() === '' && base.headline === untitled) local.headline = ''
  showFields(s, local)
}

/**
 * The newer revision is the writer's own (a save whose answer was lost): it becomes the base, and
 * what was typed since, if anything, goes in the next save.
 */
function isOwnSave(s: Session, theirs: ArticleLike): boolean {
  const lost = s.unanswered
  s.unanswered = null
  if (adoptOwnSave(s, theirs)) {
    s.outcome = 'ok'
    s.view.setState('saved')
    persist(s)
    return true
  }
  if (lost === null || !holdsFields(theirs, lost)) return false
  showArticle(s, theirs)
  s.outcome = 'ok'
  s.view.setState('unsaved')
  persist(s)
  s.again = true
  return true
}

async function refused(s: Session, error: unknown, current: ArticleLike | null, retry: () => void) {
  s.outcome = 'failed'
  persist(s)
  if (error instanceof ApiProblem && error.status === 409 && current !== null) {
    const theirs = await getArticle(current.id).catch(() => null)
    if (theirs !== null && isOwnSave(s, theirs)) return
    if (theirs !== null) {
      openConflict(s, { mine: s.fields, theirs })
      s.view.setState('conflict')
      return
    }
  }
  if (isNetworkFailure(error)) {
    s.view.setState('offline')
    later(s, retry, retryDelay)
    return
  }
  s.view.setProblem(error as ApiProblem)
  s.view.setState('refused')
}
