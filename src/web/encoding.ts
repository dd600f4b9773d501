import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import Negotiator from 'negotiator'

/** The encodings we send, best first. */
export type Encoding = 'br' | 'gzip'
const offered: Encoding[] = ['br', 'gzip']

/** Bodies smaller than this are sent as they are: compressing them gains a packet at most. */
export const minCompressBytes = 512

/** Content types worth compressing: text, the JSON and XML of the API, feeds and sitemaps, SVG. */
export const compressibleType =
  /^(?:text\/|image\/svg\+xml|application\/(?:json|xml|rss\+xml|atom\+xml|feed\+json|ld\+json|problem\+json))/

// Browsers send a handful of distinct Accept-Encoding values; each is parsed once.
const chosen = new Map<string, Encoding | null>()

/**
 * The encoding to answer with for an `Accept-Encoding` header (q-values honoured, so `br;q=0`
 * refuses brotli), or null for none.
 */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (acceptEncoding === undefined || acceptEncoding === '') return null
  let encoding = chosen.get(acceptEncoding)
  if (encoding === undefined) {
    // `preferred` (negotiator 1.x; its type definitions are older) breaks ties of equal q by our
    // order, so "gzip, deflate, br" gets brotli.
    const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }) as {
      encoding(available: readonly string[], options: { preferred: readonly string[] }): unknown
    }
    const best = negotiator.encoding(offered, { preferred: offered })
    encoding = best === 'br' || best === 'gzip' ? best : null
    if (chosen.size >= 256) chosen.clear()
    chosen.set(acceptEncoding, encoding)
  }
  return encoding
}

/** The Vary header with `accept-encoding` added, unless it is there already. */
export function varyWithEncoding(vary: string | undefined): string {
  if (vary === undefined || vary === '') return 'accept-encoding'
  return /\baccept-encoding\b/i.test(vary) ? vary : `${vary}, accept-encoding`
}

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * Compresses the public answers that were not served or stored compressed by the page cache:
 * every answer when the cache is off, and those it cannot keep (unknown query parameters, larger
 * than the whole cache, rendered while what they show changed). Only `200` answers that shared
 * caches may keep (`Cache-Control: public`) are compressed: they hold no secret that a reflected
 * input could help guess through the compressed length. Compression runs on libuv's thread pool,
 * so a large feed does not hold up other requests. Register after every other onSend hook.
 */
export function compressPublicAnswers(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const status = reply.statusCode
    if ((status !== 200 && status !== 304) || reply.hasHeader('content-encoding')) return payload
    if (!String(reply.getHeader('cache-control') ?? '').startsWith('public')) return payload
    if (!compressibleType.test(String(reply.getHeader('content-type') ?? ''))) return payload
    // A 304 carries the Vary its 200 would (RFC 9110 §15.4.5).
    const vary = reply.getHeader('vary')
    void reply.header('vary', varyWithEncoding(vary === undefined ? undefined : String(vary)))
    if (status !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return payload
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload
    if (body.length < minCompressBytes) return payload
    const encoding = preferredEncoding(request.headers['accept-encoding'])
    if (encoding === null || request.method === 'HEAD') return payload
    const compressed =
      encoding === 'br'
        ? await brotli(body, {
            params: {
              // One step below the cache's quality 5, as this runs on every request.
              [constants.BROTLI_PARAM_QUALITY]: 4,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          })
        : await gzipAsync(body, { level: 6 })
    void reply.header('content-encoding', encoding).header('content-length', compressed.length)
    return compressed
  })
}
