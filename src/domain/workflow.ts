import { ForbiddenError, InvalidInputError, InvalidTransitionError } from './errors.js'
import type { Actor, Role } from './roles.js'
import { isAtLeast, roleOf } from './roles.js'

/** Article statuses (DESIGN.md): draft → in_review → scheduled/published → unpublished. */
export const articleStatuses = [
  'draft',
  'in_review',
  'scheduled',
  'published',
  'unpublished',
] as const
export type ArticleStatus = (typeof articleStatuses)[number]

/** Everything a person can do to an article; each is checked against role, ownership and status. */
export type ArticleAction =
  | 'edit'
  | 'submit'
  | 'return'
  | 'publish'
  | 'schedule'
  | 'unschedule'
  | 'unpublish'
  | 'delete'
  | 'correct'
  | 'restore'

/** Which statuses each action starts from, and where a state-changing action leads. */
const moves: Record<ArticleAction, { from: readonly ArticleStatus[]; to?: ArticleStatus }> = {
  edit: { from: articleStatuses },
  restore: { from: articleStatuses },
  submit: { from: ['draft'], to: 'in_review' },
  return: { from: ['in_review'], to: 'draft' },
  publish: { from: ['draft', 'in_review', 'scheduled', 'unpublished'], to: 'published' },
  schedule: { from: ['draft', 'in_review', 'scheduled', 'unpublished'], to: 'scheduled' },
  unschedule: { from: ['scheduled'], to: 'draft' },
  unpublish: { from: ['published'], to: 'unpublished' },
  delete: { from: ['draft', 'in_review'] },
  correct: { from: ['published'] },
}

/**
 * The least role that may perform an action on its own article, and on anyone's.
 * Contributors write and submit their own drafts; authors also publish their own work;
 * editors do everything editorial on every article.
 */
const rights: Record<ArticleAction, { own: Role; any: Role }> = {
  edit: { own: 'contributor', any: 'editor' },
  restore: { own: 'contributor', any: 'editor' },
  submit: { own: 'contributor', any: 'editor' },
  delete: { own: 'contributor', any: 'editor' },
  return: { own: 'editor', any: 'editor' },
  publish: { own: 'author', any: 'editor' },
  schedule: { own: 'author', any: 'editor' },
  unschedule: { own: 'author', any: 'editor' },
  unpublish: { own: 'author', any: 'editor' },
  correct: { own: 'author', any: 'editor' },
}

/** What the workflow needs to know about an article. */
export interface WorkflowSubject {
  status: ArticleStatus
  createdBy: string | null
  authors: readonly { id: string }[]
}

/** True when the actor created the article or is one of its bylines. */
export function isOwnArticle(actor: Actor, article: WorkflowSubject): boolean {
  if (actor.kind === 'system') return true
  if (article.createdBy === actor.userId) return true
  return article.authors.some((a) => actor.authorIds.includes(a.id))
}

/** True when the status change is part of the workflow at all, whoever asks. */
function isAllowedFrom(action: ArticleAction, status: ArticleStatus): boolean {
  return moves[action].from.includes(status)
}

/** The status an action leads to (unchanged for edit, restore, correct and delete). */
export function targetStatus(action: ArticleAction, status: ArticleStatus): ArticleStatus {
  return moves[action].to ?? status
}

/** True when the actor's role and ownership allow the action (ignoring the status). */
function mayPerform(actor: Actor, action: ArticleAction, article: WorkflowSubject): boolean {
  const role = roleOf(actor)
  const need = isOwnArticle(actor, article) ? rights[action].own : rights[action].any
  if (!isAtLeast(role, need)) return false
  // Contributors may touch their own work only while it is a draft: once submitted it is the desk's.
  if (role === 'contributor' && action !== 'submit') return article.status === 'draft'
  return true
}

/** Every action, in the order a newsroom shows them. */
export const articleActions: readonly ArticleAction[] = [
  'edit',
  'submit',
  'return',
  'schedule',
  'unschedule',
  'publish',
  'unpublish',
  'correct',
  'restore',
  'delete',
]

/**
 * The actions the actor may take on the article now: exactly those `authorize` lets through
 * (role, ownership and status), so a client can offer them without guessing.
 */
export function allowedActions(actor: Actor, article: WorkflowSubject): ArticleAction[] {
  return articleActions.filter(
    (action) => mayPerform(actor, action, article) && isAllowedFrom(action, article.status),
  )
}

/**
 * Checks that an actor may perform an action on an article in its current status.
 * Throws ForbiddenError for a missing right and InvalidTransitionError for an illegal move.
 */
export function authorize(actor: Actor, action: ArticleAction, article: WorkflowSubject): void {
  if (!mayPerform(actor, action, article)) {
    throw new ForbiddenError(`Your role does not allow you to ${action} this article.`)
  }
  if (!isAllowedFrom(action, article.status)) {
    throw new InvalidTransitionError(
      article.status,
      targetStatus(action, article.status),
      `An article that is ${article.status.replace('_', ' ')} cannot be given the action “${action}”.`,
    )
  }
}

/** The dates a status change sets, as a pure function of the article and the moment. */
interface StatusDates {
  status: ArticleStatus
  publishedAt: string | null
  scheduledAt: string | null
}

// A zone-less time would be read in the server's own zone, so an offset (or Z) is required.
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i

/** Milliseconds since the epoch of an ISO 8601 instant with an offset, or null. */
function parseInstant(value: string | undefined): number | null {
  if (value === undefined || !isoInstant.test(value)) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : ms
}

/**
 * Computes the new status and dates for a state-changing action at `now` (ISO). A schedule is
 * stored in UTC; throws InvalidInputError for an unreadable one, InvalidTransitionError for a past one.
 */
export function applyTransition(
  current: StatusDates,
  action: 'submit' | 'return' | 'publish' | 'schedule' | 'unschedule' | 'unpublish',
  now: string,
  scheduleAt?: string,
): StatusDates {
  const status = targetStatus(action, current.status)
  switch (action) {
    case 'publish':
      // The first publication fixes published_at; republishing keeps the original date.
      return { status, publishedAt: current.publishedAt ?? now, scheduledAt: null }
    case 'schedule': {
      // Compare instants, not strings: "…T10:00:00+01:00" and "…T09:00:00Z" are the same moment.
      const at = parseInstant(scheduleAt)
      if (at === null) {
        throw new InvalidInputError('The schedule needs a date and time.', [
          { field: 'at', message: 'must be an ISO 8601 date and time with a time zone offset' },
        ])
      }
      if (at <= Date.parse(now)) {
        throw new InvalidTransitionError(
          current.status,
          status,
          'A schedule must lie in the future.',
        )
      }
      return { status, publishedAt: current.publishedAt, scheduledAt: new Date(at).toISOString() }
    }
    default:
      return { status, publishedAt: current.publishedAt, scheduledAt: null }
  }
}
