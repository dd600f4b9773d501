import type { Article } from '../../domain/article.js'
import { markSuggestedQuote, withSuggestedAttribution } from '../../domain/attribution-accept.js'
import { foldName } from '../../domain/entity.js'
import { ConflictError, StaleRevisionError } from '../../domain/errors.js'
import { actorUserId } from '../../domain/roles.js'
import { authorize } from '../../domain/workflow.js'
import type { Repos } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
import { recordRevision } from '../articles/history.js'
import { requirePublishable } from '../articles/publish-rules.js'
import { loadForEdit } from '../articles/save-article.js'
import type { DecideSuggestionInput } from './suggestions.js'
import { openSuggestion } from './suggestions.js'

export interface AcceptSuggestionInput extends DecideSuggestionInput {
  /** The revision the editor read; a newer one is a StaleRevisionError. */
  revision: number
}

/** The one person or organisation whose name or alias is exactly `name` (folded), or null. */
async function entityNamed(tx: Repos, name: string): Promise<string | null> {
  const folded = foldName(name)
  const found = (await tx.entities.search(folded, null, 20)).filter((e) =>
    [e.name, ...e.aliases].some((n) => foldName(n) === folded),
  )
  return found.length === 1 ? (found[0]?.id ?? null) : null
}

/**
 * Turns an open suggestion into an attribution of the story and marks its quote in the body,
 * as a new revision; a live story must still pass the publish rules (an anonymous source then
 * needs its sign-off first). Throws NotFoundError, ForbiddenError, StaleRevisionError,
 * ConflictError (decided already, or the words moved since), UnsignedAnonymousSourceError.
 */
export async function acceptSuggestion(deps: Deps, input: AcceptSuggestionInput): Promise<Article> {
  const suggestion = await openSuggestion(deps, input)
  const { actor } = input
  const saved = await deps.store.transaction(async (tx) => {
    const current = await loadForEdit(tx, input.articleId)
    authorize(actor, 'edit', current)
    if (input.revision !== current.revision)
      throw new StaleRevisionError(input.revision, current.revision)
    const entityId =
      suggestion.speakerName === null ? null : await entityNamed(tx, suggestion.speakerName)
    const { attributions, id } = withSuggestedAttribution(
      current.attributions,
      suggestion,
      entityId,
    )
    const body =
      suggestion.quote === null ? current.body : markSuggestedQuote(current.body, suggestion, id)
    if (body === null)
      throw new ConflictError(
        'The story’s text has changed since this suggestion was made; ask for suggestions again.',
      )
    const now = nowIso(deps)
    const next: Article = {
      ...current,
      attributions,
      body,
      editedAt: now,
      revision: current.revision + 1,
    }
    if (next.status === 'published' || next.status === 'scheduled')
      await requirePublishable(tx, next)
    if (!(await tx.articles.updateIfRevision(next, current.revision)))
      throw new StaleRevisionError(input.revision, (await loadForEdit(tx, current.id)).revision)
    await recordRevision(tx, deps, actor, next)
    if (
      !(await tx.attributionSuggestions.decide(suggestion.id, 'accepted', now, actorUserId(actor)))
    )
      throw new ConflictError('This suggestion was decided meanwhile.')
    await audit(
      tx,
      deps,
      actor,
      'article.attribution-suggestion.accept',
      { type: 'article', id: current.id },
      { suggestionId: suggestion.id, attribution: id, revision: next.revision },
    )
    return { next, lists: await tx.articles.feedKeys(current.id) }
  })
  deps.events.emit({
    type: 'article.updated',
    articleId: saved.next.id,
    status: saved.next.status,
    lists: { before: saved.lists, after: saved.lists },
  })
  return saved.next
}
