import type { ArticleCard, Correction } from '../../domain/article.js'
import type { FeedItem } from '../../render/feeds/feed-model.js'
import type { Links } from '../../render/views.js'

/** One entry of the corrections feed: the correction's current wording, linking its story. */
export function correctionItem(
  { correction, article }: { correction: Correction; article: ArticleCard },
  links: Links,
): FeedItem {
  const url = `${links.origin}${links.articlePath(article)}`
  const label = correction.kind[0]?.toUpperCase() + correction.kind.slice(1)
  return {
    id: `${url}#correction-${correction.id}`,
    url,
    title: `${correction.withdrawn !== null ? 'Withdrawn ' : ''}${label}: ${article.headline}`,
    // The current wording; a withdrawn one says so, with the editors' note.
    summary:
      correction.withdrawn === null
        ? correction.text
        : `${correction.text} (Withdrawn: ${correction.withdrawn.note})`,
    contentHtml: '',
    published: correction.createdAt,
    updated: null,
    authors: [],
    categories: [correction.kind],
    image: null,
  }
}
