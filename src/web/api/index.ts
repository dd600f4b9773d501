import swagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import type { ApiOptions } from './v1/context.js'
import { apiV1 } from './v1/index.js'
import type { OpenApiDocument } from './reference-page.js'
import { renderReference } from './reference-page.js'

/**
 * Everything under /api: the OpenAPI generator (it sees every route registered below it),
 * version 1 at /api/v1, and a readable reference at /api/docs rendered from the same document.
 */
export async function api(app: FastifyInstance, options: ApiOptions): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Masthead newsroom API',
        version: options.config.version,
        description:
          'Articles, workflow, sections, tags, bylines, accounts and settings. Anonymous requests see published content only. Errors are application/problem+json.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token (mh_…)' },
          session: { type: 'apiKey', in: 'cookie', name: 'masthead_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }, {}],
    },
  })
  await app.register(apiV1, { ...options, prefix: '/v1' })
  app.get('/docs', { schema: { hide: true } }, async (_request, reply) => {
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(renderReference(app.swagger() as unknown as OpenApiDocument))
  })
}
