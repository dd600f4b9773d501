import type { Article } from '../../domain/article.js'
import type { Actor } from '../../domain/roles.js'
import type { ArticleAction } from '../../domain/workflow.js'
import { allowedActions } from '../../domain/workflow.js'
import type { Deps } from '../deps.js'

/** What the person looking at a story may do with it now, and who started it. */
export interface ArticleViewer {
  /** The actions the workflow rules allow this actor now (the same rules that enforce them). */
  allowedActions: ArticleAction[]
  /** The account that created the story, by name (null for imports and removed accounts). */
  createdBy: { id: string; name: string } | null
}

/** The viewer's side of an article the actor already may see (no visibility check here). */
export async function viewerOf(deps: Deps, actor: Actor, article: Article): Promise<ArticleViewer> {
  const creator =
    article.createdBy === null ? null : await deps.store.users.findById(article.createdBy)
  return {
    allowedActions: allowedActions(actor, article),
    createdBy: creator === null ? null : { id: creator.id, name: creator.name },
  }
}
