import { renderHtml } from '../html.js'
import type { Article } from '../../domain/article.js'
import type { Media } from '../../domain/media.js'
import { Body } from '../blocks.js'
import { Caption, Img } from '../body-media.js'
import type { Links } from '../views.js'
import type { FeedItem } from './feed-model.js'

/** A story as a feed item: full content (hero, dek, body) as HTML, absolute URLs throughout. */
export function feedItem(article: Article, media: Map<string, Media>, links: Links): FeedItem {
  const url = `${links.origin}${links.articlePath(article)}`
  const hero = article.hero !== null ? media.get(article.hero.mediaId) : undefined
  const heroInfo = hero !== undefined ? links.image(hero) : null
  const caption = article.hero?.caption ?? hero?.caption ?? ''
  const credit = article.hero?.credit ?? hero?.credit ?? ''
  const contentHtml = renderHtml(
    <>
      {heroInfo !== null && (
        <figure>
          <Img info={heroInfo} sizes="100vw" eager />
          <Caption caption={caption} credit={credit} />
        </figure>
      )}
      {article.dek !== '' && (
        <p>
          <strong>{article.dek}</strong>
        </p>
      )}
      <Body
        blocks={article.body.content}
        ctx={{ media, image: links.image, sponsored: article.workType === 'sponsored' }}
        dateline={article.dateline}
      />
    </>,
  )
  return {
    id: url,
    url,
    title: article.headline,
    summary: article.dek !== '' ? article.dek : article.excerpt,
    contentHtml,
    published: article.publishedAt ?? article.editedAt,
    updated: article.updatedAt,
    authors: article.authors.map((a) => ({
      name: a.name,
      url: `${links.origin}${links.authorPath(a.slug)}`,
    })),
    categories: article.sections.map((s) => s.name),
    image: heroInfo !== null ? { ...heroInfo, caption, credit } : null,
  }
}
