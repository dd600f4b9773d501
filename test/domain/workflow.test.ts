import { describe, expect, it } from 'vitest'
import { ForbiddenError, InvalidTransitionError } from '../../src/domain/errors.js'
import type { Actor, Role } from '../../src/domain/roles.js'
import { systemActor } from '../../src/domain/roles.js'
import type { ArticleAction, ArticleStatus, WorkflowSubject } from '../../src/domain/workflow.js'
import {
  applyTransition,
  articleStatuses,
  authorize,
  isOwnArticle,
  targetStatus,
} from '../../src/domain/workflow.js'

/**
 * The expected outcome per status, in the order draft, in_review, scheduled, published,
 * unpublished: A = allowed, F = ForbiddenError, I = InvalidTransitionError. Written by hand.
 */
type Row = Record<ArticleAction, string>

// What the workflow allows from each status, for someone who has the right.
const editorial: Row = {
  edit: 'AAAAA',
  restore: 'AAAAA',
  submit: 'AIIII',
  return: 'IAIII',
  publish: 'AAAIA',
  schedule: 'AAAIA',
  unschedule: 'IIAII',
  unpublish: 'IIIAI',
  delete: 'AAIII',
  correct: 'IIIAI',
}
const none: Row = {
  edit: 'FFFFF',
  restore: 'FFFFF',
  submit: 'FFFFF',
  return: 'FFFFF',
  publish: 'FFFFF',
  schedule: 'FFFFF',
  unschedule: 'FFFFF',
  unpublish: 'FFFFF',
  delete: 'FFFFF',
  correct: 'FFFFF',
}
// Contributors edit, restore and delete their own drafts only; submitting anything but a draft is
// not a workflow move for anyone, so it is an invalid transition rather than a missing right.
const contributorOwn: Row = {
  ...none,
  edit: 'AFFFF',
  restore: 'AFFFF',
  delete: 'AFFFF',
  submit: 'AIIII',
}
// Authors do everything on their own work except returning it, which is the desk's call.
const authorOwn: Row = { ...editorial, return: 'FFFFF' }

type Who = Role | 'system'
const expected: Record<Who, { own: Row; other: Row }> = {
  contributor: { own: contributorOwn, other: none },
  author: { own: authorOwn, other: none },
  editor: { own: editorial, other: editorial },
  admin: { own: editorial, other: editorial },
  system: { own: editorial, other: editorial },
}

const actorFor = (who: Who): Actor =>
  who === 'system'
    ? systemActor('test')
    : { kind: 'user', userId: 'u-me', role: who, authorIds: ['a-me'] }

const subject = (status: ArticleStatus, own: boolean): WorkflowSubject => ({
  status,
  createdBy: own ? 'u-me' : 'u-other',
  authors: [{ id: 'a-other' }],
})

function outcome(actor: Actor, action: ArticleAction, article: WorkflowSubject): string {
  try {
    authorize(actor, action, article)
    return 'A'
  } catch (error) {
    if (error instanceof ForbiddenError) return 'F'
    if (error instanceof InvalidTransitionError) return 'I'
    throw error
  }
}

const cases = (Object.keys(expected) as Who[]).flatMap((who) =>
  (['own', 'other'] as const).flatMap((ownership) =>
    (Object.keys(editorial) as ArticleAction[]).flatMap((action) =>
      articleStatuses.map((status, i) => ({
        who,
        ownership,
        action,
        status,
        want: expected[who][ownership][action][i],
      })),
    ),
  ),
)

describe('authorize', () => {
  it('covers every role, ownership, action and status', () => {
    expect(cases).toHaveLength(5 * 2 * 10 * 5)
  })

  it.each(cases)(
    '$who on $ownership $status article: $action → $want',
    ({ who, ownership, action, status, want }) => {
      expect(outcome(actorFor(who), action, subject(status, ownership === 'own'))).toBe(want)
    },
  )
})

describe('isOwnArticle', () => {
  const me: Actor = { kind: 'user', userId: 'u-me', role: 'author', authorIds: ['a-me', 'a-col'] }
  it.each([
    ['created by the user', { createdBy: 'u-me', authors: [] }, true],
    ['bylined to one of their profiles', { createdBy: 'u-x', authors: [{ id: 'a-col' }] }, true],
    ['a co-byline', { createdBy: null, authors: [{ id: 'a-x' }, { id: 'a-me' }] }, true],
    ["someone else's", { createdBy: 'u-x', authors: [{ id: 'a-x' }] }, false],
    ['created by the system', { createdBy: null, authors: [] }, false],
  ])('%s → %s', (_name, article, own) => {
    expect(isOwnArticle(me, { status: 'draft', ...article })).toBe(own)
  })

  it('makes a byline enough to publish', () => {
    const article = { status: 'draft' as const, createdBy: 'u-x', authors: [{ id: 'a-me' }] }
    expect(outcome(me, 'publish', article)).toBe('A')
  })
})

describe('targetStatus', () => {
  it.each([
    ['submit', 'draft', 'in_review'],
    ['return', 'in_review', 'draft'],
    ['publish', 'scheduled', 'published'],
    ['schedule', 'unpublished', 'scheduled'],
    ['unschedule', 'scheduled', 'draft'],
    ['unpublish', 'published', 'unpublished'],
    ['edit', 'published', 'published'],
    ['correct', 'published', 'published'],
    ['delete', 'in_review', 'in_review'],
  ] as const)('%s from %s leads to %s', (action, from, to) => {
    expect(targetStatus(action, from)).toBe(to)
  })
})

describe('applyTransition', () => {
  const now = '2026-03-02T09:00:00.000Z'
  const draft = { status: 'draft' as const, publishedAt: null, scheduledAt: null }

  it('sets publishedAt on the first publication', () => {
    expect(applyTransition(draft, 'publish', now)).toEqual({
      status: 'published',
      publishedAt: now,
      scheduledAt: null,
    })
  })

  it('keeps the original publishedAt when republishing', () => {
    const earlier = '2026-01-01T08:00:00.000Z'
    const unpublished = { status: 'unpublished' as const, publishedAt: earlier, scheduledAt: null }
    expect(applyTransition(unpublished, 'publish', now).publishedAt).toBe(earlier)
  })

  it('schedules for a future moment and clears it when publishing', () => {
    const at = '2026-03-02T10:00:00.000Z'
    const scheduled = applyTransition(draft, 'schedule', now, at)
    expect(scheduled).toEqual({ status: 'scheduled', publishedAt: null, scheduledAt: at })
    expect(applyTransition(scheduled, 'publish', at)).toEqual({
      status: 'published',
      publishedAt: at,
      scheduledAt: null,
    })
  })

  it.each([
    ['in the past', '2026-03-02T08:59:59.999Z'],
    ['at this very moment', now],
    ['at this moment written without milliseconds', '2026-03-02T09:00:00Z'],
    ['at this moment written with an offset', '2026-03-02T10:00:00+01:00'],
    ['in the past, though later as a string', '2026-03-02T09:30:00+05:00'],
  ])('refuses a schedule %s', (_name, at) => {
    expect(() => applyTransition(draft, 'schedule', now, at)).toThrow(InvalidTransitionError)
  })

  it.each([
    ['missing', undefined],
    ['not a date', 'tomorrow'],
    ['without a time zone', '2026-03-02T10:00:00'],
    ['an impossible date', '2026-13-45T10:00:00Z'],
  ])('refuses a schedule time that is %s as invalid input', (_name, at) => {
    expect(() => applyTransition(draft, 'schedule', now, at)).toThrow(
      expect.objectContaining({
        code: 'invalid-input',
        errors: [expect.objectContaining({ field: 'at' })],
      }),
    )
  })

  it.each([
    ['2026-03-02T11:30:00+02:00', '2026-03-02T09:30:00.000Z'],
    ['2026-03-02T09:00:00.001Z', '2026-03-02T09:00:00.001Z'],
    ['2026-03-02T01:01-08:00', '2026-03-02T09:01:00.000Z'],
  ])('stores the future schedule %s in UTC as %s', (at, stored) => {
    expect(applyTransition(draft, 'schedule', now, at).scheduledAt).toBe(stored)
  })

  it.each([
    ['unschedule', 'scheduled', 'draft'],
    ['unpublish', 'published', 'unpublished'],
    ['submit', 'draft', 'in_review'],
    ['return', 'in_review', 'draft'],
  ] as const)('%s clears the schedule and keeps publishedAt', (action, from, to) => {
    const current = {
      status: from,
      publishedAt: '2026-01-01T08:00:00.000Z',
      scheduledAt: '2026-04-01T08:00:00.000Z',
    }
    expect(applyTransition(current, action, now)).toEqual({
      status: to,
      publishedAt: '2026-01-01T08:00:00.000Z',
      scheduledAt: null,
    })
  })
})
