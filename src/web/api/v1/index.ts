import cookie from '@fastify/cookie'
import multipart from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import { hostScope } from '../../origin.js'
import { problem, problemHandler, sendProblem } from '../../problems.js'
import { registerAuth } from './auth.js'
import type { ResponseCache } from '../../cache/response-cache.js'
import type { Theme } from '../../../render/theme.js'
import type { ApiOptions } from './context.js'
import { apiHttpCache, cacheForAnonymous } from './http-cache.js'
import { limitJsonDepth } from './json-depth.js'
import { articleActionRoutes } from './routes/article-actions.js'
import { attributionSuggestionRoutes } from './routes/attribution-suggestions.js'
import { articleRoutes } from './routes/articles.js'
import { attributionRoutes } from './routes/attribution.js'
import { entityRoutes } from './routes/entities.js'
import { correctionRoutes } from './routes/corrections.js'
import { accountRoutes } from './routes/accounts.js'
import { adminRoutes } from './routes/admin.js'
import { mediaRoutes } from './routes/media.js'
import { mediaLibraryRoutes } from './routes/media-library.js'
import { sessionRoutes } from './routes/session.js'
import { storyToolRoutes } from './routes/story-tools.js'
import { frontRoutes } from './routes/fronts.js'
import { menuRoutes } from './routes/menus.js'
import { taxonomyRoutes } from './routes/taxonomy.js'
import { apiValidatorCompiler, closeUnknownInputs, rejectNulCharacters } from './validation.js'

/** JSON bodies larger than this answer 413; uploads have their own limit. */
const apiBodyLimit = 1024 * 1024

/** The API's options: services and config for the routes, and the page cache (null: off). */
export interface ApiPluginOptions extends ApiOptions {
  cache: ResponseCache | null
  /** The site's theme: previews are the public page, rendered by it. */
  theme: Theme
}

/**
 * The newsroom API, version 1. Auth, CSRF, validation and problem+json errors are registered
 * here, so they apply to these routes only (Fastify encapsulation).
 */
export async function apiV1(app: FastifyInstance, options: ApiPluginOptions): Promise<void> {
  app.setValidatorCompiler(apiValidatorCompiler())
  app.setErrorHandler(problemHandler)
  limitJsonDepth(app)
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problem(404, `No API route ${request.method} ${request.url}.`, { code: 'not-found' }),
    ),
  )
  app.addHook('onRoute', (route) => {
    route.bodyLimit ??= apiBodyLimit
    closeUnknownInputs(route)
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
  apiHttpCache(app, options.cache, hostScope(options.config), () =>
    options.services.now().getTime(),
  )

  const openApiRoute = { schema: { hide: true }, config: { acceptsStaleSession: true } }
  app.get('/openapi.json', openApiRoute, async (request) => {
    await cacheForAnonymous(request, () => []) // the same until the next deployment
    return app.swagger()
  })
  for (const routes of [
    sessionRoutes,
    accountRoutes,
    articleRoutes,
    articleActionRoutes,
    correctionRoutes,
    taxonomyRoutes,
    adminRoutes,
    mediaRoutes,
    mediaLibraryRoutes,
    menuRoutes,
    attributionSuggestionRoutes,
    attributionRoutes,
    entityRoutes,
  ])
    await app.register(routes, { services: options.services, config: options.config })
  const { services, config, theme } = options
  // Previews are never stored: no page cache for these routes.
  await app.register(storyToolRoutes, { services, config, theme, cache: null })
  await app.register(frontRoutes, { services, config, theme, cache: null })
}
