import { describe, expect, it } from 'vitest'
import { ResponseCache, entryBytes } from '../../../src/web/cache/response-cache.js'

const entry = (body: string, tags: string[], expiresAt: number | null = null) => ({
  status: 200,
  contentType: 'text/html; charset=utf-8',
  body: Buffer.from(body),
  lastModified: null,
  tags,
  headers: {},
  expiresAt,
})

describe('response cache', () => {
  it('never grows past its byte bound, whatever is stored', () => {
    const cache = new ResponseCache(64 * 1024)
    for (let i = 0; i < 2000; i += 1)
      cache.set(
        `/?page=${i}`,
        cache.ticket(),
        entry(`page ${i} `.repeat(50 + (i % 200)), [`l:all`]),
      )
    const stats = cache.stats()
    expect(stats.bytes).toBeLessThanOrEqual(64 * 1024)
    expect(stats.entries).toBeGreaterThan(0)
    expect(cache.get('/?page=1999')).toBeDefined()
    expect(cache.get('/?page=0')).toBeUndefined()
  })

  it("counts each entry's key, tags and bookkeeping against the bound, not its body alone", () => {
    const small = { ...entry('User-agent: *', ['robots']), gzip: null, br: null, etag: '"x"' }
    const longKey = `/robots.txt?q=${'x'.repeat(480)}`
    expect(entryBytes(longKey, small) - entryBytes('/robots.txt', small)).toBeGreaterThanOrEqual(
      480,
    )
    expect(entryBytes('/robots.txt', small)).toBeGreaterThanOrEqual(1024)
    // A flood of long keys with tiny answers: the bound holds a few hundred of them, not thousands.
    const cache = new ResponseCache(256 * 1024)
    for (let i = 0; i < 5000; i += 1)
      cache.set(`${longKey}${i}`, cache.ticket(), entry('User-agent: *', ['robots']))
    const stats = cache.stats()
    expect(stats.bytes).toBeLessThanOrEqual(256 * 1024)
    expect(stats.entries).toBeLessThan((256 * 1024) / 1024)
    expect(stats.entries).toBeGreaterThan(50)
  })

  it('keeps a small body in memory of its own, not in a slice of the shared buffer pool', () => {
    const cache = new ResponseCache(64 * 1024)
    const pooled = Buffer.from('User-agent: *')
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.byteLength) // a slice of the pool
    cache.set('/robots.txt', cache.ticket(), { ...entry('', []), body: pooled })
    const kept = cache.get('/robots.txt')?.body
    expect(kept?.toString()).toBe('User-agent: *')
    expect(kept?.buffer.byteLength).toBe(kept?.byteLength)
  })

  it('drops exactly the entries built from an invalidated tag', () => {
    const cache = new ResponseCache(1024 * 1024)
    cache.set('/a', cache.ticket(), entry('a', ['a:1', 'l:all']))
    cache.set('/b', cache.ticket(), entry('b', ['a:2']))
    cache.set('/c', cache.ticket(), entry('c', ['a:1']))
    expect(cache.invalidate(['a:1'])).toBe(2)
    expect(
      [cache.get('/a'), cache.get('/b'), cache.get('/c')].map((e) => e?.body.toString()),
    ).toEqual([undefined, 'b', undefined])
  })

  it('refuses a response rendered before a change to what it shows was made', () => {
    const cache = new ResponseCache(1024 * 1024)
    const ticket = cache.ticket() // the request starts reading
    cache.invalidate(['a:1']) // a change commits while it renders
    expect(cache.set('/a', ticket, entry('stale', ['a:1']))).toBe(false)
    expect(cache.set('/b', ticket, entry('unrelated', ['a:2']))).toBe(true)
    const later = cache.ticket()
    expect(cache.set('/a', later, entry('fresh', ['a:1']))).toBe(true)
    cache.clear()
    expect(cache.set('/c', later, entry('from before the clear', []))).toBe(false)
  })

  it('precomputes gzip and brotli for text, and expires dated entries', () => {
    const cache = new ResponseCache(1024 * 1024)
    cache.set('/page', cache.ticket(), entry('<p>news</p>'.repeat(200), [], Date.now() + 60_000))
    const stored = cache.get('/page')
    expect(stored?.br?.length).toBeLessThan(stored?.body.length ?? 0)
    expect(stored?.gzip?.length).toBeLessThan(stored?.body.length ?? 0)
    expect(stored?.etag).toMatch(/^"[\w-]{22}"$/)
    expect(cache.get('/page', Date.now() + 120_000)).toBeUndefined()
  })
})
