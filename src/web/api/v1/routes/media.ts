import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { InvalidInputError } from '../../../../domain/errors.js'
import { requireRole } from '../../../../domain/roles.js'
import type { ApiOptions } from '../context.js'
import { requireActor } from '../context.js'
import { MediaJson, presentMedia } from '../presenters.js'
import { problems } from '../schemas.js'

const textFields = new Set(['credit', 'caption', 'alt'])

/** Image upload: multipart with `file` plus `credit`, `caption` and `alt`; the pipeline does the rest. */
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
        response: { 201: MediaJson, 200: MediaJson, ...problems },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request)
      requireRole(actor, 'contributor', 'upload media') // refuse before reading the upload
      if (!request.isMultipart())
        throw new InvalidInputError('Send the upload as multipart/form-data.', [
          { field: 'file', message: 'is required' },
        ])
      const fields: Record<string, string> = {}
      let bytes: Buffer | null = null
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file' || bytes !== null)
            throw new InvalidInputError('Send exactly one file, in the field “file”.', [
              { field: part.fieldname, message: 'is not expected' },
            ])
          bytes = await part.toBuffer() // throws 413 past the size limit
        } else if (textFields.has(part.fieldname) && typeof part.value === 'string') {
          fields[part.fieldname] = part.value
        } else {
          throw new InvalidInputError('Unknown form field.', [
            { field: part.fieldname, message: 'is not expected' },
          ])
        }
      }
      if (bytes === null)
        throw new InvalidInputError('No file was sent.', [
          { field: 'file', message: 'is required' },
        ])
      const media = await services.ingestMedia(actor, { bytes, ...fields })
      return reply.status(201).send(presentMedia(media))
    },
  )
  done()
}
