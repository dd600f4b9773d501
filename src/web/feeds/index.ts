import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { cacheWith, listTag, shown, tag } from '../cache/tags.js'
import { atomFeed } from '../../render/feeds/atom.js'
import { feedItem } from '../../render/feeds/content.js'
import type { FeedItem, FeedView } from '../../render/feeds/feed-model.js'
import { jsonFeed } from '../../render/feeds/json-feed.js'
import { rssFeed } from '../../render/feeds/rss.js'
import type { ListOwner } from '../../services/index.js'
import { hostScope } from '../origin.js'
import { cachePolicy, notModifiedSince, publicHttp } from '../public-http.js'
import type { PublicOptions } from '../site/context.js'
import { siteView } from '../site/context.js'
import { sendHtmlError } from '../site/errors.js'

const formats = {
  'rss.xml': { type: 'application/rss+xml; charset=utf-8', render: rssFeed },
  'atom.xml': { type: 'application/atom+xml; charset=utf-8', render: atomFeed },
  'feed.json': { type: 'application/feed+json; charset=utf-8', render: jsonFeed },
} as const
type Format = keyof typeof formats
const feedSize = 30

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the site, each section, tag and author; the corrections feed. */
export async function feedsPlugin(app: FastifyInstance, options: PublicOptions): Promise<void> {
  await publicHttp(app, options.cache, hostScope(options.config), () =>
    options.services.deps.clock.now().getTime(),
  )
  app.get('/feed/', async (_request, reply) => reply.redirect('/rss.xml', 301))
  app.get('/feed', async (_request, reply) => reply.redirect('/rss.xml', 301))
  for (const file of Object.keys(formats) as Format[]) {
    app.get(`/${file}`, (request, reply) =>
      sendFeed(request, reply, options, { kind: 'all' }, '/', file),
    )
    for (const kind of ['section', 'tag', 'author'] as const) {
      app.get(`/${kind}/:slug/${file}`, async (request, reply) => {
        const slug = (request.params as { slug: string }).slug
        const owner = await options.services.site.findListOwner(kind, slug)
        if (owner === null) return sendHtmlError(request, reply, options, 404)
        return sendFeed(request, reply, options, owner, `/${kind}/${slug}/`, file)
      })
    }
  }
  app.get('/corrections/rss.xml', async (request, reply) => {
    const site = await siteView(request, options)
    const items = await options.services.site.corrections(50)
    const feedItems: FeedItem[] = items.map(({ correction, article }) => {
      const url = `${site.links.origin}${site.links.articlePath(article)}`
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
    })
    const feed = view(site, `${site.title}: corrections`, '/corrections/', feedItems, options)
    cacheWith(request, [tag.corrections])
    return send(request, reply, feed, 'rss.xml')
  })
}

function view(
  site: Awaited<ReturnType<typeof siteView>>,
  title: string,
  base: string,
  items: FeedItem[],
  options: PublicOptions,
): FeedView {
  const updated = items
    .map((i) => i.updated ?? i.published)
    .reduce(
      (a, b) => (a > b ? a : b),
      items[0]?.published ?? options.services.deps.clock.now().toISOString(),
    )
  return {
    title,
    description: site.tagline,
    homeUrl: `${site.links.origin}${base}`,
    base: `${site.links.origin}${base}`,
    language: site.locale,
    updated,
    items,
  }
}

async function sendFeed(
  request: FastifyRequest,
  reply: FastifyReply,
  options: PublicOptions,
  owner: ListOwner,
  base: string,
  file: Format,
): Promise<FastifyReply> {
  const [site, stories] = await Promise.all([
    siteView(request, options),
    options.services.site.feedStories(owner, feedSize),
  ])
  const name =
    owner.kind === 'all'
      ? site.title
      : `${site.title}: ${owner.kind === 'section' ? owner.section.name : owner.kind === 'tag' ? owner.tag.name : owner.author.name}`
  const items = stories.items.map((a) => feedItem(a, stories.media, site.links))
  cacheWith(request, [listTag(owner), ...shown(stories.items, stories.media)])
  return send(request, reply, view(site, name, base, items, options), file)
}

function send(request: FastifyRequest, reply: FastifyReply, feed: FeedView, file: Format) {
  reply.header('cache-control', cachePolicy.feed)
  if (notModifiedSince(request, reply, feed.updated)) return reply.status(304).send()
  return reply.type(formats[file].type).send(formats[file].render(feed))
}
