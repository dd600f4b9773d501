import type { Correction } from '../../domain/article.js'
import { articleLimits } from '../../domain/article.js'
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { actorUserId, requireRole } from '../../domain/roles.js'
import type { Repos } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
import { loadForEdit } from './save-article.js'

/** Trimmed text of 1 to `max` characters; throws InvalidInputError naming `field` otherwise. */
function requiredText(value: string, field: string, max: number): string {
  const text = value.trim()
  if (text === '' || text.length > max)
    throw new InvalidInputError(`The ${field} is invalid.`, [
      { field, message: `must be 1 to ${max.toLocaleString('en')} characters` },
    ])
  return text
}

/** The correction, on that article and not withdrawn; throws NotFoundError or ConflictError. */
async function liveCorrection(tx: Repos, articleId: string, id: string): Promise<Correction> {
  await loadForEdit(tx, articleId)
  const correction = await tx.corrections.findById(id)
  if (correction === null || correction.articleId !== articleId)
    throw new NotFoundError('correction', id)
  if (correction.withdrawn !== null)
    throw new ConflictError('This correction was withdrawn; it can no longer change.', {
      withdrawnAt: correction.withdrawn.at,
    })
  return correction
}

/** Runs a change to one correction, then refreshes what shows it, as adding one does. */
async function changeCorrection(
  deps: Deps,
  articleId: string,
  change: (tx: Repos, now: string) => Promise<Correction>,
): Promise<Correction> {
  const done = await deps.store.transaction(async (tx) => {
    const now = nowIso(deps)
    const correction = await change(tx, now)
    await tx.articles.touchUpdatedAt(articleId, now)
    return { correction, lists: await tx.articles.feedKeys(articleId) }
  })
  deps.events.emit({
    type: 'article.corrected',
    articleId,
    correctionId: done.correction.id,
    lists: { before: done.lists, after: done.lists },
  })
  return done.correction
}

/**
 * Rewords a public correction (editors). The earlier wording is kept and shown on the story as
 * its history; nothing public changes silently. Throws ForbiddenError, NotFoundError,
 * ConflictError (withdrawn) or InvalidInputError.
 */
export async function editCorrection(
  deps: Deps,
  actor: Actor,
  input: { articleId: string; correctionId: string; text: string },
): Promise<Correction> {
  requireRole(actor, 'editor', 'edit a correction')
  const text = requiredText(input.text, 'text', articleLimits.correction)
  return changeCorrection(deps, input.articleId, async (tx, now) => {
    const current = await liveCorrection(tx, input.articleId, input.correctionId)
    if (current.text === text) return current
    await tx.corrections.reword(current, text, {
      versionId: deps.ids.uuid(),
      at: now,
      by: actorUserId(actor),
    })
    await audit(
      tx,
      deps,
      actor,
      'article.correction.edit',
      { type: 'article', id: input.articleId },
      { correctionId: current.id, before: current.text, after: text },
    )
    return {
      ...current,
      text,
      editedAt: now,
      history: [...current.history, { text: current.text, replacedAt: now }],
    }
  })
}

/**
 * Withdraws a public correction with a public note (editors): it stays on the story, marked
 * withdrawn with the note and date, never deleted. Throws ForbiddenError, NotFoundError,
 * ConflictError (already withdrawn) or InvalidInputError.
 */
export async function withdrawCorrection(
  deps: Deps,
  actor: Actor,
  input: { articleId: string; correctionId: string; note: string },
): Promise<Correction> {
  requireRole(actor, 'editor', 'withdraw a correction')
  const note = requiredText(input.note, 'note', articleLimits.withdrawalNote)
  return changeCorrection(deps, input.articleId, async (tx, now) => {
    const current = await liveCorrection(tx, input.articleId, input.correctionId)
    const withdrawn = { at: now, note }
    await tx.corrections.withdraw(current.id, withdrawn, actorUserId(actor))
    await audit(
      tx,
      deps,
      actor,
      'article.correction.withdraw',
      { type: 'article', id: input.articleId },
      { correctionId: current.id, note },
    )
    return { ...current, withdrawn }
  })
}
