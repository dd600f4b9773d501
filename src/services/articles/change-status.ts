import type { Article, ReturnNote } from '../../domain/article.js'
import { articleLimits } from '../../domain/article.js'
import { InvalidInputError, StaleRevisionError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { actorUserId } from '../../domain/roles.js'
import type { Repos } from '../../store/index.js'
import { applyTransition, authorize } from '../../domain/workflow.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
import type { DomainEvent, ListChange } from '../events.js'
import { keepOldPath, recordRevision } from './history.js'
import { requirePublishable } from './publish-rules.js'
import { loadForEdit } from './save-article.js'

export type StatusAction = 'submit' | 'return' | 'publish' | 'schedule' | 'unschedule' | 'unpublish'

const eventFor = (action: StatusAction, a: Article, lists: ListChange): DomainEvent => {
  switch (action) {
    case 'submit':
      return { type: 'article.submitted', articleId: a.id }
    case 'return':
      return { type: 'article.returned', articleId: a.id }
    case 'publish':
      return { type: 'article.published', articleId: a.id, lists }
    case 'schedule':
      return { type: 'article.scheduled', articleId: a.id, at: a.scheduledAt ?? '' }
    case 'unschedule':
      return { type: 'article.unscheduled', articleId: a.id }
    case 'unpublish':
      return { type: 'article.unpublished', articleId: a.id, lists }
  }
}

/** The note text to keep, trimmed; throws InvalidInputError when empty, too long or not a return. */
function noteText(action: StatusAction, note: string | undefined): string | null {
  if (note === undefined) return null
  const text = note.trim()
  const max = articleLimits.returnNote
  if (action !== 'return' || text === '' || text.length > max)
    throw new InvalidInputError('The note is invalid.', [
      {
        field: 'note',
        message:
          action !== 'return' ? 'only a return takes a note' : `must be 1 to ${max} characters`,
      },
    ])
  return text
}

/** A return keeps its note for the writer; every other move drops the last one. */
async function keepReturnNote(
  tx: Repos,
  actor: Actor,
  id: string,
  text: string | null,
  at: string,
): Promise<ReturnNote | null> {
  if (text === null) {
    await tx.returnNotes.clear(id)
    return null
  }
  const userId = actorUserId(actor)
  const user = userId !== null ? await tx.users.findById(userId) : null
  const by = actor.kind === 'system' ? `system:${actor.name}` : (user?.name ?? actor.userId)
  const note = { text, by, at }
  await tx.returnNotes.put(id, note, userId)
  return note
}

/**
 * Moves an article through the workflow (submit, return, publish, schedule, unschedule, unpublish)
 * as one new revision. The first publication sets `publishedAt`. A return may carry a note for
 * the writer, kept until the story moves on. Throws NotFoundError, ForbiddenError,
 * InvalidTransitionError, InvalidInputError (uncredited photos, a bad note) or StaleRevisionError.
 */
export async function changeStatus(
  deps: Deps,
  actor: Actor,
  id: string,
  action: StatusAction,
  options: { at?: string; revision?: number; note?: string } = {},
): Promise<Article> {
  return (await changeStatusWithNote(deps, actor, id, action, options)).article
}

/** changeStatus, also answering the story's return note as it now stands. */
export async function changeStatusWithNote(
  deps: Deps,
  actor: Actor,
  id: string,
  action: StatusAction,
  options: { at?: string; revision?: number; note?: string } = {},
): Promise<{ article: Article; returnNote: ReturnNote | null }> {
  const text = noteText(action, options.note)
  const changed = await deps.store.transaction(async (tx) => {
    const current = await loadForEdit(tx, id)
    if (options.revision !== undefined && options.revision !== current.revision) {
      throw new StaleRevisionError(options.revision, current.revision)
    }
    authorize(actor, action, current)
    const before = await tx.articles.feedKeys(id)
    const now = nowIso(deps)
    const dates = applyTransition(current, action, now, options.at)
    const next: Article = { ...current, ...dates, editedAt: now, revision: current.revision + 1 }
    if (action === 'publish' || action === 'schedule') await requirePublishable(tx, next)
    if (!(await tx.articles.updateIfRevision(next, current.revision))) {
      throw new StaleRevisionError(current.revision, (await loadForEdit(tx, id)).revision)
    }
    await recordRevision(tx, deps, actor, next)
    await keepOldPath(tx, deps, current, next)
    const returnNote = await keepReturnNote(tx, actor, id, text, now)
    await audit(
      tx,
      deps,
      actor,
      `article.${action}`,
      { type: 'article', id },
      {
        from: current.status,
        to: next.status,
        ...(next.scheduledAt !== null ? { at: next.scheduledAt } : {}),
        ...(text !== null ? { note: text } : {}),
      },
    )
    return { next, returnNote, lists: { before, after: await tx.articles.feedKeys(id) } }
  })
  deps.events.emit(eventFor(action, changed.next, changed.lists))
  return { article: changed.next, returnNote: changed.returnNote }
}

/** Submits a draft for review. */
export const submitArticle = (deps: Deps, actor: Actor, id: string) =>
  changeStatus(deps, actor, id, 'submit')
/** Publishes now. */
export const publishArticle = (deps: Deps, actor: Actor, id: string) =>
  changeStatus(deps, actor, id, 'publish')
/** Schedules publication at `at` (ISO, in the future). */
export const scheduleArticle = (deps: Deps, actor: Actor, id: string, at: string) =>
  changeStatus(deps, actor, id, 'schedule', { at })
/** Takes a story off the site; its URL then answers 410 Gone. */
export const unpublishArticle = (deps: Deps, actor: Actor, id: string) =>
  changeStatus(deps, actor, id, 'unpublish')
