import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { CachedResponse, ResponseCache } from './response-cache.js'

/** Query parameters public pages read; a URL with any other is answered but never cached. */
const knownParams = new Set(['page', 'after', 'q', 'section', 'author'])
const maxKeyLength = 512

/**
 * The cache key of a request, or null when it must not be cached: only GET/HEAD, no unknown or
 * repeated query parameters (junk query strings cannot fill the cache), and bounded length.
 */
export function cacheKey(request: FastifyRequest): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const url = request.url
  if (url.length > maxKeyLength) return null
  const q = url.indexOf('?')
  if (q < 0) return url
  const params = new URLSearchParams(url.slice(q + 1))
  const names = [...params.keys()]
  if (names.some((n) => !knownParams.has(n)) || new Set(names).size !== names.length) return null
  params.sort()
  return `${url.slice(0, q)}?${params.toString()}`
}

type Encoding = 'br' | 'gzip' | null

function bestEncoding(request: FastifyRequest, entry: CachedResponse): Encoding {
  const accept = String(request.headers['accept-encoding'] ?? '')
  if (entry.br !== null && /\bbr\b/.test(accept)) return 'br'
  if (entry.gzip !== null && /\bgzip\b/.test(accept)) return 'gzip'
  return null
}

/** Writes a cached response straight to the socket: the warm path runs no route and no hook. */
function serve(request: FastifyRequest, reply: FastifyReply, entry: CachedResponse): void {
  const headers: Record<string, string | number> = {
    ...entry.headers,
    etag: entry.etag,
    vary: 'accept-encoding',
    'x-cache': 'hit',
  }
  if (entry.tags.length > 0) headers['surrogate-key'] = entry.tags.join(' ')
  const since = request.headers['if-modified-since']
  const notModified =
    request.headers['if-none-match'] !== undefined
      ? request.headers['if-none-match'] === entry.etag
      : since !== undefined &&
        entry.lastModified !== null &&
        Date.parse(entry.lastModified) <= Date.parse(since)
  if (notModified) {
    reply.hijack()
    reply.raw.writeHead(304, headers)
    reply.raw.end()
    return
  }
  const encoding = bestEncoding(request, entry)
  const body = encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : entry.body
  if (encoding !== null) headers['content-encoding'] = encoding
  headers['content-type'] = entry.contentType
  headers['content-length'] = body?.length ?? 0
  reply.hijack()
  reply.raw.writeHead(entry.status, headers)
  reply.raw.end(request.method === 'HEAD' ? undefined : body)
}

const replayed = [
  'cache-control',
  'last-modified',
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'link',
]

/**
 * Adds the page cache to a public plugin: answers from memory when it can, and stores the 200
 * answers whose route called `cacheWith`. Register after the plugin's other onSend hooks, so the
 * stored headers are the final ones.
 */
export function usePageCache(app: FastifyInstance, cache: ResponseCache, now: () => number): void {
  app.decorateRequest('cacheTags', null)
  app.decorateRequest('cacheTicket', 0)
  app.decorateRequest('cacheMaxAgeMs', null)
  app.addHook('onRequest', async (request, reply) => {
    const key = cacheKey(request)
    if (key === null) return
    const entry = cache.get(key, now())
    if (entry !== undefined) return serve(request, reply, entry)
    request.cacheTicket = cache.ticket()
  })
  app.addHook('onSend', async (request, reply, payload) => {
    const key = cacheKey(request)
    if (
      key === null ||
      request.cacheTags === null ||
      reply.statusCode !== 200 ||
      request.cacheTicket === 0
    )
      return payload
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
    const headers: Record<string, string> = {}
    for (const name of replayed) {
      const value = reply.getHeader(name)
      if (value !== undefined) headers[name] = String(value)
    }
    const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload)
    const etag = reply.getHeader('etag')
    const stored = cache.set(key, request.cacheTicket, {
      status: 200,
      contentType: String(reply.getHeader('content-type') ?? 'application/octet-stream'),
      body,
      ...(etag !== undefined ? { etag: String(etag) } : {}),
      lastModified: headers['last-modified'] ?? null,
      tags: [...new Set(request.cacheTags)],
      headers,
      expiresAt: request.cacheMaxAgeMs === null ? null : now() + request.cacheMaxAgeMs,
    })
    void reply.header('x-cache', 'miss').header('vary', 'accept-encoding')
    if (request.cacheTags.length > 0)
      void reply.header('surrogate-key', [...new Set(request.cacheTags)].join(' '))
    const entry = stored ? cache.peek(key) : undefined
    const encoding = entry === undefined ? null : bestEncoding(request, entry)
    if (entry === undefined || encoding === null) return payload
    void reply
      .header('content-encoding', encoding)
      .header('content-length', (encoding === 'br' ? entry.br : entry.gzip)?.length ?? 0)
    return encoding === 'br' ? entry.br : entry.gzip
  })
}
