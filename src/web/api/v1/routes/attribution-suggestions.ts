import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { ApiOptions } from '../context.js'
import { linkFor, requireActor, viewerFor } from '../context.js'
import { presentArticle } from '../presenters.js'
import { ArticleJson, closed, Id, IdParams, List, Nullable, problems } from '../schemas.js'

const Sourcing = Type.Enum(['on-record', 'background', 'anonymous', 'document'])
const SuggestionStatus = Type.Enum(['open', 'accepted', 'dismissed'])
export const AttributionSuggestionJson = Type.Object({
  id: Type.String(),
  articleId: Type.String(),
  status: SuggestionStatus,
  origin: Type.Enum(['import', 'api']),
  speakerName: Nullable(Type.String()),
  role: Nullable(Type.String()),
  sourcing: Sourcing,
  relayed: Nullable(
    Type.Object({
      outlet: Type.String(),
      url: Nullable(Type.String()),
      date: Nullable(Type.String()),
    }),
  ),
  description: Nullable(Type.String()),
  quote: Nullable(
    Type.String({ description: 'The quoted words with their marks; null for a paraphrase' }),
  ),
  trigger: Type.String({ description: 'The words that triggered the suggestion' }),
  at: Type.Object({
    block: Type.Integer({ description: 'Top-level block index in the body' }),
    start: Type.Integer({ description: 'Offset of the quote (or sentence) in the block’s text' }),
    end: Type.Integer(),
  }),
})
const SuggestionParams = Type.Object({ id: Id, suggestionId: Id }, closed)
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

/** Attribution suggestions: proposed from a story's text, stored until accepted or dismissed. */
export const attributionSuggestionRoutes: FastifyPluginCallbackTypebox<ApiOptions> = (
  app,
  options,
  done,
) => {
  const { services } = options
  const tags = ['attribution']

  app.post(
    '/articles/:id/attribution-suggestions',
    {
      schema: {
        tags,
        summary:
          'Read the story’s current text and store what the suggester proposes as open suggestions (replacing earlier open ones)',
        params: IdParams,
        response: { 200: List(AttributionSuggestionJson), ...problems },
      },
    },
    async (request) => ({
      items: await services.attribution.suggest({
        actor: requireActor(request),
        articleId: request.params.id,
      }),
    }),
  )

  app.get(
    '/articles/:id/attribution-suggestions',
    {
      schema: {
        tags,
        summary: 'The story’s attribution suggestions in reading order',
        params: IdParams,
        querystring: Type.Object({ status: Type.Optional(SuggestionStatus) }, closed),
        response: { 200: List(AttributionSuggestionJson), ...problems },
      },
    },
    async (request) => ({
      items: await services.attribution.listSuggestions({
        actor: requireActor(request),
        articleId: request.params.id,
        ...(request.query.status !== undefined ? { status: request.query.status } : {}),
      }),
    }),
  )

  app.post(
    '/articles/:id/attribution-suggestions/:suggestionId/accept',
    {
      schema: {
        tags,
        summary:
          'Turn an open suggestion into an attribution and mark its quote in the body, as a new revision',
        params: SuggestionParams,
        body: RevisionBody,
        response: { 200: ArticleJson, ...problems },
      },
    },
    async (request) => {
      const article = await services.attribution.acceptSuggestion({
        actor: requireActor(request),
        articleId: request.params.id,
        suggestionId: request.params.suggestionId,
        revision: request.body.revision,
      })
      const viewer = await viewerFor(request, options, article)
      return presentArticle(article, await linkFor(request, options), { viewer })
    },
  )

  app.post(
    '/articles/:id/attribution-suggestions/:suggestionId/dismiss',
    {
      schema: {
        tags,
        summary: 'Dismiss an open suggestion (it stays, marked dismissed)',
        params: SuggestionParams,
        response: { 200: AttributionSuggestionJson, ...problems },
      },
    },
    async (request) =>
      services.attribution.dismissSuggestion({
        actor: requireActor(request),
        articleId: request.params.id,
        suggestionId: request.params.suggestionId,
      }),
  )

  done()
}
