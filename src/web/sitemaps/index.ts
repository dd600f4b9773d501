import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { cacheFor, cacheWith } from '../cache/tags.js'
import { newsSitemap, sitemapIndex, urlSet } from '../../render/sitemaps.js'
import { hostScope } from '../origin.js'
import { cachePolicy, publicHttp } from '../public-http.js'
import type { PublicOptions } from '../site/context.js'
import { siteView } from '../site/context.js'
import { sendHtmlError } from '../site/errors.js'
import { authorsUrls, indexEntries, monthUrls, sectionsUrls } from './entries.js'

const xmlType = 'application/xml; charset=utf-8'
const monthFile = /^articles-(\d{4}-\d{2})(?:-([2-9]|[1-9]\d{1,3}))?\.xml$/

/** Sitemap index, monthly article sitemaps, section and author sitemaps, Google News, robots.txt. */
export async function sitemapsPlugin(app: FastifyInstance, options: PublicOptions): Promise<void> {
  const { services } = options
  await publicHttp(app, options.cache, hostScope(options.config), () =>
    services.site.now().getTime(),
  )

  app.get('/robots.txt', async (request, reply) => {
    const site = await siteView(request, options, 'none')
    cacheWith(request, [])
    const body = `User-agent: *\nDisallow: /api/\nDisallow: /newsroom/\nDisallow: /search\n\nSitemap: ${site.links.origin}/sitemap.xml\n`
    return reply
      .header('cache-control', cachePolicy.feed)
      .type('text/plain; charset=utf-8')
      .send(body)
  })

  app.get('/sitemap.xml', async (request, reply) => {
    const [site, read] = await Promise.all([
      siteView(request, options, 'none'),
      services.site.sitemapIndex(),
    ])
    cacheFor(request, read.dependsOn)
    return sendXml(reply, sitemapIndex(indexEntries(site.links.origin, read.view)))
  })

  app.get<{ Params: { file: string } }>('/sitemaps/:file', async (request, reply) => {
    const { file } = request.params
    if (file === 'sections.xml' || file === 'authors.xml')
      return ownersSitemap(request, reply, file)
    const match = monthFile.exec(file)
    const read =
      match?.[1] === undefined
        ? null
        : await services.site.monthSitemap({ month: match[1], part: Number(match[2] ?? '1') })
    if (read === null) return sendHtmlError(request, reply, options, 404)
    const site = await siteView(request, options, 'none')
    cacheFor(request, read.dependsOn)
    return sendXml(reply, urlSet(monthUrls(site.links, read.view), `${site.links.origin}/`))
  })

  app.get('/sitemap-news.xml', async (request, reply) => {
    const [site, read] = await Promise.all([
      siteView(request, options, 'none'),
      services.site.newsSitemap(),
    ])
    cacheFor(request, read.dependsOn)
    const language = (site.locale.split('-')[0] ?? 'en').toLowerCase()
    const o = site.links.origin
    const urls = read.view.map((a) => ({
      loc: `${o}${site.links.articlePath(a)}`,
      title: a.headline,
      published: a.publishedAt,
    }))
    return sendXml(reply, newsSitemap({ name: site.title, language }, urls, `${o}/`))
  })

  /** The sections' and the authors' sitemaps. */
  async function ownersSitemap(
    request: FastifyRequest,
    reply: FastifyReply,
    file: 'sections.xml' | 'authors.xml',
  ): Promise<FastifyReply> {
    const site = await siteView(request, options, 'none')
    const read =
      file === 'sections.xml'
        ? sectionsUrls(site.links, await services.site.sectionsSitemap())
        : authorsUrls(site.links, await services.site.authorsSitemap())
    cacheFor(request, read.dependsOn)
    return sendXml(reply, urlSet(read.view, `${site.links.origin}/`))
  }
}

function sendXml(reply: FastifyReply, body: string): FastifyReply {
  return reply.header('cache-control', cachePolicy.feed).type(xmlType).send(body)
}
