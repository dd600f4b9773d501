import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { cacheFor } from '../cache/tags.js'
import { cachePolicy, sendHtml } from '../public-http.js'
import type { PublicOptions } from './context.js'
import { siteView } from './context.js'
import { sendHtmlError } from './errors.js'
import { listView, searchView } from './list-views.js'
import { canonicalPath, pagingQuery, readPaging, readSearch } from './query.js'
import { searchQuery, wordpressIdPath } from './query.js'

type Kind = 'section' | 'tag' | 'author'

/** Home, section/tag/author lists, search and the corrections page. */
export function listRoutes(app: FastifyInstance, options: PublicOptions): void {
  const { services, theme } = options

  app.get('/', async (request, reply) => {
    const old = wordpressIdPath(request.query)
    const moved = old === null ? null : await services.site.resolvePath({ path: old })
    if (moved?.kind === 'redirect') return reply.redirect(moved.to, 301)
    const [site, home] = await Promise.all([siteView(request, options), services.site.home()])
    cacheFor(request, home.dependsOn)
    return sendHtml(reply, theme.home({ site, ...home.view }))
  })

  for (const kind of ['section', 'tag', 'author'] as const) {
    app.get(`/${kind}/:slug/`, { config: { pageQuery: pagingQuery } }, (request, reply) =>
      listHandler(request, reply, options, kind),
    )
  }

  app.get('/search', { config: { pageQuery: searchQuery } }, async (request, reply) => {
    const paging = readPaging(request.query)
    if (paging === null || paging.after !== null || paging.page > 100)
      return sendHtmlError(request, reply, options, 400)
    const search = readSearch(request.query, paging.page)
    const [site, read] = await Promise.all([
      siteView(request, options),
      services.site.search(search),
    ])
    cacheFor(request, read.dependsOn)
    const html = theme.search(searchView(site, search, read.view))
    return sendHtml(reply.header('cache-control', cachePolicy.search), html)
  })

  app.get('/corrections/', async (request, reply) => {
    const [site, read] = await Promise.all([
      siteView(request, options),
      services.site.corrections({ limit: 200 }),
    ])
    cacheFor(request, read.dependsOn)
    return sendHtml(reply, theme.corrections({ site, items: read.view }))
  })
}

async function listHandler(
  request: FastifyRequest,
  reply: FastifyReply,
  options: PublicOptions,
  kind: Kind,
): Promise<FastifyReply> {
  const path = request.url.split('?')[0] ?? '/'
  if (canonicalPath(path) !== path) return redirectCanonical(request, reply, path, options)
  const paging = readPaging(request.query)
  if (paging === null) return sendHtmlError(request, reply, options, 400)
  const { slug } = request.params as { slug: string }
  const [site, read] = await Promise.all([
    siteView(request, options),
    options.services.site.list({ kind, slug, ...paging }),
  ])
  if (read === null) {
    // An old address kept by an import (a WordPress tag or author) answers with where it went.
    const moved = await options.services.site.resolvePath({ path })
    if (moved.kind === 'redirect') return reply.redirect(moved.to, 301)
    return sendHtmlError(request, reply, options, 404)
  }
  cacheFor(request, read.dependsOn)
  return sendHtml(reply, options.theme.list(listView(site, path, read.view)))
}

/**
 * 301 to the canonical form of the path, keeping the query string; straight to the end when the
 * canonical path is itself an old address with a stored redirect (one hop, not two).
 */
export async function redirectCanonical(
  request: FastifyRequest,
  reply: FastifyReply,
  path: string,
  options: PublicOptions,
): Promise<FastifyReply> {
  const query = request.url.slice(path.length)
  const moved = await options.services.site.resolvePath({ path: canonicalPath(path) })
  if (moved.kind === 'redirect' && query === '') return reply.redirect(moved.to, 301)
  return reply.redirect(`${canonicalPath(path)}${query}`, 301)
}
