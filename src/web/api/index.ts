import { createHash } from 'node:crypto'
import swagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import type { ApiPluginOptions } from './v1/index.js'
import { apiV1 } from './v1/index.js'
import type { OpenApiDocument } from './reference-page.js'
import { css, renderReference } from './reference-page.js'

// JSON answers load nothing and are framed by nobody; the reference page loads its own style only.
const apiCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
const docsCsp = apiCsp.replace(
  "default-src 'none';",
  `default-src 'none'; style-src 'sha256-${createHash('sha256').update(css).digest('base64')}';`,
)

/**
 * Everything under /api: the OpenAPI generator (it sees every route registered below it),
 * version 1 at /api/v1, and a readable reference at /api/docs rendered from the same document.
 */
export async function api(app: FastifyInstance, options: ApiPluginOptions): Promise<void> {
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
    transformObject: (document) =>
      'openapiObject' in document
        ? optionalEmptyBodies(document.openapiObject)
        : document.swaggerObject,
  })
  app.addHook('onSend', (request, reply, payload, done) => {
    void reply
      .header('x-content-type-options', 'nosniff')
      .header('x-frame-options', 'DENY')
      .header('referrer-policy', 'strict-origin-when-cross-origin')
    if (!reply.hasHeader('content-security-policy'))
      void reply.header('content-security-policy', apiCsp)
    done(null, payload)
  })
  await app.register(apiV1, { ...options, prefix: '/v1' })
  // The document only changes with a deployment: rendered once.
  let reference: string | null = null
  app.get('/docs', { schema: { hide: true } }, async (_request, reply) => {
    reference ??= renderReference(app.swagger() as unknown as OpenApiDocument)
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('content-security-policy', docsCsp)
      .send(reference)
  })
}

type Operations = Record<string, Record<string, { requestBody?: RequestBody }>>
type RequestBody = { required?: boolean; content?: Record<string, { schema?: { type?: unknown } }> }

/**
 * The generator marks every declared body required; a body that may be null (an action such as
 * publish, or return with its optional note) may also be left out, and generated clients should
 * know it.
 */
function optionalEmptyBodies<T>(document: T): T {
  const paths = (document as { paths?: Operations }).paths ?? {}
  for (const operations of Object.values(paths))
    for (const operation of Object.values(operations)) {
      const body = operation.requestBody
      const type = body?.content?.['application/json']?.schema?.type
      if (body !== undefined && Array.isArray(type) && type.includes('null')) body.required = false
    }
  return document
}
