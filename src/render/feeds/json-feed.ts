import type { FeedView } from './feed-model.js'

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(feed: FeedView): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: `${feed.base}feed.json`,
    description: feed.description,
    language: feed.language,
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      content_html: item.contentHtml,
      ...(item.summary !== '' ? { summary: item.summary } : {}),
      ...(item.image !== null ? { image: item.image.src } : {}),
      date_published: item.published,
      ...(item.updated !== null ? { date_modified: item.updated } : {}),
      ...(item.authors.length > 0 ? { authors: item.authors } : {}),
      ...(item.categories.length > 0 ? { tags: item.categories } : {}),
    })),
  })
}
