import type { FastifyInstance } from 'fastify'
import type { Config } from '../config.js'
import type { Services } from '../services/index.js'
import type { RequestSource } from './origin.js'
import { proxyTrust } from './origin.js'

/**
 * An id a proxy may hand us: letters, digits and `._:-`, at most 64 characters. nginx's
 * `$request_id` (32 hex digits), UUIDs and most tracing ids fit; nothing that could break a log
 * line or a header does.
 */
const safeId = /^[A-Za-z0-9._:-]{1,64}$/

/**
 * Each request's id: the `X-Request-Id` a trusted proxy (MASTHEAD_TRUST_PROXY) sent, when it is a
 * safe token, so the proxy's access log and ours name the request the same way; otherwise made
 * here from a random prefix per process and a counter in base 36 (`Kx3f9QaB-1a2`): unique, not
 * secret (drawing random bytes for every request was a twentieth of a small response's time).
 * Anyone else's header is ignored: a client must not choose the id an operator searches for.
 */
export function requestIds(config: Config, prefix: string): (request: RequestSource) => string {
  const isTrusted = proxyTrust(config.http.trustProxy)
  const hasProxies = config.http.trustProxy.length > 0
  let n = 0
  return (request) => {
    if (hasProxies) {
      const sent = request.headers['x-request-id']
      if (typeof sent === 'string' && safeId.test(sent) && isTrusted(request.socket?.remoteAddress))
        return sent
    }
    return `${prefix}-${(n += 1).toString(36)}`
  }
}

/**
 * Returns each request's id as `X-Request-Id` (the page cache's early answers set it themselves)
 * and, with MASTHEAD_DB_REQUEST_IDS=on, names the database work of the request after it. That is
 * done before the handler, once the body is read: the body arrives on the socket's own
 * asynchronous context, which the request's would not survive.
 */
export function useRequestIds(app: FastifyInstance, config: Config, services: Services): void {
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id)
    done()
  })
  if (!config.operations.databaseRequestIds) return
  app.addHook('preHandler', (request, _reply, done) => {
    services.operations.enterRequest(request.id)
    done()
  })
}
