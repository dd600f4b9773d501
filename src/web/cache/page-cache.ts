import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FastifyInstance } from 'fastify'
import type { CachedResponse, ResponseCache } from './response-cache.js'
import { responseMaxAgeMs, responseTags, surrogateKeys } from './tags.js'
import type { Encoding } from '../encoding.js'
import { preferredEncoding, varyWithEncoding } from '../encoding.js'
import type { HostScope, RequestSource } from '../origin.js'
import { isKnownParam, learnQueryParams } from './query-params.js'

const maxKeyLength = 512
/**
 * Campaign and click-tracking parameters that newsletters, social networks and ad platforms add to
 * links. No page reads them, so a page's key leaves them out: a story shared with `?utm_source=…`
 * or `?fbclid=…` is the same cached page as without. (API routes refuse unknown parameters, so
 * there they are not dropped.)
 */
const tracking =
  /^(?:utm_[a-z_]{1,40}|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid|twclid)$/

/** What a cache key is computed from: the raw request line and headers. */
type KeySource = Pick<IncomingMessage, 'method' | 'url'> & RequestSource

/**
 * The cache key of a request, or null when it must not be cached nor answered from the cache:
 * only GET/HEAD, no unknown (see query-params.ts) or repeated query parameters (junk query strings cannot fill the
 * cache; tracking parameters are left out of a page's key), bounded length, and no API request
 * carrying credentials (those may see drafts).
 * `hostScope` names the request headers links are built from when no public URL is configured
 * (`Host`, and `X-Forwarded-Proto` behind trusted proxies); their values lead the key, so one
 * host's page is never served to another.
 */
export function cacheKey(request: KeySource, hostScope: HostScope): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const url = request.url ?? '/'
  // Absolute-form targets (`GET http://host/…`) are routed too, but never cached.
  if (url.length > maxKeyLength || !url.startsWith('/')) return null
  const headers = request.headers
  const q = url.indexOf('?')
  const isApi = isApiPath(q < 0 ? url : url.slice(0, q))
  if (isApi && (headers.authorization !== undefined || headers.cookie !== undefined)) return null
  const prefix = hostScope === null ? '' : hostScope.key(request)
  if (q < 0) return prefix + url
  const params = new URLSearchParams(url.slice(q + 1))
  if (!isApi) for (const name of [...params.keys()]) if (tracking.test(name)) params.delete(name)
  const names = [...params.keys()]
  if (names.some((n) => !isKnownParam(isApi, n)) || new Set(names).size !== names.length)
    return null
  if (names.length === 0) return prefix + url.slice(0, q)
  params.sort()
  return `${prefix}${url.slice(0, q)}?${params.toString()}`
}

/** Whether a path is the API's however it is spelled: the router decodes `/%61pi/…` to `/api/…`. */
function isApiPath(path: string): boolean {
  if (!path.includes('%')) return /^\/api\//i.test(path)
  try {
    return /^\/api\//i.test(decodeURIComponent(path))
  } catch {
    return true // undecodable: treated as the API's, so never answered with credentials
  }
}

/** The encoding of an entry to send for this Accept-Encoding (both or neither are stored). */
function bestEncoding(acceptEncoding: string | undefined, entry: CachedResponse): Encoding | null {
  if (entry.br === null || entry.gzip === null) return null
  return preferredEncoding(acceptEncoding)
}

/**
 * Whether an If-None-Match header names this ETag: a list, `*`, and weak forms all count, as
 * If-None-Match compares weakly (RFC 9110 §13.1.2); a proxy may have weakened ours in passing.
 */
export function etagMatches(header: string, etag: string): boolean {
  if (header === etag) return true
  const opaque = etag.startsWith('W/') ? etag.slice(2) : etag
  return header.split(',').some((candidate) => {
    const value = candidate.trim()
    return value === '*' || (value.startsWith('W/') ? value.slice(2) : value) === opaque
  })
}

function notModified(request: IncomingMessage, entry: CachedResponse): boolean {
  const match = request.headers['if-none-match']
  if (match !== undefined) return etagMatches(match, entry.etag)
  const since = request.headers['if-modified-since']
  return (
    since !== undefined &&
    entry.lastModified !== null &&
    Date.parse(entry.lastModified) <= Date.parse(since)
  )
}

/** Writes a cached response to the socket, with header lists built once per entry. */
export function serveCached(
  request: IncomingMessage,
  response: ServerResponse,
  entry: CachedResponse,
): void {
  const prepared = (entry.prepared ??= prepare(entry))
  if (notModified(request, entry)) {
    response.writeHead(304, prepared.notModified)
    response.end()
    return
  }
  const encoding = bestEncoding(request.headers['accept-encoding'], entry)
  if (encoding === 'br') response.writeHead(entry.status, prepared.br)
  else if (encoding === 'gzip') response.writeHead(entry.status, prepared.gzip)
  else response.writeHead(entry.status, prepared.identity)
  if (request.method === 'HEAD') response.end()
  else response.end(encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : entry.body)
}

/** The header lists of an entry's answers (flat name/value arrays). */
function prepare(entry: CachedResponse): NonNullable<CachedResponse['prepared']> {
  const base: string[] = []
  for (const [name, value] of Object.entries(entry.headers))
    if (name !== 'vary') base.push(name, value)
  base.push('etag', entry.etag, 'vary', varyWithEncoding(entry.headers.vary), 'x-cache', 'hit')
  base.push('surrogate-key', surrogateKeys(entry.tags))
  const withBody = (body: Buffer | null, encoding: string | null): string[] => [
    ...base,
    'content-type',
    entry.contentType,
    'content-length',
    String(body?.length ?? 0),
    ...(encoding === null ? [] : ['content-encoding', encoding]),
  ]
  return {
    notModified: base,
    identity: withBody(entry.body, null),
    gzip: withBody(entry.gzip, 'gzip'),
    br: withBody(entry.br, 'br'),
  }
}

const replayed = [
  'vary',
  'cache-control',
  'last-modified',
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'link',
]

/**
 * Adds the page cache to a plugin: answers from memory when it can (requests that came in
 * through `app.inject`, or arrived while the entry was being stored, miss the front path), and
 * stores the 200 answers whose route called `cacheWith`. Register after the plugin's other onSend
 * hooks, so the stored headers are the final ones, and before its routes, so their query
 * parameters are learnt.
 */
export function usePageCache(
  app: FastifyInstance,
  cache: ResponseCache,
  hostScope: HostScope,
  now: () => number,
): void {
  learnQueryParams(app)
  if (!app.hasRequestDecorator('cacheTags')) {
    app.decorateRequest('cacheTags', null)
    app.decorateRequest('cacheTicket', 0)
    app.decorateRequest('cacheMaxAgeMs', null)
    app.decorateRequest('chromeDepends', null)
  }
  app.addHook('onRequest', async (request, reply) => {
    const key = cacheKey(request.raw, hostScope)
    if (key === null) return
    const entry = cache.get(key, now())
    if (entry !== undefined) {
      reply.hijack()
      serveCached(request.raw, reply.raw, entry)
      return
    }
    request.cacheTicket = cache.ticket()
  })
  app.addHook('onSend', async (request, reply, payload) => {
    const key = cacheKey(request.raw, hostScope)
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
    const tags = responseTags(request) ?? []
    const maxAgeMs = responseMaxAgeMs(request)
    const stored = cache.set(key, request.cacheTicket, {
      status: 200,
      contentType: String(reply.getHeader('content-type') ?? 'application/octet-stream'),
      body,
      ...(etag !== undefined ? { etag: String(etag) } : {}),
      lastModified: headers['last-modified'] ?? null,
      tags,
      headers,
      expiresAt: maxAgeMs === null ? null : now() + maxAgeMs,
    })
    // The Surrogate-Key header is named by `nameSurrogateKeys`, for stored answers and others.
    void reply.header('x-cache', 'miss').header('vary', varyWithEncoding(headers.vary))
    const entry = stored ? cache.peek(key) : undefined
    const encoding =
      entry === undefined ? null : bestEncoding(request.headers['accept-encoding'], entry)
    if (entry === undefined || encoding === null) return payload
    void reply
      .header('content-encoding', encoding)
      .header('content-length', (encoding === 'br' ? entry.br : entry.gzip)?.length ?? 0)
    return encoding === 'br' ? entry.br : entry.gzip
  })
}

/**
 * Names the surrogate keys of every answer a route marked cacheable, also when the page cache does
 * not store it (the cache is off, or the URL has no key): a CDN keeps such answers too, and must
 * be able to purge them. (`serveCached` names them for hits, from the stored entry.)
 */
export function nameSurrogateKeys(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    const tags = responseTags(request)
    if (tags !== null && !reply.hasHeader('surrogate-key') && reply.statusCode < 400)
      void reply.header('surrogate-key', surrogateKeys(tags))
    done(null, payload)
  })
}
