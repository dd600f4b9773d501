import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { articlePath } from '../../src/domain/permalink.js'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app.js'
import { preferredEncoding } from '../../src/web/encoding.js'
import { useTestDatabase } from '../support/database.js'
import { doc, make } from '../support/make.js'

const decoded = (res: { headers: Record<string, unknown>; rawPayload: Buffer }): string => {
  const encoding = res.headers['content-encoding']
  if (encoding === 'br') return brotliDecompressSync(res.rawPayload).toString()
  if (encoding === 'gzip') return gunzipSync(res.rawPayload).toString()
  return res.rawPayload.toString()
}

describe('compression of public answers', () => {
  it('honours q-values and prefers brotli when the client likes both alike', () => {
    expect(preferredEncoding('gzip, deflate, br')).toBe('br')
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip')
    expect(preferredEncoding('gzip;q=0.5, br;q=0.2')).toBe('gzip')
    expect(preferredEncoding('identity')).toBeNull()
    expect(preferredEncoding('*')).toBe('br')
    expect(preferredEncoding('*;q=0')).toBeNull()
    expect(preferredEncoding(undefined)).toBeNull()
  })

  for (const cacheMb of ['0', '4']) {
    describe(`with MASTHEAD_CACHE_MB=${cacheMb}`, () => {
      const db = useTestDatabase()
      let app: FastifyInstance
      let storyPath = ''
      beforeAll(async () => {
        db.clock.set('2026-06-10T09:00:00.000Z')
        app = await buildApp(
          db.config({
            MASTHEAD_PUBLIC_URL: 'https://news.example.com',
            MASTHEAD_CACHE_MB: cacheMb,
          }),
          db.services,
          { logger: false },
        )
        await make.section(db, { slug: 'harbour', name: 'Harbour' })
        const story = await make.article(db, {
          status: 'published',
          headline: 'Harbour wall repairs begin',
          sections: ['harbour'],
          body: doc('The work will take six weeks. '.repeat(40)),
        })
        db.clock.advance(1000)
        storyPath = articlePath(story, await db.services.settings.get())
      })
      afterAll(() => app.close())

      it('compresses pages, feeds and API reads, stored or not, and the bytes decode to the page', async () => {
        // `?ref=` is a parameter no page reads: answered, never stored.
        const urls = [storyPath, `${storyPath}?ref=x`, '/rss.xml', '/feed.json', '/api/v1/articles']
        for (const url of urls) {
          const plain = await app.inject({ url })
          expect(plain.statusCode, url).toBe(200)
          expect(plain.headers['content-encoding'], url).toBeUndefined()
          expect(String(plain.headers.vary), url).toMatch(/accept-encoding/i)
          for (const [accept, encoding] of [
            ['gzip, deflate, br', 'br'],
            ['br;q=0, gzip', 'gzip'],
          ] as const) {
            const res = await app.inject({ url, headers: { 'accept-encoding': accept } })
            expect(res.headers['content-encoding'], `${url} ${accept}`).toBe(encoding)
            expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length)
            expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length)
            expect(decoded(res), url).toBe(plain.body)
          }
        }
      })

      it('names surrogate keys and answers 304 the same way whether or not the cache holds the page', async () => {
        for (const url of [storyPath, `${storyPath}?ref=y`, '/rss.xml']) {
          const first = await app.inject({ url })
          const keys = String(first.headers['surrogate-key']).split(' ')
          expect(keys, url).toContain('all')
          if (url !== '/rss.xml')
            expect(
              keys.some((k) => k.startsWith('a:')),
              url,
            ).toBe(true)
          const etag = String(first.headers.etag)
          for (const match of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
            const res = await app.inject({ url, headers: { 'if-none-match': match } })
            expect(res.statusCode, `${url} ${match}`).toBe(304)
            expect(String(res.headers.vary), url).toMatch(/accept-encoding/i)
          }
          const changed = await app.inject({ url, headers: { 'if-none-match': '"other"' } })
          expect(changed.statusCode).toBe(200)
        }
      })

      it('compresses the stylesheet, and leaves errors and small answers alone', async () => {
        const home = await app.inject({ url: '/' })
        const css = /<link rel="stylesheet" href="([^"]+)"/.exec(home.body)?.[1] ?? ''
        const res = await app.inject({ url: css, headers: { 'accept-encoding': 'br' } })
        expect(res.statusCode).toBe(200)
        expect(res.headers['content-encoding']).toBe('br')
        expect(brotliDecompressSync(res.rawPayload).toString()).toContain('font-family')
        const missing = await app.inject({
          url: '/no-such-page/',
          headers: { 'accept-encoding': 'br' },
        })
        expect(missing.statusCode).toBe(404)
        expect(missing.headers['content-encoding']).toBeUndefined()
        const robots = await app.inject({
          url: '/robots.txt',
          headers: { 'accept-encoding': 'br' },
        })
        expect(robots.rawPayload.length).toBeLessThan(512)
        expect(robots.headers['content-encoding']).toBeUndefined()
      })
    })
  }
})
