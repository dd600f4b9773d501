import { describe, expect, it } from 'vitest'
import { articlePath } from '../../src/domain/permalink.js'
import { buildApp } from '../../src/web/app.js'
import { useTestDatabase } from '../support/database.js'
import { seedSite } from '../support/site-content.js'

interface Answer {
  status: number
  headers: Record<string, string>
  body: string
}

// The web's fast-path equivalence test (docs/performance.md): one listening server with every fast
// path on (store, serialiser, warm pages answered before Fastify) and one with MASTHEAD_FAST_PATHS
// =off give the same status, headers and bytes, cold and warm, for pages, feeds, sitemaps and API
// reads, compressed or not, and the same 304s. They run one after the other: the serialiser is
// chosen for the whole process when an app is built.
describe('a server with and without its fast paths', () => {
  const db = useTestDatabase()

  async function answers(fastPaths: boolean, paths: string[]): Promise<Answer[]> {
    const { services } = db.openAnother({ fastPaths })
    const config = db.config({
      MASTHEAD_PUBLIC_URL: 'https://news.example.com',
      MASTHEAD_FAST_PATHS: fastPaths ? 'on' : 'off',
    })
    const app = await buildApp(config, services, { logger: false })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
    const out: Answer[] = []
    try {
      for (const path of paths)
        for (const encoding of ['identity', 'gzip, br'])
          // Cold, warm, and warm with the ETag the warm answer gave.
          for (const round of ['cold', 'warm', 'revalidate']) {
            const etag = out[out.length - 1]?.headers.etag ?? ''
            const headers: Record<string, string> = { 'accept-encoding': encoding }
            if (round === 'revalidate') headers['if-none-match'] = etag
            const res = await fetch(`${origin}${path}`, { headers })
            // The date and the request id differ from answer to answer on any server.
            const kept = [...res.headers].filter(
              ([name]) => name !== 'date' && name !== 'x-request-id',
            )
            out.push({
              status: res.status,
              headers: Object.fromEntries(kept),
              body: Buffer.from(await res.arrayBuffer()).toString('base64'),
            })
          }
    } finally {
      await app.close()
    }
    return out
  }

  it('answers every kind of public read with the same status, headers and bytes', async () => {
    const content = await seedSite(db)
    const settings = await db.services.settings.get()
    const paths = [
      '/',
      articlePath(content.feature, settings),
      articlePath(content.hostileStory, settings),
      '/section/news/',
      '/section/courts/?page=2',
      `/author/${content.reporter.slug}/`,
      '/search?q=court',
      '/no-such-page/',
      '/rss.xml',
      '/feed.json',
      '/sitemap.xml',
      '/api/v1/articles?limit=5',
    ]
    const fast = await answers(true, paths)
    const plain = await answers(false, paths)
    expect(fast.length).toBe(paths.length * 6)
    // Warm answers did come from the cache, before Fastify on one side and in its hook on the other.
    expect(fast.filter((a) => a.headers['x-cache'] === 'hit').length).toBeGreaterThan(paths.length)
    for (const [i, answer] of fast.entries())
      expect(answer, `${paths[Math.floor(i / 6)]} #${i % 6}`).toStrictEqual(plain[i])
  })
})
