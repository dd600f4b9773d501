import type { Article } from '../../domain/article.js'
import { snapshotOf } from '../../domain/article.js'
import type { Actor } from '../../domain/roles.js'
import { actorUserId } from '../../domain/roles.js'
import type { Repos } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { nowIso } from '../deps.js'
import { articlePath } from '../../domain/permalink.js'
import { getSettings } from '../settings.js'

/** Records the article as it now stands as revision `article.revision`. */
export async function recordRevision(
  tx: Repos,
  deps: Deps,
  actor: Actor,
  article: Article,
): Promise<void> {
  await tx.revisions.insert({
    id: deps.ids.uuid(),
    articleId: article.id,
    revision: article.revision,
    snapshot: snapshotOf(article),
    createdAt: nowIso(deps),
    actorUserId: actorUserId(actor),
    actorName: actor.kind === 'system' ? `system:${actor.name}` : actor.userId,
  })
}

/**
 * When a live article's public path changes (new slug, new date, new primary section), the old
 * path answers 301 to the new one so links and search results keep working.
 */
export async function keepOldPath(
  tx: Repos,
  deps: Deps,
  before: Article,
  after: Article,
): Promise<string | null> {
  if (
    before.publishedAt === null ||
    (before.status !== 'published' && before.status !== 'unpublished')
  )
    return null
  const settings = await getSettings(tx)
  const from = articlePath(before, settings)
  const to = articlePath(after, settings)
  if (from === to) return null
  await tx.redirects.upsert(
    { id: deps.ids.uuid(), fromPath: from, toPath: to, statusCode: 301, source: 'auto' },
    nowIso(deps),
  )
  return from
}
