import type { ArticleJson } from '../../api/types'

export interface RecentCorrection {
  id: string
  articleId: string
  headline: string
  kind: string
  text: string
  createdAt: string
}

/** Corrections and updates of the given stories, newest first. */
export function recentCorrections(articles: ArticleJson[], limit = 6): RecentCorrection[] {
  return articles
    .flatMap((a) =>
      (a.corrections ?? []).map((c) => ({ ...c, articleId: a.id, headline: a.headline })),
    )
    .sort((x, y) => y.createdAt.localeCompare(x.createdAt))
    .slice(0, limit)
}
