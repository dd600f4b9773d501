import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { articleLimits, correctionKinds } from '../../../../domain/article.js'
import type { StatusAction } from '../../../../services/articles/change-status.js'
import type { ApiOptions } from '../context.js'
import { linkFor, parseIfMatch, requireActor, requireIfMatch, viewerFor } from '../context.js'
import { presentArticle, presentCorrection, presentRevision, RevisionJson } from '../presenters.js'
import { ArticleJson, closed, CorrectionJson, Id, IdParams, List, problems } from '../schemas.js'
import { NoBody } from '../validation.js'

const tags = ['workflow']
const IfMatch = Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 40 })) })
const CorrectionParams = Type.Object({ id: Id, correctionId: Id }, closed)
const Rev = Type.Integer({ minimum: 1, maximum: 1_000_000_000 })
const TextChange = Type.Object({
  op: Type.Enum(['equal', 'insert', 'delete']),
  value: Type.String(),
})
const DiffJson = Type.Object({
  from: Type.Integer(),
  to: Type.Integer(),
  fields: Type.Array(
    Type.Object({ field: Type.String(), before: Type.Unknown(), after: Type.Unknown() }),
  ),
  text: Type.Array(Type.Object({ field: Type.String(), changes: Type.Array(TextChange) })),
})

/** A return's body: an optional note for the writer (or nothing). */
const ReturnBody = Type.Unsafe<{ note?: string } | null>({
  ...NoBody,
  properties: {
    note: Type.String({
      minLength: 1,
      maxLength: articleLimits.returnNote,
      description: "For the writer; shown as the article's returnNote until the next submit",
    }),
  },
  description: 'Optionally, a note for the writer',
})

/** The note of a (validated) return body, if any. */
const noteOf = (body: unknown): string | undefined =>
  typeof body === 'object' && body !== null && 'note' in body && typeof body.note === 'string'
    ? body.note
    : undefined

const actions: { action: StatusAction; summary: string }[] = [
  { action: 'submit', summary: 'Submit a draft for review' },
  {
    action: 'return',
    summary: 'Return a story in review to its writer as a draft, with an optional note',
  },
  { action: 'publish', summary: 'Publish now' },
  { action: 'unschedule', summary: 'Cancel a schedule (back to draft)' },
  { action: 'unpublish', summary: 'Take a story off the site' },
]

/** Workflow moves, revisions, diffs, restores and corrections. */
export const articleActionRoutes: FastifyPluginCallbackTypebox<ApiOptions> = (
  app,
  options,
  done,
) => {
  const { services } = options

  for (const { action, summary } of actions) {
    app.post(
      `/articles/:id/${action}`,
      {
        schema: {
          tags,
          summary: `${summary}; an optional If-Match guards against stale views`,
          params: IdParams,
          headers: IfMatch,
          body: action === 'return' ? ReturnBody : NoBody,
          response: { 200: ArticleJson, ...problems },
        },
      },
      async (request) => {
        const header = request.headers['if-match']
        const note = noteOf(request.body)
        const { article, returnNote } = await services.articles.changeStatusWithNote({
          actor: requireActor(request),
          id: request.params.id,
          action,
          ...(header !== undefined ? { revision: parseIfMatch(header) } : {}),
          ...(note !== undefined ? { note } : {}),
        })
        const viewer = await viewerFor(request, options, article)
        return presentArticle(article, await linkFor(request, options), { returnNote, viewer })
      },
    )
  }

  app.post(
    '/articles/:id/schedule',
    {
      schema: {
        tags,
        summary: 'Schedule publication at a future instant',
        params: IdParams,
        headers: IfMatch,
        body: Type.Object({ at: Type.String({ format: 'date-time' }) }, closed),
        response: { 200: ArticleJson, ...problems },
      },
    },
    async (request) => {
      const header = request.headers['if-match']
      const article = await services.articles.changeStatus({
        actor: requireActor(request),
        id: request.params.id,
        action: 'schedule',
        at: new Date(request.body.at).toISOString(),
        ...(header !== undefined ? { revision: parseIfMatch(header) } : {}),
      })
      const viewer = await viewerFor(request, options, article)
      return presentArticle(article, await linkFor(request, options), { viewer })
    },
  )

  app.post(
    '/articles/:id/corrections',
    {
      schema: {
        tags,
        summary: 'Add a public correction, update or clarification to a published story',
        params: IdParams,
        body: Type.Object(
          {
            kind: Type.Enum([...correctionKinds]),
            text: Type.String({ minLength: 1, maxLength: 4000 }),
          },
          closed,
        ),
        response: { 201: CorrectionJson, ...problems },
      },
    },
    async (request, reply) => {
      const c = await services.articles.addCorrection({
        actor: requireActor(request),
        id: request.params.id,
        ...request.body,
      })
      return reply.status(201).send(presentCorrection(c))
    },
  )

  app.patch(
    '/articles/:id/corrections/:correctionId',
    {
      schema: {
        tags,
        summary: 'Reword a correction (editors); the earlier wording stays public as its history',
        params: CorrectionParams,
        body: Type.Object(
          { text: Type.String({ minLength: 1, maxLength: articleLimits.correction }) },
          closed,
        ),
        response: { 200: CorrectionJson, ...problems },
      },
    },
    async (request) => {
      const { id, correctionId } = request.params
      const c = await services.articles.editCorrection({
        actor: requireActor(request),
        articleId: id,
        correctionId,
        text: request.body.text,
      })
      return presentCorrection(c)
    },
  )

  app.post(
    '/articles/:id/corrections/:correctionId/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw a correction with a public note (editors); it stays on the story',
        params: CorrectionParams,
        body: Type.Object(
          { note: Type.String({ minLength: 1, maxLength: articleLimits.withdrawalNote }) },
          closed,
        ),
        response: { 200: CorrectionJson, ...problems },
      },
    },
    async (request) => {
      const { id, correctionId } = request.params
      const c = await services.articles.withdrawCorrection({
        actor: requireActor(request),
        articleId: id,
        correctionId,
        note: request.body.note,
      })
      return presentCorrection(c)
    },
  )

  app.get(
    '/articles/:id/revisions',
    {
      schema: {
        tags,
        summary: 'Revisions, newest first',
        params: IdParams,
        response: { 200: List(RevisionJson), ...problems },
      },
    },
    async (request) => {
      const revisions = await services.articles.listRevisions({
        actor: requireActor(request),
        id: request.params.id,
      })
      return { items: revisions.map(presentRevision) }
    },
  )

  app.get(
    '/articles/:id/diff',
    {
      schema: {
        tags,
        summary: 'What changed between two revisions: fields, and words of the text',
        params: IdParams,
        querystring: Type.Object({ from: Rev, to: Rev }, closed),
        response: { 200: DiffJson, ...problems },
      },
    },
    async (request) => {
      const { from, to } = request.query
      return services.articles.diffRevisions({
        actor: requireActor(request),
        id: request.params.id,
        from,
        to,
      })
    },
  )

  app.post(
    '/articles/:id/revisions/:revision/restore',
    {
      schema: {
        tags,
        summary: 'Make an old revision current again, as a new revision (If-Match required)',
        params: Type.Object({ id: Id, revision: Rev }, closed),
        headers: IfMatch,
        response: { 200: ArticleJson, ...problems },
      },
    },
    async (request) => {
      const revision = requireIfMatch(request.headers['if-match'])
      const article = await services.articles.restoreRevision({
        actor: requireActor(request),
        id: request.params.id,
        revision,
        from: request.params.revision,
      })
      const viewer = await viewerFor(request, options, article)
      return presentArticle(article, await linkFor(request, options), { viewer })
    },
  )
  done()
}
