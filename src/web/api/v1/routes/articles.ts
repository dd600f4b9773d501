import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Article } from '../../../../domain/article.js'
import {
  decodeListPosition,
  decodeSearchPage,
  encodeListPosition,
  encodeSearchPage,
} from '../../../../domain/cursors.js'
import { UnauthenticatedError } from '../../../../domain/errors.js'
import { allStories } from '../../../../domain/lists.js'
import type { Actor } from '../../../../domain/roles.js'
import { actorUserId } from '../../../../domain/roles.js'
import { listTag, shown, tag } from '../../../cache/tags.js'
import type { ApiOptions } from '../context.js'
import { linkFor, readCursor, requireActor, requireIfMatch, viewerFor } from '../context.js'
import { cacheForAnonymous } from '../http-cache.js'
import { presentArticle } from '../presenters.js'
import {
  ArticleJson,
  closed,
  CreateArticleBody,
  IdParams,
  NoContent,
  Page,
  problems,
  Status,
  UpdateArticleBody,
} from '../schemas.js'

const tags = ['articles']
const slugParam = Type.String({ minLength: 1, maxLength: 80 })
const ListQuery = Type.Object(
  {
    status: Type.Optional(Status),
    section: Type.Optional(slugParam),
    tag: Type.Optional(slugParam),
    author: Type.Optional(slugParam),
    kind: Type.Optional(Type.Enum(['article', 'page'])),
    mine: Type.Optional(
      Type.Boolean({ description: 'Only stories the signed-in user created (needs a session)' }),
    ),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    corrections: Type.Optional(
      Type.Boolean({ description: "Include each story's corrections and updates" }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    cursor: Type.Optional(Type.String({ maxLength: 500 })),
  },
  closed,
)

/** Articles: list, read, create, edit with If-Match, delete. */
export const articleRoutes: FastifyPluginCallbackTypebox<ApiOptions> = (app, options, done) => {
  const { services } = options

  app.get(
    '/articles',
    {
      schema: {
        tags,
        summary: 'List articles (anonymous: published only), newest first; `q` searches text',
        querystring: ListQuery,
        response: { 200: Page(ArticleJson), ...problems },
      },
    },
    async (request) => {
      const link = await linkFor(request, options)
      const { items, nextCursor } = await listPage(options, request.actor, request.query)
      await cacheForAnonymous(request, () => listDependencies(options, request.query, items))
      if (request.query.corrections !== true)
        return { items: items.map((a) => presentArticle(a, link)), nextCursor }
      const corrections = await services.articles.correctionsFor({ ids: items.map((a) => a.id) })
      const of = (id: string) => corrections.filter((c) => c.articleId === id)
      return {
        items: items.map((a) => presentArticle(a, link, { corrections: of(a.id) })),
        nextCursor,
      }
    },
  )

  app.get(
    '/articles/:id',
    {
      schema: {
        tags,
        summary: 'One article with its corrections (drafts only for those who may see them)',
        params: IdParams,
        response: { 200: ArticleJson, ...problems },
      },
    },
    async (request) => {
      const article = await services.articles.get({ actor: request.actor, id: request.params.id })
      const corrections = await services.articles.correctionsFor({ ids: [article.id] })
      await cacheForAnonymous(request, () => shown([article]))
      const returnNote =
        request.actor === null
          ? undefined
          : await services.articles.returnNoteFor({ actor: request.actor, id: article.id })
      const viewer = await viewerFor(request, options, article)
      return presentArticle(article, await linkFor(request, options), {
        corrections,
        returnNote,
        viewer,
      })
    },
  )

  app.post(
    '/articles',
    {
      schema: {
        tags,
        summary: 'Create a draft',
        body: CreateArticleBody,
        response: { 201: ArticleJson, ...problems },
      },
    },
    async (request, reply) => {
      const article = await services.articles.create({
        actor: requireActor(request),
        ...request.body,
      })
      const viewer = await viewerFor(request, options, article)
      return reply
        .status(201)
        .send(presentArticle(article, await linkFor(request, options), { viewer }))
    },
  )

  app.patch(
    '/articles/:id',
    {
      schema: {
        tags,
        summary:
          'Edit an article; If-Match names the revision edited (409 when stale, 428 without)',
        params: IdParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 40 })) }),
        body: UpdateArticleBody,
        response: { 200: ArticleJson, ...problems },
      },
    },
    async (request) => {
      const revision = requireIfMatch(request.headers['if-match'])
      const article = await services.articles.save({
        actor: requireActor(request),
        id: request.params.id,
        revision,
        changes: request.body,
      })
      const viewer = await viewerFor(request, options, article)
      return presentArticle(article, await linkFor(request, options), { viewer })
    },
  )

  app.delete(
    '/articles/:id',
    {
      schema: {
        tags,
        summary: 'Delete a draft or a story in review',
        params: IdParams,
        response: { 204: NoContent, ...problems },
      },
    },
    async (request, reply) => {
      await services.articles.delete({ actor: requireActor(request), id: request.params.id })
      return reply.status(204).send(null)
    },
  )
  done()
}

type ListQuery = {
  status?: (typeof Status)['enum'][number]
  section?: string
  tag?: string
  author?: string
  kind?: 'article' | 'page'
  q?: string
  mine?: boolean
  corrections?: boolean
  limit?: number
  cursor?: string
}

/** The user `mine=true` means; anonymous callers and the system have no stories of their own. */
function ownUserId(actor: Actor | null): string {
  const id = actor === null ? null : actorUserId(actor)
  if (id === null) throw new UnauthenticatedError('`mine` lists your own stories: sign in first.')
  return id
}

/** A page by keyset cursor, or for a text query by page number (search ranks, it does not sort). */
async function listPage({ services }: ApiOptions, actor: Actor | null, query: ListQuery) {
  const limit = query.limit ?? 20
  const { mine, corrections: _corrections, ...filters } = query
  const createdBy = mine === true ? ownUserId(actor) : undefined
  if (query.q !== undefined) {
    const page = readCursor(query.cursor, decodeSearchPage) ?? 1
    const found = await services.articles.search({
      actor,
      q: query.q,
      page,
      perPage: Math.min(limit, 50),
      includeUnpublished: query.status !== 'published',
      ...(query.status !== undefined ? { status: query.status } : {}),
      ...(createdBy !== undefined ? { createdBy } : {}),
      ...(query.section !== undefined ? { section: query.section } : {}),
      ...(query.author !== undefined ? { author: query.author } : {}),
    })
    const items = found.items.map((i) => i.article)
    const hasMore = found.page * found.perPage < found.total
    return { items, nextCursor: hasMore ? encodeSearchPage(page + 1) : null }
  }
  const page = await services.articles.list({
    actor,
    ...filters,
    ...(createdBy !== undefined ? { createdBy } : {}),
    limit,
    cursor: readCursor(query.cursor, decodeListPosition),
  })
  const next = page.next === null ? null : encodeListPosition(page.next)
  return { items: page.items, nextCursor: next }
}

/**
 * What an anonymous list page depends on: the articles it shows and its list's membership. A
 * single filter (or none) reads one public list (`all`, a section with its sub-sections, a tag, an
 * author), whose membership changes name it. Text search, combined filters, static pages and
 * filters naming nothing yet (a tag a draft may create without telling anyone) are not one such
 * list; they follow `search`, which every change to public content drops.
 */
async function listDependencies(
  { services }: ApiOptions,
  query: ListQuery,
  items: readonly Article[],
): Promise<string[]> {
  const filters = (['section', 'tag', 'author'] as const).flatMap((kind) => {
    const slug = query[kind]
    return slug === undefined ? [] : [{ kind, slug }]
  })
  const owners = await Promise.all(
    filters.map((f) => services.site.findListOwner({ kind: f.kind, slug: f.slug })),
  )
  const lists = owners.flatMap((owner) => (owner === null ? [] : [listTag(owner)]))
  const isOneList =
    query.q === undefined &&
    query.kind !== 'page' &&
    lists.length === filters.length &&
    filters.length <= 1
  return [
    ...(filters.length === 0 ? [tag.list(allStories)] : lists),
    ...(isOneList ? [] : [tag.search]),
    ...shown(items),
  ]
}
