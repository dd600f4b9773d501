import type { Article } from '../../domain/article.js'
import { StaleRevisionError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
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

/**
 * Moves an article through the workflow (submit, return, publish, schedule, unschedule, unpublish)
 * as one new revision. The first publication sets `publishedAt`. Throws NotFoundError,
 * ForbiddenError, InvalidTransitionError, InvalidInputError (uncredited photos) or StaleRevisionError.
 */
export async function changeStatus(
  deps: Deps,
  actor: Actor,
  id: string,
  action: StatusAction,
  options: { at?: string; revision?: number } = {},
): Promise<Article> {
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
      },
    )
    return { next, lists: { before, after: await tx.articles.feedKeys(id) } }
  })
  deps.events.emit(eventFor(action, changed.next, changed.lists))
  return changed.next
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
