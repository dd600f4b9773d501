import type { FeedView } from './feed-model.js'
import { attrs, el, xml } from './xml.js'

/** Atom 1.0 (RFC 4287). The feed names the publication as author for entries without bylines. */
export function atomFeed(feed: FeedView): string {
  const entries = feed.items.map((item) =>
    [
      '<entry>',
      el('id', item.id),
      el('title', item.title, ' type="text"'),
      `<link${attrs({ rel: 'alternate', type: 'text/html', href: item.url })}/>`,
      el('published', item.published),
      el('updated', item.updated ?? item.published),
      ...item.authors.map((a) => `<author>${el('name', a.name)}${el('uri', a.url)}</author>`),
      ...item.categories.map((c) => `<category${attrs({ term: c })}/>`),
      el('summary', item.summary, ' type="text"'),
      `<content type="html">${xml(item.contentHtml)}</content>`,
      '</entry>',
    ].join(''),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<feed xmlns="http://www.w3.org/2005/Atom"${attrs({ 'xml:lang': feed.language })}>`,
    el('id', `${feed.base}atom.xml`),
    el('title', feed.title, ' type="text"'),
    el('subtitle', feed.description, ' type="text"'),
    el('updated', feed.updated),
    `<link${attrs({ rel: 'self', type: 'application/atom+xml', href: `${feed.base}atom.xml` })}/>`,
    `<link${attrs({ rel: 'alternate', type: 'text/html', href: feed.homeUrl })}/>`,
    `<author>${el('name', feed.title)}</author>`,
    ...entries,
    '</feed>\n',
  ].join('')
}
