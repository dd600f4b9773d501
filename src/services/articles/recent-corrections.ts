import type { ArticleCard, Correction } from '../../domain/article.js'
import type { Actor } from '../../domain/roles.js'
import { isAtLeast, roleOf } from '../../domain/roles.js'
import type { Deps } from '../deps.js'

/** One correction with the story it belongs to. */
interface RecentCorrection {
  correction: Correction
  article: ArticleCard
}

export interface RecentCorrectionsQuery {
  /** 1–100; 20 by default. */
  limit?: number
  /** The creation time and id of the last correction of the previous page. */
  before?: { at: string; id: string } | null
}

/**
 * Corrections, updates and clarifications across every story, newest first (keyset pages).
 * Anonymous readers see those on published stories; contributors also those on their own work;
 * authors and up all of them, as they may open every story.
 */
export async function listRecentCorrections(
  deps: Deps,
  actor: Actor | null,
  query: RecentCorrectionsQuery,
): Promise<{ items: RecentCorrection[]; next: { at: string; id: string } | null }> {
  const limit = Math.min(Math.max(query.limit ?? 20, 1), 100)
  const scope =
    actor !== null && isAtLeast(roleOf(actor), 'author')
      ? ('all' as const)
      : {
          ownedBy:
            actor?.kind === 'user' ? { userId: actor.userId, authorIds: actor.authorIds } : null,
        }
  // One more than asked tells whether another page exists.
  const rows = await deps.store.corrections.listRecent(limit + 1, query.before ?? null, scope)
  const page = rows.slice(0, limit)
  const ids = [...new Set(page.map((c) => c.articleId))]
  const articles = new Map((await deps.store.articles.findCardsByIds(ids)).map((a) => [a.id, a]))
  const items = page.flatMap((correction) => {
    const article = articles.get(correction.articleId)
    return article === undefined ? [] : [{ correction, article }]
  })
  const last = page.at(-1)
  return {
    items,
    next: rows.length > limit && last !== undefined ? { at: last.createdAt, id: last.id } : null,
  }
}
