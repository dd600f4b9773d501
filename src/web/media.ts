import type { FastifyInstance } from 'fastify'
import { NotFoundError } from '../domain/errors.js'
import type { Services } from '../services/index.js'
import { cachePolicy } from './public-http.js'

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * Media files at `/media/{id}/original.{ext}` and `/media/{id}/{crop}-{width}[-f{x}x{y}].{ext}`.
 * Every URL names fixed bytes (an id never changes its original; a variant's name carries its
 * crop, width and focal point), so responses are cached for a year.
 */
export function mediaRoutes(services: Services) {
  return (app: FastifyInstance): Promise<void> => {
    app.get<{ Params: { id: string; name: string } }>(
      '/media/:id/:name',
      async (request, reply) => {
        const { id, name } = request.params
        if (!uuid.test(id)) throw new NotFoundError('media', id)
        const { bytes, mime, tag } = name.startsWith('original.')
          ? await services.media.original({ id, name })
          : await services.media.variant({ id, name })
        const etag = `"${tag}"`
        void reply
          .header('cache-control', cachePolicy.immutable)
          .header('etag', etag)
          .header('x-content-type-options', 'nosniff')
        // An SVG opened on its own must not run anything, whatever slipped past the upload checks.
        if (mime === 'image/svg+xml')
          void reply.header(
            'content-security-policy',
            "default-src 'none'; style-src 'unsafe-inline'; sandbox",
          )
        if (request.headers['if-none-match'] === etag) return reply.status(304).send()
        return reply.type(mime).send(bytes)
      },
    )
    return Promise.resolve()
  }
}
