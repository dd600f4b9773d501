import Fastify from 'fastify'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../config.js'
import type { Services } from '../services/index.js'
import { connectCache } from './cache/connect.js'
import { ResponseCache } from './cache/response-cache.js'
import { serverWithEarlyAnswers } from './early-answers.js'
import { mediaRoutes } from './media.js'
import { hostScope, isValidHost, proxyTrust } from './origin.js'
import { newsroomRoutes } from './newsroom.js'
import { api } from './api/index.js'
import { problem, problemHandler, sendProblem } from './problems.js'
import { useFastSerialiser } from '../render/html.js'
import { defaultTheme } from '../render/themes/default/index.js'
import { feedsPlugin } from './feeds/index.js'
import { sitePlugin } from './site/index.js'
import { sitemapsPlugin } from './sitemaps/index.js'
import { RequestLog } from './request-log.js'
import { requestIds, useRequestIds } from './request-id.js'
import type { Metrics } from './metrics/registry.js'
import { createMetrics } from './metrics/registry.js'
import { useMetrics } from './metrics/routes.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The rendered-response cache (null when MASTHEAD_CACHE_MB=0). */
    pageCache: ResponseCache | null
    /** The process's metrics (null unless MASTHEAD_METRICS_TOKEN is set). */
    metrics: Metrics | null
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
  const now = () => services.now().getTime()
  // The fast paths (docs/performance.md) are switched by one setting: the store's when it was
  // opened (boot.ts), the serialiser's and the early answers' here.
  useFastSerialiser(config.fastPaths)
  const token = config.operations.metricsToken
  const metrics = token !== null ? createMetrics(services, cache) : null
  const ids = requestIds(config, services.newSecret(6))
  const app = Fastify({
    serverFactory: serverWithEarlyAnswers(config, cache, hostScope(config), now, {
      requestId: ids,
      observe: metrics,
    }),
    logger: options.logger ?? { level: config.logLevel },
    logController: new RequestLog(),
    // X-Forwarded-For and -Proto count only from the configured proxies; from anyone else, the
    // socket's address is the client's.
    trustProxy: config.http.trustProxy.length > 0 ? proxyTrust(config.http.trustProxy) : false,
    bodyLimit: 2 * 1024 * 1024,
    // A reader quotes the request id from an error page so it can be matched to the log line.
    genReqId: ids,
  })
  app.decorate('metrics', metrics)
  useRequestIds(app, config, services)
  useMetrics(app, metrics, token)
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
    const health = await services.checkHealth()
    return reply
      .status(health.ok ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({
        status: health.ok ? 'ok' : 'unavailable',
        db: health.database,
        version: config.version,
      })
  })
  await app.register(mediaRoutes(services))
  await app.register(newsroomRoutes(options.newsroomDir))
  connectCache(app, services.changes, cache, config.cache.purgeUrl)
  app.decorate('pageCache', cache)
  const publicOptions = { services, config, theme: defaultTheme, cache }
  await app.register(feedsPlugin, publicOptions)
  await app.register(sitemapsPlugin, publicOptions)
  await app.register(sitePlugin, publicOptions)
  await app.register(api, { prefix: '/api', services, config, cache, theme: defaultTheme })
  return app
}
