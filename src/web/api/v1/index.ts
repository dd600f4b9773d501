import cookie from '@fastify/cookie'
import multipart from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import { problem, problemHandler, sendProblem } from '../../problems.js'
import { registerAuth } from './auth.js'
import type { ApiOptions } from './context.js'
import { articleActionRoutes } from './routes/article-actions.js'
import { articleRoutes } from './routes/articles.js'
import { accountRoutes } from './routes/accounts.js'
import { adminRoutes } from './routes/admin.js'
import { mediaRoutes } from './routes/media.js'
import { mediaLibraryRoutes } from './routes/media-library.js'
import { sessionRoutes } from './routes/session.js'
import { taxonomyRoutes } from './routes/taxonomy.js'
import { apiValidatorCompiler, rejectNulCharacters } from './validation.js'

/** JSON bodies larger than this answer 413; uploads have their own limit. */
export const apiBodyLimit = 1024 * 1024

/**
 * The newsroom API, version 1. Auth, CSRF, validation and problem+json errors are registered
 * here, so they apply to these routes only (Fastify encapsulation).
 */
export async function apiV1(app: FastifyInstance, options: ApiOptions): Promise<void> {
  app.setValidatorCompiler(apiValidatorCompiler())
  app.setErrorHandler(problemHandler)
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problem(404, `No API route ${request.method} ${request.url}.`, { code: 'not-found' }),
    ),
  )
  app.addHook('onRoute', (route) => {
    route.bodyLimit ??= apiBodyLimit
  })
  await app.register(cookie)
  await app.register(multipart, {
    limits: {
      fileSize: options.config.media.maxUploadBytes,
      files: 1,
      fields: 10,
      fieldSize: 10_000,
      parts: 12,
    },
  })
  registerAuth(app, options.services)
  app.addHook('preValidation', (request, _reply, next) => {
    try {
      rejectNulCharacters(request)
      next()
    } catch (error) {
      next(error as Error)
    }
  })
  app.addHook('onSend', (request, reply, _payload, next) => {
    // Anonymous reads of published content may be cached by browsers and CDNs; anything that
    // depends on who asks is private. Vary keeps a shared cache from mixing the two.
    void reply.header('vary', 'Authorization, Cookie')
    if (!reply.hasHeader('cache-control')) {
      const isPublic =
        request.method === 'GET' && request.actor === null && reply.statusCode === 200
      void reply.header(
        'cache-control',
        isPublic ? 'public, max-age=60, stale-while-revalidate=300' : 'private, no-store',
      )
    }
    next()
  })

  app.get('/openapi.json', { schema: { hide: true } }, () => Promise.resolve(app.swagger()))
  for (const routes of [
    sessionRoutes,
    accountRoutes,
    articleRoutes,
    articleActionRoutes,
    taxonomyRoutes,
    adminRoutes,
    mediaRoutes,
    mediaLibraryRoutes,
  ])
    await app.register(routes, { services: options.services, config: options.config })
}
