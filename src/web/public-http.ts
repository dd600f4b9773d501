import etag from '@fastify/etag'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { embedOrigins } from '../render/embeds.js'
import type { HtmlDocument } from '../render/theme.js'
import { etagMatches, nameSurrogateKeys, usePageCache } from './cache/page-cache.js'
import { compressPublicAnswers } from './encoding.js'
import type { ResponseCache } from './cache/response-cache.js'

/** How long shared caches (CDN) and browsers keep each kind of public response. */
export const cachePolicy = {
  page: 'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
  feed: 'public, max-age=300, s-maxage=600, stale-while-revalidate=3600',
  search: 'public, max-age=60, s-maxage=60, stale-while-revalidate=300',
  missing: 'public, max-age=60, s-maxage=60, stale-while-revalidate=60',
  immutable: 'public, max-age=31536000, immutable',
  error: 'no-store',
} as const

// Public pages run no script: JSON-LD blocks are data, which CSP does not treat as script.
export const publicCsp = [
  "default-src 'self'",
  "img-src 'self' https: data:",
  "style-src 'self'",
  "script-src 'none'",
  `frame-src ${embedOrigins.join(' ')}`,
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ')

/**
 * Registers, on one encapsulated plugin, what every public response carries: security headers,
 * a Cache-Control (routes choose theirs; errors get a short or no-store one) and a strong ETag
 * with If-None-Match → 304 (@fastify/etag hashes string and buffer bodies).
 */
export async function publicHttp(
  app: FastifyInstance,
  cache: ResponseCache | null,
  hostBound: boolean,
  now: () => number = Date.now,
): Promise<void> {
  // The plugin makes the ETag; the 304 is answered below, with the comparison the cache uses.
  await app.register(etag, { replyWith304: false })
  // A callback hook, not an async one: it runs on every public response and has nothing to wait for.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-content-type-options', 'nosniff')
    reply.header('referrer-policy', 'strict-origin-when-cross-origin')
    reply.header('x-frame-options', 'SAMEORIGIN')
    reply.header('content-security-policy', publicCsp)
    if (!reply.hasHeader('cache-control')) {
      const status = reply.statusCode
      reply.header(
        'cache-control',
        status >= 500 ? cachePolicy.error : status >= 300 ? cachePolicy.missing : cachePolicy.page,
      )
    }
    const match = request.headers['if-none-match']
    const tag = reply.getHeader('etag')
    if (reply.statusCode === 200 && match !== undefined && etagMatches(match, String(tag ?? ''))) {
      void reply.code(304)
      done(null, '')
      return
    }
    done(null, payload)
  })
  // Last, so the cached copy keeps the headers set above; compression of what the cache did not
  // keep comes after it.
  if (cache !== null) usePageCache(app, cache, hostBound, now)
  nameSurrogateKeys(app)
  compressPublicAnswers(app)
}

/**
 * Sends a rendered page as UTF-8 bytes (a theme gives them, or text encoded here once). The same
 * bytes are hashed for the ETag and written to the socket; sent as a string, a page with any
 * character beyond Latin-1 (a dash, a curly quote) was encoded twice.
 */
export function sendHtml(reply: FastifyReply, html: HtmlDocument): FastifyReply {
  return reply
    .type('text/html; charset=utf-8')
    .send(typeof html === 'string' ? Buffer.from(html) : html)
}

/** The canonical origin: configured, else from settings, else the request's own. */
export function originOf(
  request: FastifyRequest,
  configured: string | null,
  fromSettings: string | null,
): string {
  return (configured ?? fromSettings ?? `${request.protocol}://${request.host}`).replace(/\/$/, '')
}

/**
 * Answers 304 when the client's copy is current by date (RFC 9110 §13.1.3); If-None-Match, when
 * sent, wins and is handled by the ETag hook. Sets Last-Modified either way.
 */
export function notModifiedSince(
  request: FastifyRequest,
  reply: FastifyReply,
  lastModified: string,
): boolean {
  const modified = new Date(lastModified)
  modified.setUTCMilliseconds(0)
  reply.header('last-modified', modified.toUTCString())
  const since = request.headers['if-modified-since']
  if (since === undefined || request.headers['if-none-match'] !== undefined) return false
  const sinceTime = Date.parse(since)
  return !Number.isNaN(sinceTime) && modified.getTime() <= sinceTime
}
