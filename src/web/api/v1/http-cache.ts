import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { etagMatches, nameSurrogateKeys, usePageCache } from '../../cache/page-cache.js'
import type { ResponseCache } from '../../cache/response-cache.js'
import { cacheWith } from '../../cache/tags.js'
import { compressPublicAnswers } from '../../encoding.js'
import type { HostScope } from '../../origin.js'

/** Cache-Control of API answers: anonymous reads of published content, and everything else. */
const apiCachePolicy = {
  public: 'public, max-age=60, stale-while-revalidate=300',
  private: 'private, no-store',
} as const

/**
 * HTTP caching for the API. Anonymous reads of published content may be kept by browsers and
 * CDNs, anything that depends on who asks is private, and `Vary` keeps a shared cache from mixing
 * the two. Successful reads carry a strong ETag and answer `If-None-Match` with 304. With a page
 * cache, the reads a route marks with `cacheForAnonymous` are served from memory (the page cache
 * never stores nor answers an `/api/` request that carries credentials). Register after the
 * plugin's other onSend hooks, so the stored headers are the final ones.
 */
export function apiHttpCache(
  app: FastifyInstance,
  cache: ResponseCache | null,
  hostScope: HostScope,
  now: () => number,
): void {
  const vary = `Authorization, Cookie${hostScope === null ? '' : `, ${hostScope.vary}`}`
  app.addHook('onSend', async (request, reply, payload) => {
    void reply.header('vary', vary)
    if (!reply.hasHeader('cache-control')) {
      const isPublic =
        isRead(request) &&
        request.actor === null &&
        reply.statusCode === 200 &&
        !reply.hasHeader('set-cookie')
      void reply.header('cache-control', isPublic ? apiCachePolicy.public : apiCachePolicy.private)
    }
    // Not @fastify/etag (which the site uses): it tags and answers 304 for every method and
    // status, and an API write or error must never turn into an empty 304.
    if (!isRead(request) || reply.statusCode !== 200) return payload
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
    const etag = `"${createHash('sha1').update(payload).digest('base64')}"`
    void reply.header('etag', etag)
    const match = request.headers['if-none-match']
    if (match === undefined || !etagMatches(match, etag)) return payload
    void reply.code(304)
    return ''
  })
  if (cache !== null) usePageCache(app, cache, hostScope, now)
  nameSurrogateKeys(app)
  compressPublicAnswers(app)
}

const isRead = (request: FastifyRequest): boolean =>
  request.method === 'GET' || request.method === 'HEAD'

/**
 * Marks a read as cacheable, built from the tags `dependencies` returns, when it was computed for
 * an anonymous reader; answers computed for a signed-in actor are never stored.
 */
export async function cacheForAnonymous(
  request: FastifyRequest,
  dependencies: () => Iterable<string> | Promise<Iterable<string>>,
): Promise<void> {
  if (request.actor !== null) return
  cacheWith(request, await dependencies())
}
