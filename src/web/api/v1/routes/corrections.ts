import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { articlePath } from '../../../../domain/permalink.js'
import { Type } from 'typebox'
import { decodeListPosition, encodeListPosition } from '../../../../domain/cursors.js'
import type { ApiOptions } from '../context.js'
import { linkFor, readCursor } from '../context.js'
import { presentCorrection } from '../presenters.js'
import { closed, CorrectionJson, Nullable, Page, problems, Status } from '../schemas.js'

const RecentCorrectionJson = Type.Object({
  ...CorrectionJson.properties,
  article: Type.Object(
    {
      id: Type.String(),
      headline: Type.String(),
      status: Status,
      url: Nullable(Type.String({ description: 'Public URL, while the story is published' })),
    },
    { description: 'The story the correction belongs to' },
  ),
})

const RecentQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    cursor: Type.Optional(Type.String({ maxLength: 500 })),
  },
  closed,
)

/** Corrections across every story, newest first: the Desk's "recent corrections". */
export const correctionRoutes: FastifyPluginCallbackTypebox<ApiOptions> = (app, options, done) => {
  const { services } = options
  app.get(
    '/corrections',
    {
      schema: {
        tags: ['workflow'],
        summary:
          'Recent corrections, updates and clarifications across stories, newest first (keyset pages); anonymous: published stories only',
        querystring: RecentQuery,
        response: { 200: Page(RecentCorrectionJson), ...problems },
      },
    },
    async (request) => {
      const before = readCursor(request.query.cursor, decodeListPosition)
      const page = await services.articles.listRecentCorrections({
        actor: request.actor,
        ...(request.query.limit !== undefined ? { limit: request.query.limit } : {}),
        before,
      })
      const { origin, settings } = await linkFor(request, options)
      const items = page.items.map(({ correction, article }) => ({
        ...presentCorrection(correction),
        article: {
          id: article.id,
          headline: article.headline,
          status: article.status,
          url: article.status === 'published' ? `${origin}${articlePath(article, settings)}` : null,
        },
      }))
      return { items, nextCursor: page.next === null ? null : encodeListPosition(page.next) }
    },
  )
  done()
}
