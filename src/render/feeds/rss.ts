import type { FeedView } from './feed-model.js'
import { attrs, el, htmlText, xml } from './xml.js'

/** RSS 2.0 (https://www.rssboard.org/rss-specification) with content, Dublin Core and Media RSS. */
export function rssFeed(feed: FeedView): string {
  const items = feed.items.map((item) => {
    const image =
      item.image === null
        ? ''
        : `<media:content${attrs({
            url: item.image.src,
            type: item.image.mime,
            medium: 'image',
            width: item.image.width,
            height: item.image.height,
          })}>${el('media:credit', item.image.credit)}${el('media:description', item.image.caption)}</media:content>`
    return [
      '<item>',
      el('title', item.title),
      el('link', item.url),
      `<guid isPermaLink="false">${xml(item.id)}</guid>`,
      el('pubDate', new Date(item.published).toUTCString()),
      el('description', htmlText(item.summary)),
      el('content:encoded', item.contentHtml),
      ...item.authors.map((a) => el('dc:creator', a.name)),
      ...item.categories.map((c) => el('category', c)),
      image,
      '</item>',
    ].join('')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    el('title', feed.title),
    el('link', feed.homeUrl),
    el('description', htmlText(feed.description || feed.title)),
    el('language', feed.language),
    el('lastBuildDate', new Date(feed.updated).toUTCString()),
    `<atom:link${attrs({ href: `${feed.base}rss.xml`, rel: 'self', type: 'application/rss+xml' })}/>`,
    ...items,
    '</channel></rss>\n',
  ].join('')
}
