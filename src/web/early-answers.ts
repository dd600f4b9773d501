import { createServer } from 'node:http'
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http'
import type { Config } from '../config.js'
import { cacheKey, serveCached } from './cache/page-cache.js'
import type { ResponseCache } from './cache/response-cache.js'
import type { HostScope, RequestSource } from './origin.js'
import type { Metrics } from './metrics/registry.js'

/** What an early answer reports: its request id, and its time to the metrics when they are on. */
export interface EarlyHooks {
  readonly requestId: (request: RequestSource) => string
  observe: Pick<Metrics, 'observeRequest'> | null
}

/** Answers a request before the framework, or returns false to hand it on. */
type EarlyAnswer = (request: IncomingMessage, response: ServerResponse) => boolean

/**
 * The HTTP server Fastify runs on. With the fast paths on and a page cache, warm requests are
 * answered from the cache before the framework sees them (`fromCache`): a cached page costs what
 * Node's HTTP parser and one socket write cost. Off (MASTHEAD_FAST_PATHS=off), or without a cache,
 * every request goes to Fastify, where the page cache's own onRequest hook answers a warm request
 * with the same bytes and headers (`usePageCache`; `app.inject` always takes that path).
 */
export function serverWithEarlyAnswers(
  config: Config,
  cache: ResponseCache | null,
  hostScope: HostScope,
  now: () => number,
  hooks: EarlyHooks,
): (handler: RequestListener) => Server {
  const early = config.fastPaths && cache !== null ? fromCache(cache, hostScope, now, hooks) : null
  return (handler) => {
    // Timeouts are checked every 5 s (Node's default, 30 s, would stretch each by up to that).
    const server = createServer({ connectionsCheckingInterval: 5000 }, (request, response) => {
      if (early === null || !early(request, response)) handler(request, response)
    })
    applyTimeouts(server, config)
    return server
  }
}

/**
 * The warm path in front of the framework: answers a request from the cache before any routing,
 * parsing or hook runs, and returns false when the request must go to the application.
 */
function fromCache(
  cache: ResponseCache,
  hostScope: HostScope,
  now: () => number,
  { requestId, observe }: EarlyHooks,
): EarlyAnswer {
  return (request, response) => {
    const key = cacheKey(request, hostScope)
    if (key === null) return false
    const entry = cache.get(key, now())
    if (entry === undefined) return false
    const startedAt = observe !== null ? performance.now() : 0
    response.setHeader('x-request-id', requestId(request))
    serveCached(request, response, entry)
    const seconds = (performance.now() - startedAt) / 1000
    observe?.observeRequest(request.method ?? 'GET', '(page cache)', response.statusCode, seconds)
    return true
  }
}

/**
 * Bounds how long a connection may hold the server: 20 s for the headers (slow-header attacks),
 * MASTHEAD_REQUEST_TIMEOUT_S for the whole request with its body (408 after it), 60 s of silence
 * while a request or answer is under way; an idle keep-alive connection stays open 72 s, so a
 * client's pooled connection is not closed under it between requests (Node ≥ 18 applies the header
 * timeout from a request's first byte, not from the connection's last answer).
 */
function applyTimeouts(server: Server, config: Config): void {
  server.keepAliveTimeout = config.http.keepAliveTimeoutMs
  server.headersTimeout = config.http.headersTimeoutMs
  server.requestTimeout = config.http.requestTimeoutMs
  server.setTimeout(config.http.idleTimeoutMs)
}
