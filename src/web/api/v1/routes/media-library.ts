import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { decodeListPosition, encodeListPosition } from '../../../../domain/cursors.js'
import { mediaTextLimit } from '../../../../domain/media-text.js'
import type { ApiOptions } from '../context.js'
import { readCursor, requireActor } from '../context.js'
import { MediaJson, presentMedia } from '../presenters.js'
import { closed, IdParams, NoContent, Nullable, problems } from '../schemas.js'

const MediaDetailJson = Type.Object({
  ...MediaJson.properties,
  usedBy: Type.Array(
    Type.Object({ id: Type.String(), headline: Type.String(), status: Type.String() }),
  ),
})

const text = Type.String({ maxLength: mediaTextLimit })
const MediaPatch = Type.Object(
  {
    alt: Type.Optional(text),
    caption: Type.Optional(text),
    credit: Type.Optional(text),
    copyright: Type.Optional(text),
    focalX: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    focalY: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  },
  closed,
)

/** The media library: browse and search, details with where a photo is used, edit, delete. */
export const mediaLibraryRoutes: FastifyPluginCallbackTypebox<ApiOptions> = (
  app,
  { services },
  done,
) => {
  app.get(
    '/media',
    {
      schema: {
        tags: ['media'],
        summary: 'Media, newest first; `q` searches caption, credit, alt text and copyright',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ maxLength: 200 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
            cursor: Type.Optional(Type.String({ maxLength: 400 })),
          },
          closed,
        ),
        response: {
          200: Type.Object({ items: Type.Array(MediaJson), nextCursor: Nullable(Type.String()) }),
          ...problems,
        },
      },
    },
    async (request) => {
      const page = await services.media.list({
        actor: requireActor(request),
        ...(request.query.q !== undefined ? { q: request.query.q } : {}),
        ...(request.query.limit !== undefined ? { limit: request.query.limit } : {}),
        before: readCursor(request.query.cursor, decodeListPosition),
      })
      return {
        items: page.items.map(presentMedia),
        nextCursor: page.next === null ? null : encodeListPosition(page.next),
      }
    },
  )

  app.get(
    '/media/:id',
    {
      schema: {
        tags: ['media'],
        summary: 'One media item and the stories that use it',
        params: IdParams,
        response: { 200: MediaDetailJson, ...problems },
      },
    },
    async (request) => {
      requireActor(request)
      const media = await services.media.get({ id: request.params.id })
      return { ...presentMedia(media), usedBy: media.usedBy }
    },
  )

  app.patch(
    '/media/:id',
    {
      schema: {
        tags: ['media'],
        summary:
          'Change texts or the focal point (authors and up; contributors for their own uploads until a published story shows them)',
        params: IdParams,
        body: MediaPatch,
        response: { 200: MediaJson, ...problems },
      },
    },
    async (request) =>
      presentMedia(
        await services.media.update({
          actor: requireActor(request),
          id: request.params.id,
          changes: request.body,
        }),
      ),
  )

  app.delete(
    '/media/:id',
    {
      schema: {
        tags: ['media'],
        summary: 'Delete a photo no story or byline uses (editors); 409 lists the users',
        params: IdParams,
        response: { 204: NoContent, ...problems },
      },
    },
    async (request, reply) => {
      await services.media.delete({ actor: requireActor(request), id: request.params.id })
      return reply.status(204).send(null)
    },
  )
  done()
}
