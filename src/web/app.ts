import { createServer } from 'node:http'
import Fastify from 'fastify'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../config.js'
import type { Services } from '../services/index.js'
import { connectCache } from './cache/connect.js'
import { cachedResponder } from './cache/page-cache.js'
import { ResponseCache } from './cache/response-cache.js'
import { mediaRoutes } from './media.js'
import { newsroomRoutes } from './newsroom.js'
import { api } from './api/index.js'
import { problem, problemHandler, sendProblem } from './problems.js'
import { defaultTheme } from '../render/themes/default/index.js'
import { feedsPlugin } from './feeds/index.js'
import { sitePlugin } from './site/index.js'
import { sitemapsPlugin } from './sitemaps/index.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The rendered-response cache (null when MASTHEAD_CACHE_MB=0). */
    pageCache: ResponseCache | null
  }
}

export interface AppOptions {
  /** A pino logger config or false; tests pass false. */
  logger?: boolean | { level: string }
  /** The built newsroom app (default: dist/newsroom beside the sources). */
  newsroomDir?: string
}

/** Builds the HTTP application, not yet listening (tests use `app.inject`). */
export async function buildApp(
  config: Config,
  services: Services,
  options: AppOptions = {},
): Promise<FastifyInstance> {
  const cache = config.cache.maxBytes > 0 ? new ResponseCache(config.cache.maxBytes) : null
  const now = () => services.deps.clock.now().getTime()
  const fromCache = cache === null ? null : cachedResponder(cache, config.publicUrl === null, now)
  const app = Fastify({
    // Warm requests are answered from the cache before the framework sees them: a cached page
    // costs what Node's HTTP parser and one socket write cost (`app.inject` skips this, and the
    // page cache's own hook answers there the same way).
    serverFactory: (handler) => {
      const server = createServer((request, response) => {
        if (fromCache === null || !fromCache(request, response)) handler(request, response)
      })
      // What Fastify sets on a server it creates itself: keep-alive for 72 s, so a client's
      // pooled connection is not closed under it between requests; no request or idle timeout.
      server.keepAliveTimeout = 72_000
      // Above the keep-alive time: Node's default (60 s) would otherwise close idle connections
      // the client was told it may still reuse.
      server.headersTimeout = 73_000
      server.requestTimeout = 0
      server.setTimeout(0)
      return server
    },
    logger: options.logger ?? { level: config.logLevel },
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
    // A reader quotes the request id from an error page so it can be matched to the log line:
    // unique, not secret. A random prefix per process and a counter; drawing random bytes for
    // every request was a twentieth of a small response's time.
    genReqId: requestIds(services.deps.ids.secret(6)),
  })
  app.setErrorHandler(problemHandler)
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem(404, `Nothing at ${request.url}.`, { code: 'not-found' })),
  )

  app.get('/healthz', async (_request, reply) => {
    const ok = await services.store.ping()
    return reply
      .status(ok ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({
        status: ok ? 'ok' : 'unavailable',
        db: services.store.dialect,
        version: config.version,
      })
  })
  await app.register(mediaRoutes(services))
  await app.register(newsroomRoutes(options.newsroomDir))
  connectCache(app, services, cache, config.cache.purgeUrl)
  app.decorate('pageCache', cache)
  const publicOptions = { services, config, theme: defaultTheme, cache }
  await app.register(feedsPlugin, publicOptions)
  await app.register(sitemapsPlugin, publicOptions)
  await app.register(sitePlugin, publicOptions)
  await app.register(api, { prefix: '/api', services, config, cache, theme: defaultTheme })
  return app
}

/** Request ids: `prefix` and a counter in base 36 (`Kx3f9QaB-1a2`). */
function requestIds(prefix: string): () => string {
  let n = 0
  return () => `${prefix}-${(n += 1).toString(36)}`
}
