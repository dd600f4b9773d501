import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { LRUCache } from 'lru-cache'
import { compressibleType, minCompressBytes } from '../encoding.js'

/** A rendered public response, with the content it was built from (`tags`) and its encodings. */
export interface CachedResponse {
  status: number
  contentType: string
  body: Buffer
  gzip: Buffer | null
  br: Buffer | null
  etag: string
  lastModified: string | null
  tags: string[]
  headers: Record<string, string>
  /** When the content goes out of date by itself (a dateline, a rolling time window), if ever. */
  expiresAt: number | null
  /** The headers of each kind of answer from this entry, as flat name/value lists (built on first use). */
  prepared?: { notModified: string[]; identity: string[]; gzip: string[]; br: string[] }
}

interface ResponseCacheStats {
  entries: number
  bytes: number
  maxBytes: number
  hits: number
  misses: number
  /** Entries pushed out to make room (not those invalidated or replaced). */
  evictions: number
  /** Entries dropped because something they were built from changed. */
  invalidated: number
}

/**
 * A body that holds only its own bytes. A small buffer made from a string is a slice of Node's
 * shared 8 KB pool, and keeping it would keep that whole pool block alive.
 */
function ownBytes(body: Buffer): Buffer {
  if (body.byteLength === body.buffer.byteLength) return body
  const own = Buffer.allocUnsafeSlow(body.byteLength)
  body.copy(own)
  return own
}

/**
 * What an entry costs in memory, as the byte bound counts it: its bodies, its key, its tags, its
 * header values, and a fixed share for the objects, the header lists and the LRU's own slots.
 * Counting only the bodies let a flood of distinct long URLs with small answers
 * (`/robots.txt?q=…`) hold ten times the bound: 180,000 such entries took 700 MB while the cache
 * counted 64. The fixed share was set from such a flood (about 4 KB of memory per entry, garbage
 * included, against 2.5 KB counted with a 1 KB share).
 */
export function entryBytes(key: string, entry: CachedResponse): number {
  let bytes = 2048 + entry.body.length + (entry.gzip?.length ?? 0) + (entry.br?.length ?? 0)
  bytes += 2 * key.length
  // Each tag: its text here and in the joined Surrogate-Key, and this key's slot in its index set.
  for (const tag of entry.tags) bytes += 2 * tag.length + 64
  for (const value of Object.values(entry.headers)) bytes += value.length
  return bytes
}

/**
 * Rendered pages, feeds and sitemaps in memory: an LRU bounded by bytes (all encodings counted),
 * invalidated by tag. Each tag names one thing a response was built from (`a:ID` for an article,
 * `l:section:ID` for a list, `au:ID` for a byline, …; src/web/cache/tags.ts). To never store a
 * page rendered from data that changed while it was being rendered, a request takes a ticket
 * before it reads, and `set` refuses the entry when any of its tags was invalidated after that
 * ticket.
 */
export class ResponseCache {
  private readonly lru: LRUCache<string, CachedResponse>
  private readonly byTag = new Map<string, Set<string>>()
  private readonly invalidatedAt = new Map<string, number>()
  private clearedAt = 0
  private sequence = 0
  private hits = 0
  private misses = 0
  private evictions = 0
  private invalidated = 0

  constructor(readonly maxBytes: number) {
    this.lru = new LRUCache<string, CachedResponse>({
      maxSize: maxBytes,
      sizeCalculation: (e, key) => entryBytes(key, e),
      dispose: (entry, key, reason) => {
        if (reason === 'evict') this.evictions += 1
        this.unlink(key, entry.tags)
      },
    })
  }

  /** A ticket to pass to `set` for a response whose rendering starts now. */
  ticket(): number {
    this.sequence += 1
    return this.sequence
  }

  get(key: string, now = Date.now()): CachedResponse | undefined {
    let entry = this.lru.get(key)
    if (entry !== undefined && entry.expiresAt !== null && entry.expiresAt <= now) {
      this.lru.delete(key)
      entry = undefined
    }
    if (entry === undefined) this.misses += 1
    else this.hits += 1
    return entry
  }

  /** The entry without counting a hit or refreshing its LRU position. */
  peek(key: string): CachedResponse | undefined {
    return this.lru.peek(key)
  }

  /** Stores a response unless something it depends on changed since `ticket`. Returns whether it did. */
  set(
    key: string,
    ticket: number,
    entry: Omit<CachedResponse, 'gzip' | 'br' | 'etag' | 'prepared'> & { etag?: string },
  ): boolean {
    if (
      ticket <= this.clearedAt ||
      entry.tags.some((t) => (this.invalidatedAt.get(t) ?? 0) >= ticket)
    )
      return false
    const compressible =
      entry.body.length >= minCompressBytes && compressibleType.test(entry.contentType)
    const full: CachedResponse = {
      ...entry,
      body: ownBytes(entry.body),
      etag:
        entry.etag ?? `"${createHash('sha1').update(entry.body).digest('base64url').slice(0, 22)}"`,
      // Encoded once at store time, so warm requests never compress.
      gzip: compressible ? gzipSync(entry.body, { level: 6 }) : null,
      br: compressible
        ? brotliCompressSync(entry.body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 5,
              [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
            },
          })
        : null,
    }
    if (this.lru.has(key)) this.lru.delete(key)
    this.lru.set(key, full)
    if (!this.lru.has(key)) return false // larger than the whole cache
    for (const tag of full.tags) {
      let keys = this.byTag.get(tag)
      if (keys === undefined) this.byTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    return true
  }

  /** Drops every entry built from any of the tags. */
  invalidate(tags: readonly string[]): number {
    const at = this.ticket()
    let dropped = 0
    for (const tag of tags) {
      this.invalidatedAt.set(tag, at)
      for (const key of [...(this.byTag.get(tag) ?? [])]) {
        if (this.lru.delete(key)) dropped += 1
      }
    }
    this.invalidated += dropped
    // Forget old invalidation marks now and then; a ticket older than the clear mark is refused anyway.
    if (this.invalidatedAt.size > 50_000) {
      this.invalidatedAt.clear()
      this.clearedAt = at
    }
    return dropped
  }

  /** Drops everything (e.g. after missing invalidations from other processes). */
  clear(): void {
    this.clearedAt = this.ticket()
    this.lru.clear()
    this.byTag.clear()
    this.invalidatedAt.clear()
  }

  stats(): ResponseCacheStats {
    return {
      entries: this.lru.size,
      bytes: this.lru.calculatedSize,
      maxBytes: this.maxBytes,
      hits: this.hits,
      misses: this.misses,
      evictions: this.evictions,
      invalidated: this.invalidated,
    }
  }

  private unlink(key: string, tags: readonly string[]): void {
    for (const tag of tags) {
      const keys = this.byTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.byTag.delete(tag)
    }
  }
}
