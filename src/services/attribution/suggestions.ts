import type { Article } from '../../domain/article.js'
import type { AttributionSuggestion } from '../../domain/attribution-suggest.js'
import { suggestAttributions } from '../../domain/attribution-suggest.js'
import { ConflictError, NotFoundError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { actorUserId } from '../../domain/roles.js'
import { authorize } from '../../domain/workflow.js'
import type { AttributionSuggestionRecord } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
import { getArticle } from '../queries.js'

/** The story, if the actor may edit it. Throws NotFoundError or ForbiddenError. */
export async function editableArticle(deps: Deps, actor: Actor, id: string): Promise<Article> {
  const article = await getArticle(deps, actor, id)
  authorize(actor, 'edit', article)
  return article
}

const present = ({
  createdAt: _c,
  decidedAt: _d,
  decidedBy: _b,
  ...suggestion
}: AttributionSuggestionRecord): AttributionSuggestion => suggestion

/** The suggester's proposals for `article` as open records, ready to store. */
export function suggestionRecords(
  deps: Deps,
  article: Article,
  origin: AttributionSuggestion['origin'],
): AttributionSuggestionRecord[] {
  const createdAt = nowIso(deps)
  return suggestAttributions(article.body).map((s) => ({
    ...s,
    id: deps.ids.uuid(),
    articleId: article.id,
    status: 'open',
    origin,
    createdAt,
    decidedAt: null,
    decidedBy: null,
  }))
}

export interface SuggestInput {
  actor: Actor
  /** The story whose current body is read. */
  articleId: string
  /** Where the request came from: an import, or someone asking through the API (the default). */
  origin?: AttributionSuggestion['origin']
}

/**
 * Runs the suggester on the story's current body and stores what it proposes as open
 * suggestions, replacing the open ones from before (accepted and dismissed ones stay). Answers
 * the open suggestions. Throws NotFoundError or ForbiddenError.
 */
export async function suggestForArticle(
  deps: Deps,
  { actor, articleId, origin = 'api' }: SuggestInput,
): Promise<AttributionSuggestion[]> {
  const article = await editableArticle(deps, actor, articleId)
  const records = suggestionRecords(deps, article, origin)
  await deps.store.transaction((tx) => tx.attributionSuggestions.replaceOpen(articleId, records))
  return records.map(present)
}

export interface ListSuggestionsInput {
  actor: Actor
  articleId: string
  /** Only suggestions in this state; all of them when left out. */
  status?: AttributionSuggestion['status']
}

/** The story's suggestions in reading order. Throws NotFoundError (also for stories the actor may not see). */
export async function listSuggestions(
  deps: Deps,
  { actor, articleId, status }: ListSuggestionsInput,
): Promise<AttributionSuggestion[]> {
  await getArticle(deps, actor, articleId)
  return (await deps.store.attributionSuggestions.list(articleId, status)).map(present)
}

export interface DecideSuggestionInput {
  actor: Actor
  articleId: string
  suggestionId: string
}

/** An open suggestion of a story the actor may edit. Throws NotFoundError, ForbiddenError or ConflictError. */
export async function openSuggestion(
  deps: Deps,
  { actor, articleId, suggestionId }: DecideSuggestionInput,
): Promise<AttributionSuggestionRecord> {
  await editableArticle(deps, actor, articleId)
  const suggestion = await deps.store.attributionSuggestions.find(articleId, suggestionId)
  if (suggestion === null) throw new NotFoundError('attribution suggestion', suggestionId)
  if (suggestion.status !== 'open')
    throw new ConflictError(`This suggestion was already ${suggestion.status}.`)
  return suggestion
}

/**
 * Dismisses an open suggestion: it stays, marked dismissed, and the next "suggest" does not
 * bring it back as open. Throws NotFoundError, ForbiddenError or ConflictError.
 */
export async function dismissSuggestion(
  deps: Deps,
  input: DecideSuggestionInput,
): Promise<AttributionSuggestion> {
  const suggestion = await openSuggestion(deps, input)
  const at = nowIso(deps)
  const by = actorUserId(input.actor)
  await deps.store.transaction(async (tx) => {
    if (!(await tx.attributionSuggestions.decide(suggestion.id, 'dismissed', at, by)))
      throw new ConflictError('This suggestion was decided meanwhile.')
    await audit(
      tx,
      deps,
      input.actor,
      'article.attribution-suggestion.dismiss',
      {
        type: 'article',
        id: input.articleId,
      },
      { suggestionId: suggestion.id },
    )
  })
  return present({ ...suggestion, status: 'dismissed' })
}
