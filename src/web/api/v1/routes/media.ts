import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { prefilledTextFields } from '../../../../domain/media-text.js'
import { requireRole } from '../../../../domain/roles.js'
import type { ApiOptions } from '../context.js'
import { requireActor } from '../context.js'
import { MediaJson, presentMedia } from '../presenters.js'
import { problems } from '../schemas.js'
import { readUploadForm } from './upload-form.js'

const UploadedMediaJson = Type.Object({
  ...MediaJson.properties,
  truncated: Type.Array(Type.Enum([...prefilledTextFields]), {
    description:
      'Texts read from the file’s own metadata that were cut (at a word) to the 2,000-character limit',
  }),
})

/** Image upload: multipart with `file` plus `credit`, `caption`, `alt` and `copyright`; the pipeline does the rest. */
export const mediaRoutes: FastifyPluginCallbackTypebox<ApiOptions> = (
  app,
  { services, config },
  done,
) => {
  app.post(
    '/media',
    {
      bodyLimit: config.media.maxUploadBytes + 64 * 1024,
      schema: {
        tags: ['media'],
        summary: `Upload an image (multipart/form-data, at most ${Math.round(config.media.maxUploadBytes / 1048576)} MB)`,
        consumes: ['multipart/form-data'],
        response: { 201: UploadedMediaJson, ...problems },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request)
      requireRole(actor, 'contributor', 'upload media') // refuse before reading the upload
      const { bytes, fields } = await readUploadForm(request)
      const media = await services.media.ingest({ actor, input: { bytes, ...fields } })
      return reply.status(201).send({ ...presentMedia(media), truncated: media.truncated })
    },
  )
  done()
}
