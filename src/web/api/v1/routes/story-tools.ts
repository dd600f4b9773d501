import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { PublicOptions } from '../../../site/context.js'
import { renderStoryPage, sendPreview } from '../../../site/story-page.js'
import { originOf, requireActor } from '../context.js'
import { closed, Id, IdParams, List, NoContent, problems, UpdateArticleBody } from '../schemas.js'

const DateTime = Type.String({ format: 'date-time' })
const ShareLinkJson = Type.Object({
  id: Type.String(),
  createdAt: DateTime,
  expiresAt: DateTime,
  createdBy: Type.Union([Type.String(), Type.Null()]),
})
const NewShareLinkJson = Type.Object({
  ...ShareLinkJson.properties,
  url: Type.String({ description: 'The link to send; shown only now (only its hash is kept)' }),
})
const PresenceJson = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  since: DateTime,
  lastSeenAt: DateTime,
})
const Html = {
  description: 'The story’s public page (noindex, never cached)',
  content: { 'text/html': { schema: Type.String() } },
}

/**
 * Preview, share links and presence: what the newsroom's story tools need around the editor.
 * Registered with the theme, because a preview is the public page.
 */
export const storyToolRoutes: FastifyPluginCallbackTypebox<PublicOptions> = (
  app,
  options,
  done,
) => {
  const { services, config } = options
  const tags = ['story tools']

  app.post(
    '/articles/:id/preview',
    {
      schema: {
        tags,
        summary:
          'The story’s public page with unsaved changes applied (same fields as PATCH; nothing is saved)',
        params: IdParams,
        body: UpdateArticleBody,
        response: { 200: Html, ...problems },
      },
      // No body at all previews the saved version, as an empty one does.
      preValidation: (request, _reply, next) => {
        request.body ??= {}
        next()
      },
    },
    async (request, reply) => {
      const story = await services.articles.preview({
        actor: requireActor(request),
        id: request.params.id,
        changes: request.body,
      })
      const { html } = await renderStoryPage(request, options, story)
      return sendPreview(reply, html)
    },
  )

  app.post(
    '/articles/:id/share-links',
    {
      schema: {
        tags,
        summary: 'A link that shows an outside reader the latest saved version for 24 hours',
        params: IdParams,
        response: { 201: NewShareLinkJson, ...problems },
      },
    },
    async (request, reply) => {
      const { token, ...link } = await services.articles.createShareLink({
        actor: requireActor(request),
        id: request.params.id,
      })
      const origin = originOf(request, config, await services.settings.get())
      return reply.status(201).send({ ...link, url: `${origin}/preview/${token}` })
    },
  )

  app.get(
    '/articles/:id/share-links',
    {
      schema: {
        tags,
        summary: 'The story’s share links still working, newest first',
        params: IdParams,
        response: { 200: List(ShareLinkJson), ...problems },
      },
    },
    async (request) => ({
      items: await services.articles.listShareLinks({
        actor: requireActor(request),
        id: request.params.id,
      }),
    }),
  )

  app.delete(
    '/articles/:id/share-links/:linkId',
    {
      schema: {
        tags,
        summary: 'Revoke a share link: it answers 404 from now on',
        params: Type.Object({ id: Id, linkId: Id }, closed),
        response: { 204: NoContent, ...problems },
      },
    },
    async (request, reply) => {
      const { id, linkId } = request.params
      await services.articles.revokeShareLink({ actor: requireActor(request), id, linkId })
      return reply.status(204).send(null)
    },
  )

  const Others = { 200: List(PresenceJson), ...problems }
  app.post(
    '/articles/:id/presence',
    {
      schema: {
        tags,
        summary:
          'Heartbeat (every ~20 s) while the story is open; answers who else has it open (advisory)',
        params: IdParams,
        response: Others,
      },
    },
    async (request) => ({
      items: await services.articles.markPresent({
        actor: requireActor(request),
        id: request.params.id,
      }),
    }),
  )

  app.get(
    '/articles/:id/presence',
    {
      schema: {
        tags,
        summary: 'Who else has the story open now (seen in the last 60 s)',
        params: IdParams,
        response: Others,
      },
    },
    async (request) => ({
      items: await services.articles.whoIsEditing({
        actor: requireActor(request),
        id: request.params.id,
      }),
    }),
  )

  app.delete(
    '/articles/:id/presence',
    {
      schema: {
        tags,
        summary: 'Leave the story',
        params: IdParams,
        response: { 204: NoContent, ...problems },
      },
    },
    async (request, reply) => {
      await services.articles.leave({ actor: requireActor(request), id: request.params.id })
      return reply.status(204).send(null)
    },
  )
  done()
}
