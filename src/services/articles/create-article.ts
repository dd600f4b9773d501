import type { Article } from '../../domain/article.js'
import type { Actor } from '../../domain/roles.js'
import { actorUserId, requireRole } from '../../domain/roles.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
import type { ArticleInput } from './article-input.js'
import { resolveFields, withFields } from './article-input.js'
import { recordRevision } from './history.js'

/**
 * Creates a draft as revision 1; without bylines, the creator's own author profile is used.
 * Throws ForbiddenError, InvalidInputError or DuplicateError.
 */
export async function createArticle(
  deps: Deps,
  actor: Actor,
  input: ArticleInput,
): Promise<Article> {
  requireRole(actor, 'contributor', 'write articles')
  const id = deps.ids.uuid()
  const article = await deps.store.transaction(async (tx) => {
    const fields = await resolveFields(tx, deps, input, null, id)
    if (fields.authors.length === 0 && actor.kind === 'user') {
      const own = await tx.authors.findManyByIds(actor.authorIds)
      fields.authors = own.slice(0, 1).map((a) => ({ id: a.id, slug: a.slug, name: a.name }))
      fields.authorIds = fields.authors.map((a) => a.id)
    }
    const now = nowIso(deps)
    const created: Article = withFields(
      {
        id,
        kind: input.kind ?? 'article',
        status: 'draft',
        createdAt: now,
        editedAt: now,
        publishedAt: null,
        updatedAt: null,
        scheduledAt: null,
        revision: 1,
        createdBy: actorUserId(actor),
      },
      fields,
    )
    await tx.articles.insert(created)
    await recordRevision(tx, deps, actor, created)
    await audit(
      tx,
      deps,
      actor,
      'article.create',
      { type: 'article', id },
      { headline: created.headline },
    )
    return created
  })
  deps.events.emit({ type: 'article.created', articleId: article.id })
  return article
}
