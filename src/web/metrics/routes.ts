import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { problem, sendProblem } from '../problems.js'
import type { Metrics } from './registry.js'

const digest = (text: string): Buffer => createHash('sha256').update(text).digest()

/**
 * Whether an Authorization header carries the token (RFC 6750 §2.1). Both sides are hashed
 * first, so the comparison takes the same time whatever the header's length.
 */
function hasToken(header: string | undefined, token: string): boolean {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '')
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(token))
}

/**
 * Times every answer the framework gives, labelled by route pattern (`/:section/:slug`, never the
 * URL a client chose, so the label has as many values as there are routes), and serves the
 * metrics at `GET /metrics` to a scraper that sends `Authorization: Bearer <token>`
 * (MASTHEAD_METRICS_TOKEN). The page cache's early answers are counted in early-answers.ts.
 */
export function useMetrics(
  app: FastifyInstance,
  metrics: Metrics | null,
  token: string | null,
): void {
  if (metrics === null || token === null) {
    // Off: the path is an unknown page like any other (the site would otherwise redirect it).
    app.get('/metrics', (request, reply) => {
      void sendProblem(reply, problem(404, `Nothing at ${request.url}.`, { code: 'not-found' }))
    })
    return
  }
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? '(no route)'
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000)
    done()
  })
  app.addHook('onClose', (_app, done) => {
    metrics.stop()
    done()
  })
  app.get('/metrics', async (request, reply) => {
    void reply.header('cache-control', 'no-store')
    if (!hasToken(request.headers.authorization, token))
      return sendProblem(
        reply.header('www-authenticate', 'Bearer realm="metrics"'),
        problem(401, 'Send the metrics token as Authorization: Bearer <token>.', {
          code: 'unauthenticated',
        }),
      )
    const text = await metrics.registry.metrics()
    return reply.type(metrics.registry.contentType).send(text)
  })
}
