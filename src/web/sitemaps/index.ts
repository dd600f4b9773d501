import type { FastifyInstance, FastifyReply } from 'fastify'
import { cacheWith, tag } from '../cache/tags.js'
import { newsSitemap, sitemapIndex, urlSet } from '../../render/sitemaps.js'
import type { SitemapUrl } from '../../render/sitemaps.js'
import type { Links } from '../../render/views.js'
import type { ListedArticle } from '../../store/index.js'
import { hostScope } from '../origin.js'
import { cachePolicy, publicHttp } from '../public-http.js'
import type { PublicOptions } from '../site/context.js'
import { siteView } from '../site/context.js'
import { sendHtmlError } from '../site/errors.js'

const xmlType = 'application/xml; charset=utf-8'

/** Sitemap index, monthly article sitemaps, section and author sitemaps, Google News, robots.txt. */
export async function sitemapsPlugin(app: FastifyInstance, options: PublicOptions): Promise<void> {
  const { services } = options
  await publicHttp(app, options.cache, hostScope(options.config), () =>
    options.services.deps.clock.now().getTime(),
  )

  app.get('/robots.txt', async (request, reply) => {
    const site = await siteView(request, options)
    cacheWith(request, [])
    const body = `User-agent: *\nDisallow: /api/\nDisallow: /newsroom/\nDisallow: /search\n\nSitemap: ${site.links.origin}/sitemap.xml\n`
    return reply
      .header('cache-control', cachePolicy.feed)
      .type('text/plain; charset=utf-8')
      .send(body)
  })

  app.get('/sitemap.xml', async (request, reply) => {
    const [site, parts, lastmods] = await Promise.all([
      siteView(request, options),
      services.site.sitemapParts(),
      services.site.listLastmods(),
    ])
    cacheWith(request, [tag.sitemaps])
    const newest = (values: Iterable<string>) =>
      [...values].reduce<string | null>((a, b) => (a === null || b > a ? b : a), null)
    const o = site.links.origin
    const entries = [
      { loc: `${o}/sitemaps/sections.xml`, lastmod: newest(lastmods.sections.values()) },
      { loc: `${o}/sitemaps/authors.xml`, lastmod: newest(lastmods.authors.values()) },
      { loc: `${o}/sitemap-news.xml`, lastmod: parts.at(-1)?.lastmod ?? null },
      ...parts.map((p) => ({
        loc: `${o}/sitemaps/articles-${p.month}${p.part > 1 ? `-${p.part}` : ''}.xml`,
        lastmod: p.lastmod,
      })),
    ]
    return sendXml(reply, sitemapIndex(entries))
  })

  app.get('/sitemaps/:file', async (request, reply) => {
    const file = (request.params as { file: string }).file
    cacheWith(request, [tag.sitemaps])
    const site = await siteView(request, options)
    const o = site.links.origin
    const lastmods = () => services.site.listLastmods()
    if (file === 'sections.xml') {
      const [sections, dates] = await Promise.all([services.store.sections.list(), lastmods()])
      const urls = sections.map((s) => ({
        loc: `${o}${site.links.sectionPath(s.slug)}`,
        lastmod: dates.sections.get(s.id) ?? null,
      }))
      return sendXml(reply, urlSet([{ loc: `${o}/`, lastmod: null }, ...urls], `${o}/`))
    }
    if (file === 'authors.xml') {
      const [authors, dates] = await Promise.all([services.store.authors.list(), lastmods()])
      const urls = authors.flatMap((a) => {
        const lastmod = dates.authors.get(a.id)
        return lastmod === undefined
          ? []
          : [{ loc: `${o}${site.links.authorPath(a.slug)}`, lastmod }]
      })
      return sendXml(reply, urlSet(urls, `${o}/`))
    }
    const match = /^articles-(\d{4}-\d{2})(?:-([2-9]|[1-9]\d{1,3}))?\.xml$/.exec(file)
    if (match?.[1] === undefined) return sendHtmlError(request, reply, options, 404)
    const listed = await services.site.articlesInMonth(match[1], Number(match[2] ?? '1'))
    if (listed.length === 0) return sendHtmlError(request, reply, options, 404)
    const media = await services.store.media.findManyByIds(
      listed.flatMap((a) => (a.heroMediaId !== null ? [a.heroMediaId] : [])),
    )
    const byId = new Map(media.map((m) => [m.id, m]))
    const urls: SitemapUrl[] = listed.map((a) => {
      const hero = a.heroMediaId !== null ? byId.get(a.heroMediaId) : undefined
      return {
        loc: `${o}${pathOf(site.links, a)}`,
        lastmod: a.updatedAt ?? a.publishedAt,
        images: hero !== undefined ? [{ loc: site.links.image(hero).src }] : [],
      }
    })
    return sendXml(reply, urlSet(urls, `${o}/`))
  })

  app.get('/sitemap-news.xml', async (request, reply) => {
    const [site, recent] = await Promise.all([
      siteView(request, options),
      services.site.recentForNews(),
    ])
    // Stories leave the 48-hour window by themselves: keep this one at most ten minutes.
    cacheWith(request, [tag.sitemaps], { maxAgeMs: 600_000 })
    const language = (site.locale.split('-')[0] ?? 'en').toLowerCase()
    const urls = recent.map((a) => ({
      loc: `${site.links.origin}${pathOf(site.links, a)}`,
      title: a.headline,
      published: a.publishedAt,
    }))
    return sendXml(
      reply,
      newsSitemap({ name: site.title, language }, urls, `${site.links.origin}/`),
    )
  })
}

function pathOf(links: Links, a: ListedArticle): string {
  const sections =
    a.primarySectionSlug !== null ? [{ id: '', slug: a.primarySectionSlug, name: '' }] : []
  return links.articlePath({ ...a, sections })
}

function sendXml(reply: FastifyReply, body: string): FastifyReply {
  return reply.header('cache-control', cachePolicy.feed).type(xmlType).send(body)
}
