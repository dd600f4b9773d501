import { createServer } from 'node:http'
import type { Server } from 'node:http'
import Fastify from 'fastify'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../config.js'
import type { Services } from '../services/index.js'
import { connectCache } from './cache/connect.js'
import { cachedResponder } from './cache/page-cache.js'
import { ResponseCache } from './cache/response-cache.js'
import { mediaRoutes } from './media.js'
import { hostScope, isValidHost, proxyTrust } from './origin.js'
import { newsroomRoutes } from './newsroom.js'
import { api } from './api/index.js'
import { problem, problemHandler, sendProblem } from './problems.js'
import { defaultTheme } from '../render/themes/default/index.js'
import { feedsPlugin } from './feeds/index.js'
import { sitePlugin } from './site/index.js'
import { sitemapsPlugin } from './sitemaps/index.js'
import { RequestLog } from './request-log.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The rendered-response cache (null when MASTHEAD_CACHE_MB=0). */
    pageCache: ResponseCache | null
  }
}

export interface AppOptions {
  /** A pino logger config or false; tests pass false (or a stream to read the lines). */
  logger?: boolean | { level: string; stream?: { write(line: string): void } }
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
  const fromCache = cache === null ? null : cachedResponder(cache, hostScope(config), now)
  const app = Fastify({
    // Warm requests are answered from the cache before the framework sees them: a cached page
    // costs what Node's HTTP parser and one socket write cost (`app.inject` skips this, and the
    // page cache's own hook answers there the same way).
    serverFactory: (handler) => {
      // Timeouts are checked every 5 s (Node's default, 30 s, would stretch each by up to that).
      const server = createServer({ connectionsCheckingInterval: 5000 }, (request, response) => {
        if (fromCache === null || !fromCache(request, response)) handler(request, response)
      })
      applyTimeouts(server, config)
      return server
    },
    logger: options.logger ?? { level: config.logLevel },
    logController: new RequestLog(),
    // X-Forwarded-For and -Proto count only from the configured proxies; from anyone else, the
    // socket's address is the client's.
    trustProxy: config.http.trustProxy.length > 0 ? proxyTrust(config.http.trustProxy) : false,
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
  // Links may be built from Host (RFC 9112 §3.2: a malformed one is answered 400).
  app.addHook('onRequest', (request, reply, done) => {
    const host = request.headers.host
    if (host === undefined || isValidHost(host)) return done()
    void sendProblem(
      reply.header('cache-control', 'no-store'),
      problem(400, 'The Host header is not a host name or address with an optional port.', {
        code: 'invalid-input',
      }),
    )
  })

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

/**
 * Bounds how long a connection may hold the server: 20 s for the headers (slow-header attacks),
 * MASTHEAD_REQUEST_TIMEOUT_S for the whole request with its body (408 after it), 60 s of silence
 * while a request or answer is under way; an idle keep-alive connection stays open 72 s, so a
 * client's pooled connection is not closed under it between requests (Node ≥ 18 applies the header
 * timeout from a request's first byte, not from the connection's last answer).
 */
function applyTimeouts(server: Server, config: Config): void {
  server.keepAliveTimeout = 72_000
  server.headersTimeout = config.http.headersTimeoutMs
  server.requestTimeout = config.http.requestTimeoutMs
  server.setTimeout(config.http.idleTimeoutMs)
}

/** Request ids: `prefix` and a counter in base 36 (`Kx3f9QaB-1a2`). */
function requestIds(prefix: string): () => string {
  let n = 0
  return () => `${prefix}-${(n += 1).toString(36)}`
}
