import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { ApiOptions } from '../context.js'
import { linkFor, requireActor, viewerFor } from '../context.js'
import { presentArticle } from '../presenters.js'
import { ArticleJson, closed, Id, IdParams, problems } from '../schemas.js'
import { AttributionSummaryJson, SourcingReportJson } from '../attribution-schemas.js'

const tags = ['attribution']
const SignOffParams = Type.Object({ id: Id, attributionId: Id }, closed)
const RevisionBody = Type.Object(
  {
    revision: Type.Integer({
      minimum: 1,
      maximum: 1_000_000_000,
      description: 'The revision the editor read; a newer one answers 409 stale-revision',
    }),
  },
  closed,
)

/** Sign-offs on unnamed sources, a story's attribution summary, the desk's sourcing report. */
export const attributionRoutes: FastifyPluginCallbackTypebox<ApiOptions> = (app, options, done) => {
  const { services } = options

  for (const [method, sign] of [
    ['POST', true],
    ['DELETE', false],
  ] as const) {
    app.route({
      method,
      url: '/articles/:id/attributions/:attributionId/sign-off',
      schema: {
        tags,
        summary: sign
          ? 'Sign off on a background or anonymous source (editor or admin; audit-logged)'
          : 'Withdraw a sign-off (editor or admin; audit-logged)',
        params: SignOffParams,
        body: RevisionBody,
        response: { 200: ArticleJson, ...problems },
      },
      handler: async (request) => {
        const input = {
          actor: requireActor(request),
          articleId: request.params.id,
          attributionId: request.params.attributionId,
          revision: request.body.revision,
        }
        const article = sign
          ? await services.attribution.signOff(input)
          : await services.attribution.withdrawSignOff(input)
        const viewer = await viewerFor(request, options, article)
        return presentArticle(article, await linkFor(request, options), { viewer })
      },
    })
  }

  app.get(
    '/articles/:id/attribution-summary',
    {
      schema: {
        tags,
        summary: "The story's quotes counted by sourcing, speakerless and unsigned ones",
        params: IdParams,
        response: { 200: AttributionSummaryJson, ...problems },
      },
    },
    async (request) =>
      services.attribution.summary({ actor: requireActor(request), articleId: request.params.id }),
  )

  app.get(
    '/reports/sourcing',
    {
      schema: {
        tags,
        summary:
          'Published stories ranked by the share of quotes on anonymous or relayed sourcing, then by quotes (editor or admin)',
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
            since: Type.Optional(
              Type.String({
                maxLength: 40,
                description: 'Published at or after (ISO date or time)',
              }),
            ),
          },
          closed,
        ),
        response: { 200: SourcingReportJson, ...problems },
      },
    },
    async (request) =>
      services.attribution.sourcingReport({
        actor: requireActor(request),
        ...(request.query.limit !== undefined ? { limit: request.query.limit } : {}),
        since: request.query.since ?? null,
      }),
  )

  done()
}
