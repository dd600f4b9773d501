import type { Correction, CorrectionKind } from '../../domain/article.js'
import { correctionKinds } from '../../domain/article.js'
import { InvalidInputError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { actorUserId, systemActor } from '../../domain/roles.js'
import { authorize } from '../../domain/workflow.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
import { recordRevision } from './history.js'
import { loadForEdit } from './save-article.js'

/**
 * Adds a public correction, update or clarification to a published story and sets its
 * “updated” date. Throws NotFoundError, ForbiddenError, InvalidTransitionError or InvalidInputError.
 */
export async function addCorrection(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { kind: CorrectionKind; text: string },
): Promise<Correction> {
  const text = input.text.trim()
  if (!correctionKinds.includes(input.kind) || text === '' || text.length > 4000) {
    throw new InvalidInputError('The correction is invalid.', [
      ...(!correctionKinds.includes(input.kind)
        ? [{ field: 'kind', message: `must be one of ${correctionKinds.join(', ')}` }]
        : []),
      ...(text === '' || text.length > 4000
        ? [{ field: 'text', message: 'must be 1 to 4,000 characters' }]
        : []),
    ])
  }
  const correction = await deps.store.transaction(async (tx) => {
    const article = await loadForEdit(tx, id)
    authorize(actor, 'correct', article)
    const now = nowIso(deps)
    const created: Correction = {
      id: deps.ids.uuid(),
      articleId: id,
      kind: input.kind,
      text,
      createdAt: now,
      editedAt: null,
      history: [],
      withdrawn: null,
    }
    await tx.corrections.insert(created, actorUserId(actor))
    await tx.articles.touchUpdatedAt(id, now)
    const lists = await tx.articles.feedKeys(id)
    await audit(
      tx,
      deps,
      actor,
      'article.correct',
      { type: 'article', id },
      { kind: input.kind, correctionId: created.id },
    )
    return { created, lists }
  })
  const lists = { before: correction.lists, after: correction.lists }
  deps.events.emit({
    type: 'article.corrected',
    articleId: id,
    correctionId: correction.created.id,
    lists,
  })
  return correction.created
}

/** Deletes a draft or a story in review for good. Throws NotFoundError, ForbiddenError or InvalidTransitionError. */
export async function deleteArticle(deps: Deps, actor: Actor, id: string): Promise<void> {
  const before = await deps.store.transaction(async (tx) => {
    const article = await loadForEdit(tx, id)
    authorize(actor, 'delete', article)
    const keys = await tx.articles.feedKeys(id)
    await tx.articles.delete(id)
    await audit(
      tx,
      deps,
      actor,
      'article.delete',
      { type: 'article', id },
      { headline: article.headline },
    )
    return keys
  })
  deps.events.emit({ type: 'article.deleted', articleId: id, lists: { before, after: [] } })
}

/**
 * Publishes every scheduled story whose time has come, exactly once even when several processes
 * run the scheduler against one database: each story is claimed by a conditional update that only
 * one transaction can win. Returns the ids this call published; `onPublished` hears how late each
 * went out (the scheduler lag the metrics show).
 */
export async function runScheduler(
  deps: Deps,
  onPublished?: (lateMs: number) => void,
): Promise<string[]> {
  const actor = systemActor('scheduler')
  const now = nowIso(deps)
  const published: string[] = []
  for (const id of await deps.store.articles.dueIds(now)) {
    const won = await deps.store.transaction(async (tx) => {
      const article = await tx.articles.findById(id)
      if (article === null || article.status !== 'scheduled' || article.scheduledAt === null)
        return null
      const publishedAt = article.publishedAt ?? article.scheduledAt
      const revision = article.revision + 1
      const claimed = await tx.articles.claimStatus(
        id,
        ['scheduled'],
        article.revision,
        {
          status: 'published',
          published_at: publishedAt,
          scheduled_at: null,
          edited_at: now,
          revision,
        },
        now,
      )
      if (!claimed) return null
      await recordRevision(tx, deps, actor, {
        ...article,
        status: 'published',
        publishedAt,
        scheduledAt: null,
        revision,
      })
      await audit(
        tx,
        deps,
        actor,
        'article.publish',
        { type: 'article', id },
        { from: 'scheduled', to: 'published', scheduled: true },
      )
      return { keys: await tx.articles.feedKeys(id), scheduledAt: article.scheduledAt }
    })
    if (won !== null) {
      published.push(id)
      onPublished?.(Date.parse(now) - Date.parse(won.scheduledAt))
      deps.events.emit({
        type: 'article.published',
        articleId: id,
        lists: { before: [], after: won.keys },
      })
    }
  }
  return published
}
