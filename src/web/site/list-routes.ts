import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { cacheWith, listTag, shown, tag, untilMidnight } from '../cache/tags.js'
import type { ListView } from '../../render/views.js'
import type { ListOwner, ListPage } from '../../services/index.js'
import { encodeCursor } from '../../services/index.js'
import { cachePolicy, sendHtml } from '../public-http.js'
import type { PublicOptions } from './context.js'
import { siteView } from './context.js'
import { sendHtmlError } from './errors.js'
import { canonicalPath, readPaging, readText, wordpressIdPath } from './query.js'

type Kind = 'section' | 'tag' | 'author'

/** Home, section/tag/author lists, search and the corrections page. */
export function listRoutes(app: FastifyInstance, options: PublicOptions): void {
  const { services, theme } = options

  app.get('/', async (request, reply) => {
    const old = wordpressIdPath(request.query)
    if (old !== null) {
      const found = await services.site.resolvePath(old)
      if (found.kind === 'redirect') return reply.redirect(found.to, 301)
    }
    const [site, home, sections] = await Promise.all([
      siteView(request, options),
      services.site.homePage(),
      services.store.sections.list(),
    ])
    const stories = [
      ...(home.lead !== null ? [home.lead] : []),
      ...home.latest,
      ...home.sections.flatMap((s) => s.items),
    ]
    cacheWith(
      request,
      [
        tag.list('all'),
        ...sections.filter((s) => s.parentId === null).map((s) => tag.list(`section:${s.id}`)),
        ...shown(stories, home.media),
      ],
      { maxAgeMs: untilMidnight(services.deps.clock.now(), site.timeZone) },
    ) // the dateline
    const now = services.deps.clock.now().toISOString()
    return sendHtml(reply, theme.home({ site, now, ...home }))
  })

  for (const kind of ['section', 'tag', 'author'] as const) {
    app.get(`/${kind}/:slug/`, (request, reply) => listHandler(request, reply, options, kind))
  }

  app.get('/search', async (request, reply) => {
    const paging = readPaging(request.query)
    if (paging === null || paging.after !== null || paging.page > 100)
      return sendHtmlError(request, reply, options, 400)
    const query = readText(request.query, 'q')
    const section = readText(request.query, 'section', 100)
    const author = readText(request.query, 'author', 100)
    const [site, sections, authors, results] = await Promise.all([
      siteView(request, options),
      services.store.sections.list(),
      services.store.authors.list(),
      query.trim() === ''
        ? Promise.resolve({ items: [], total: 0, moreThanTotal: false, page: 1, perPage: 10 })
        : services.searchCards(null, { q: query, section, author, page: paging.page }),
    ])
    const link = (page: number) =>
      `/search?${new URLSearchParams({ q: query, section, author, page: String(page) }).toString()}`
    const hasNext = results.page * results.perPage < results.total
    cacheWith(request, [tag.search])
    return sendHtml(
      reply.header('cache-control', cachePolicy.search),
      theme.search({
        site,
        query,
        section,
        author,
        sections,
        authors,
        items: results.items,
        total: results.total,
        moreThanTotal: results.moreThanTotal,
        page: paging.page,
        prevHref: paging.page > 1 ? link(paging.page - 1) : null,
        nextHref: hasNext ? link(paging.page + 1) : null,
      }),
    )
  })

  app.get('/corrections/', async (request, reply) => {
    const [site, items] = await Promise.all([
      siteView(request, options),
      services.site.corrections(200),
    ])
    cacheWith(request, [tag.corrections])
    return sendHtml(reply, theme.corrections({ site, items }))
  })
}

async function listHandler(
  request: FastifyRequest,
  reply: FastifyReply,
  options: PublicOptions,
  kind: Kind,
): Promise<FastifyReply> {
  const { services, theme } = options
  const path = request.url.split('?')[0] ?? '/'
  if (canonicalPath(path) !== path) return redirectCanonical(request, reply, path)
  const paging = readPaging(request.query)
  if (paging === null) return sendHtmlError(request, reply, options, 400)
  const slug = (request.params as { slug: string }).slug
  const owner = await services.site.findListOwner(kind, slug)
  if (owner === null) return sendHtmlError(request, reply, options, 404)
  const [site, list, sections] = await Promise.all([
    siteView(request, options),
    services.site.listPage(owner, paging.page, paging.after),
    kind === 'section' ? services.store.sections.list() : Promise.resolve([]),
  ])
  const view: ListView = { site, ...describe(owner, sections), path, ...paged(path, list) }
  if (owner.kind === 'author' && owner.author.photoMediaId !== null) {
    const photo = await services.store.media.findById(owner.author.photoMediaId)
    if (photo !== null) view.media.set(photo.id, photo)
  }
  cacheWith(request, [listTag(owner), ...shown(list.items, view.media)])
  return sendHtml(reply, theme.list(view))
}

function describe(owner: ListOwner, sections: { id: string; parentId: string | null }[]) {
  switch (owner.kind) {
    case 'section': {
      const trail = []
      let parent = owner.section.parentId
      while (parent !== null && trail.length < 10) {
        const s = sections.find((x) => x.id === parent) as ListView['trail'][number] | undefined
        if (s === undefined) break
        trail.unshift(s)
        parent = s.parentId
      }
      const { name, description } = owner.section
      return { kind: 'section' as const, name, description, author: null, trail }
    }
    case 'tag':
      return {
        kind: 'tag' as const,
        name: owner.tag.name,
        description: '',
        author: null,
        trail: [],
      }
    case 'author': {
      const { name, bio } = owner.author
      return { kind: 'author' as const, name, description: bio, author: owner.author, trail: [] }
    }
    case 'all':
      return { kind: 'section' as const, name: '', description: '', author: null, trail: [] }
  }
}

/** Page links: "older" carries the keyset cursor; "newer" is a plain page number. */
function paged(path: string, list: ListPage) {
  const nextHref =
    list.next !== null ? `${path}?page=${list.page + 1}&after=${encodeCursor(list.next)}` : null
  const prevHref = list.page > 2 ? `${path}?page=${list.page - 1}` : list.page === 2 ? path : null
  return { items: list.items, media: list.media, page: list.page, nextHref, prevHref }
}

/** 301 to the canonical form of the path, keeping the query string. */
export function redirectCanonical(
  request: FastifyRequest,
  reply: FastifyReply,
  path: string,
): FastifyReply {
  const query = request.url.slice(path.length)
  return reply.redirect(`${canonicalPath(path)}${query}`, 301)
}
