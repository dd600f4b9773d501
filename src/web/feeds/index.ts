import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { cacheFor } from '../cache/tags.js'
import { atomFeed } from '../../render/feeds/atom.js'
import { feedItem } from '../../render/feeds/content.js'
import type { FeedItem, FeedView } from '../../render/feeds/feed-model.js'
import { jsonFeed } from '../../render/feeds/json-feed.js'
import { rssFeed } from '../../render/feeds/rss.js'
import type { SiteView } from '../../render/views.js'
import type { FeedRequest, ListOwner, Services } from '../../services/index.js'
import { hostScope } from '../origin.js'
import { cachePolicy, notModifiedSince, publicHttp } from '../public-http.js'
import type { PublicOptions } from '../site/context.js'
import { siteView } from '../site/context.js'
import { sendHtmlError } from '../site/errors.js'
import { correctionItem } from './corrections.js'

const formats = {
  'rss.xml': { type: 'application/rss+xml; charset=utf-8', render: rssFeed },
  'atom.xml': { type: 'application/atom+xml; charset=utf-8', render: atomFeed },
  'feed.json': { type: 'application/feed+json; charset=utf-8', render: jsonFeed },
} as const
type Format = keyof typeof formats
const feedSize = 30

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the site, each section, tag and author; the corrections feed. */
export async function feedsPlugin(app: FastifyInstance, options: PublicOptions): Promise<void> {
  const { services } = options
  await publicHttp(app, options.cache, hostScope(options.config), () =>
    services.site.now().getTime(),
  )
  app.get('/feed/', async (_request, reply) => reply.redirect('/rss.xml', 301))
  app.get('/feed', async (_request, reply) => reply.redirect('/rss.xml', 301))
  for (const file of Object.keys(formats) as Format[]) {
    app.get(`/${file}`, (request, reply) =>
      sendFeed(request, reply, options, { kind: 'all' }, file),
    )
    for (const kind of ['section', 'tag', 'author'] as const) {
      app.get<{ Params: { slug: string } }>(`/${kind}/:slug/${file}`, (request, reply) =>
        sendFeed(request, reply, options, { kind, slug: request.params.slug }, file),
      )
    }
  }
  app.get('/corrections/rss.xml', async (request, reply) => {
    const [site, read] = await Promise.all([
      siteView(request, options, 'none'),
      services.site.corrections({ limit: 50 }),
    ])
    const items = read.view.map((entry) => correctionItem(entry, site.links))
    cacheFor(request, read.dependsOn)
    const title = `${site.title}: corrections`
    return send(request, reply, view(site, title, '/corrections/', items, services), 'rss.xml')
  })
}

function view(
  site: SiteView,
  title: string,
  base: string,
  items: FeedItem[],
  services: Services,
): FeedView {
  const updated = items
    .map((i) => i.updated ?? i.published)
    .reduce((a, b) => (a > b ? a : b), items[0]?.published ?? services.site.now().toISOString())
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
  which: FeedRequest,
  file: Format,
): Promise<FastifyReply> {
  const [site, read] = await Promise.all([
    siteView(request, options, 'none'),
    options.services.site.feed({ request: which, limit: feedSize }),
  ])
  if (read === null) return sendHtmlError(request, reply, options, 404)
  const { owner, items, media } = read.view
  const feedItems = items.map((a) => feedItem(a, media, site.links))
  cacheFor(request, read.dependsOn)
  const base = which.kind === 'all' ? '/' : `/${which.kind}/${which.slug}/`
  const title = owner.kind === 'all' ? site.title : `${site.title}: ${ownerName(owner)}`
  return send(request, reply, view(site, title, base, feedItems, options.services), file)
}

function ownerName(owner: Exclude<ListOwner, { kind: 'all' }>): string {
  if (owner.kind === 'section') return owner.section.name
  return owner.kind === 'tag' ? owner.tag.name : owner.author.name
}

function send(request: FastifyRequest, reply: FastifyReply, feed: FeedView, file: Format) {
  reply.header('cache-control', cachePolicy.feed)
  if (notModifiedSince(request, reply, feed.updated)) return reply.status(304).send()
  return reply.type(formats[file].type).send(formats[file].render(feed))
}
