import { get } from 'node:http'
import { articlePath } from '../../../src/domain/permalink.js'
import type { IncomingHttpHeaders } from 'node:http'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../../src/web/app.js'
import { cacheKey, etagMatches } from '../../../src/web/cache/page-cache.js'
import { useTestDatabase } from '../../support/database.js'
import { doc, make, systemTestActor as system } from '../../support/make.js'

describe('page cache', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers })
  beforeAll(async () => {
    db.clock.set('2026-06-10T09:00:00.000Z')
    app = await buildApp(
      db.config({ MASTHEAD_PUBLIC_URL: 'https://news.example.com', MASTHEAD_CACHE_MB: '0.5' }),
      db.services,
      { logger: false },
    )
    await make.section(db, { slug: 'harbour', name: 'Harbour' })
    await make.section(db, { slug: 'boats', name: 'Boats', parent: 'harbour' })
  })
  afterAll(() => app.close())

  async function publishStory(headline: string, sections: string[] = ['boats']) {
    db.clock.advance(60_000)
    const story = await make.article(db, {
      status: 'published',
      headline,
      sections,
      tags: ['Tides'],
      body: doc('Words.'),
    })
    db.clock.advance(1000) // readers come a moment later
    return story
  }

  /** A byline with a bio, and a story it signs published a minute later. */
  async function signedStory(
    slug: string,
    bio: string,
    fields: Parameters<typeof make.article>[1],
  ) {
    const author = await make.author(db, { slug, bio })
    db.clock.advance(60_000)
    const story = await make.article(db, { status: 'published', authors: [slug], ...fields })
    return { author, story }
  }

  it('answers a repeat request from memory, compressed, with 304 on a matching ETag', async () => {
    const story = await publishStory('Dredger arrives at the quay')
    const path = articlePath(story, await db.services.settings.get())
    const first = await get(path)
    expect(first.statusCode).toBe(200)
    expect(first.headers['x-cache']).toBe('miss')
    const second = await get(path, { 'accept-encoding': 'br, gzip' })
    expect(second.headers['x-cache']).toBe('hit')
    expect(second.headers['content-encoding']).toBe('br')
    expect(second.headers['surrogate-key']).toContain(`a:${story.id}`)
    expect(second.headers['content-security-policy']).toBe(first.headers['content-security-policy'])
    const notModified = await get(path, { 'if-none-match': String(second.headers.etag) })
    expect(notModified.statusCode).toBe(304)
    // If-None-Match compares weakly: a proxy's W/ form and a list naming ours also match.
    for (const header of [`W/${second.headers.etag}`, `"other", ${second.headers.etag}`, '*']) {
      const weak = await get(path, { 'if-none-match': header })
      expect(weak.headers['x-cache']).toBe('hit')
      expect(weak.statusCode).toBe(304)
    }
    expect((await get(path, { 'if-none-match': '"other"' })).statusCode).toBe(200)
  })

  it('names the site-wide surrogate key on every cached answer, hit or miss', async () => {
    for (const url of ['/robots.txt', '/rss.xml', '/sitemap.xml', '/api/v1/sections', '/']) {
      const miss = await get(url)
      expect(miss.statusCode).toBe(200)
      const hit = await get(url)
      expect(hit.headers['x-cache']).toBe('hit')
      for (const res of [miss, hit])
        expect(String(res.headers['surrogate-key']).split(' '), url).toContain('all')
    }
  })

  it('shows a change on the very next request of every page, feed and sitemap that lists it', async () => {
    const old = await publishStory('Pilot boat gets a new engine')
    const urls = [
      '/',
      '/section/harbour/',
      '/section/boats/',
      '/tag/tides/',
      '/rss.xml',
      '/section/boats/atom.xml',
      '/feed.json',
      '/sitemap-news.xml',
      '/search?q=trawler',
    ]
    // The sitemap index, its month sitemaps and the sections' sitemap (with each list's date).
    const locs = (xml: string) =>
      [...xml.matchAll(/<loc>https:\/\/news\.example\.com([^<]+)<\/loc>/g)].map((m) => m[1] ?? '')
    const sitemaps = ['/sitemap.xml', ...locs((await get('/sitemap.xml')).body)]
    for (const url of [...urls, ...sitemaps]) await get(url) // warm every one
    for (const url of [...urls, ...sitemaps])
      expect((await get(url)).headers['x-cache'], url).toBe('hit')
    const fresh = await publishStory('Trawler fleet returns early')
    for (const url of urls) {
      const res = await get(url)
      // Search marks the matching word in headlines.
      expect(res.body.replace(/<\/?mark>/g, ''), url).toContain('Trawler fleet returns early')
    }
    const freshPath = articlePath(fresh, await db.services.settings.get())
    const published = String(fresh.publishedAt)
    const index = (await get('/sitemap.xml')).body
    expect(index).toContain(`<lastmod>${published}</lastmod>`)
    const month = locs(index).find((l) => l.includes(published.slice(0, 7))) ?? ''
    expect((await get(month)).body).toContain(`https://news.example.com${freshPath}`)
    expect((await get('/sitemaps/sections.xml')).body).toContain(
      `<loc>https://news.example.com/section/boats/</loc><lastmod>${published}</lastmod>`,
    )
    await db.services.articles.save({
      actor: system,
      id: old.id,
      revision: old.revision,
      changes: { headline: 'Pilot boat engine fails its trial' },
    })
    expect((await get('/')).body).toContain('Pilot boat engine fails its trial')
    expect((await get('/section/boats/')).body).toContain('Pilot boat engine fails its trial')
    await db.services.articles.unpublish({ actor: system, id: fresh.id })
    for (const url of urls.filter((u) => !u.startsWith('/search')))
      expect((await get(url)).body, url).not.toContain('Trawler fleet returns early')
    expect((await get(articlePath(fresh, await db.services.settings.get()))).statusCode).toBe(410)
  })

  it('follows corrections, section moves and settings', async () => {
    const story = await publishStory('Lock gates to be replaced')
    const path = articlePath(story, await db.services.settings.get())
    await get(path)
    await db.services.articles.addCorrection({
      actor: system,
      id: story.id,
      kind: 'correction',
      text: 'The gates date from 1911, not 1921.',
    })
    expect((await get(path)).body).toContain('not 1921')
    expect((await get('/corrections/')).body).toContain('not 1921')
    const moved = await db.services.articles.save({
      actor: system,
      id: story.id,
      revision: story.revision,
      changes: { sections: ['harbour'] },
    })
    expect(moved.sections[0]?.slug).toBe('harbour')
    expect((await get('/section/boats/')).body).not.toContain('Lock gates to be replaced')
    await db.services.settings.update({
      actor: system,
      patch: { title: 'The Estuary Evening Post' },
    })
    expect((await get(path)).body).toContain('The Estuary Evening Post')
    expect((await get('/')).body).toContain('The Estuary Evening Post')
  })

  it('shows an edited byline profile on the next request of the story it signs', async () => {
    const { author: reporter, story } = await signedStory('tide-reporter', 'Writes about tides.', {
      headline: 'Spring tide floods the quay',
    })
    const path = articlePath(story, await db.services.settings.get())
    expect((await get(path)).body).toContain('Writes about tides.')
    await db.services.taxonomy.saveAuthor({
      actor: system,
      author: { bio: 'Harbour correspondent since 2019.' },
      id: reporter.id,
    })
    const body = (await get(path)).body
    expect(body).toContain('Harbour correspondent since 2019.')
    expect(body).not.toContain('Writes about tides.')
  })

  it('drops exactly what shows a renamed tag or an edited byline, and keeps the rest', async () => {
    const { author: writer, story: signed } = await signedStory('quay-writer', 'Covers the quay.', {
      headline: 'Crane hire doubles',
      tags: ['Cranes'],
      sections: ['boats'],
      body: doc('Words.'),
    })
    db.clock.advance(60_000)
    const other = await make.article(db, {
      status: 'published',
      headline: 'Ferry fares frozen',
      tags: ['Fares'],
      sections: ['harbour'],
      body: doc('Words.'),
    })
    db.clock.advance(1000)
    const settings = await db.services.settings.get()
    const signedPath = articlePath(signed, settings)
    const urls = [
      signedPath,
      '/',
      '/tag/cranes/',
      '/tag/fares/',
      '/author/quay-writer/',
      '/api/v1/authors',
      `/api/v1/articles/${signed.id}`,
      `/api/v1/articles/${other.id}`,
    ]
    for (const url of urls) await get(url)
    for (const url of urls) expect((await get(url)).headers['x-cache'], url).toBe('hit')
    const cache = (url: string) => get(url).then((res) => res.headers['x-cache'])

    const cranes = signed.tags[0]?.id ?? ''
    await db.services.taxonomy.renameTag({ actor: system, id: cranes, name: 'Harbour cranes' })
    // The story shows its tags, the tag's page is its own; cards show no tags.
    for (const url of [signedPath, '/tag/cranes/', `/api/v1/articles/${signed.id}`])
      expect(await cache(url), url).not.toBe('hit')
    expect((await get(signedPath)).body).toContain('Harbour cranes')
    for (const url of ['/', '/tag/fares/', '/author/quay-writer/', `/api/v1/articles/${other.id}`])
      expect(await cache(url), url).toBe('hit')

    await db.services.taxonomy.saveAuthor({
      actor: system,
      author: { bio: 'Covers cranes and quays.' },
      id: writer.id,
    })
    // Every card of the story shows the byline; the profile shows on the story and its own page.
    for (const url of [signedPath, '/', '/author/quay-writer/', '/api/v1/authors'])
      expect(await cache(url), url).not.toBe('hit')
    expect((await get(signedPath)).body).toContain('Covers cranes and quays.')
    expect((await get('/author/quay-writer/')).body).toContain('Covers cranes and quays.')
    for (const url of ['/tag/fares/', `/api/v1/articles/${other.id}`])
      expect(await cache(url), url).toBe('hit')
  })

  it('drops a static page, which belongs to no list, when it is edited, corrected or unpublished', async () => {
    const page = await make.article(db, {
      kind: 'page',
      status: 'published',
      headline: 'About the Courier',
      body: doc('Founded in 1890.'),
    })
    const path = articlePath(page, await db.services.settings.get())
    await get(path)
    expect((await get(path)).headers['x-cache']).toBe('hit')
    const edited = await db.services.articles.save({
      actor: system,
      id: page.id,
      revision: page.revision,
      changes: { body: doc('Founded in 1891.') },
    })
    expect((await get(path)).body).toContain('Founded in 1891.')
    await db.services.articles.addCorrection({
      actor: system,
      id: page.id,
      kind: 'correction',
      text: 'Not 1890.',
    })
    expect((await get(path)).body).toContain('Not 1890.')
    await db.services.articles.unpublish({ actor: system, id: edited.id })
    expect((await get(path)).statusCode).toBe(410)
  })

  it('stays within its byte bound under a flood of distinct URLs, and ignores junk query strings', async () => {
    for (let page = 1; page <= 300; page += 1) await get(`/section/harbour/?page=${page}`)
    for (let i = 0; i < 100; i += 1) {
      const res = await get(`/?ref=x${i}`)
      expect(res.statusCode).toBe(200)
      expect(res.headers['x-cache']).toBeUndefined()
    }
    // Tracking parameters are not part of a page's key: a newsletter's link is the cached page.
    await get('/')
    for (let i = 0; i < 100; i += 1) {
      const res = await get(`/?utm_source=newsletter&utm_campaign=c${i}&fbclid=f${i}`)
      expect(res.statusCode).toBe(200)
      expect(res.headers['x-cache']).toBe('hit')
    }
    const stats = app.pageCache?.stats()
    expect(stats?.bytes).toBeLessThanOrEqual(0.5 * 1024 * 1024)
    expect(stats?.entries).toBeGreaterThan(0)
  })
})

describe.runIf(process.env.MASTHEAD_TEST_DB === 'postgres')('page cache across processes', () => {
  const db = useTestDatabase()

  /** Two apps on one database, as two server processes behind a load balancer would be. */
  async function twoProcesses(
    env: Record<string, string>,
    run: (a: FastifyInstance, b: FastifyInstance) => Promise<void>,
  ): Promise<void> {
    const other = db.openAnother()
    const a = await buildApp(db.config(env), db.services, { logger: false })
    const b = await buildApp(db.config(env), other.services, { logger: false })
    try {
      await a.ready()
      await b.ready()
      await run(a, b)
    } finally {
      await a.close()
      await b.close()
    }
  }

  /** The page `app` serves at `path` once it shows `text`, or as it is after a second. */
  async function bodyWithinASecond(app: FastifyInstance, path: string, text: string) {
    const deadline = Date.now() + 1000
    let body = ''
    while (Date.now() < deadline) {
      body = (await app.inject(path)).body
      if (body.includes(text)) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    return body
  }

  it('shows a byline profile edited in one process in the other, within a second', async () => {
    const env = { MASTHEAD_PUBLIC_URL: 'https://news.example.com', MASTHEAD_CACHE_MB: '0' }
    await twoProcesses(env, async (_a, b) => {
      const reporter = await make.author(db, { slug: 'quay-reporter', bio: 'Walks the quay.' })
      const story = await make.article(db, {
        status: 'published',
        headline: 'Harbour master retires',
        authors: ['quay-reporter'],
      })
      const path = articlePath(story, await db.services.settings.get())
      expect((await b.inject(path)).body).toContain('Walks the quay.')
      await db.services.taxonomy.saveAuthor({
        actor: system,
        author: { bio: 'Reports from the harbour wall.' },
        id: reporter.id,
      })
      expect(await bodyWithinASecond(b, path, 'Reports from the harbour wall.')).toContain(
        'Reports from the harbour wall.',
      )
    })
  })

  it('drops a page in a second process when the first publishes, within a second', async () => {
    await twoProcesses({ MASTHEAD_PUBLIC_URL: 'https://news.example.com' }, async (_a, b) => {
      await b.inject('/')
      expect((await b.inject('/')).headers['x-cache']).toBe('hit')
      await make.article(db, { status: 'published', headline: 'Ferry timetable changes on Monday' })
      expect(await bodyWithinASecond(b, '/', 'Ferry timetable changes on Monday')).toContain(
        'Ferry timetable changes on Monday',
      )
    })
  })
})

describe('CDN purge hook', () => {
  const db = useTestDatabase()
  it('posts the changed surrogate keys to the purge URL after a change', async () => {
    const received: { keys: string[] }[] = []
    const { createServer } = await import('node:http')
    const server = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
      req.on('end', () => {
        received.push(JSON.parse(body) as { keys: string[] })
        res.end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as { port: number }).port
    // The byline exists before the app listens for changes: only the story's purge is awaited.
    const byline = await make.author(db)
    const app = await buildApp(
      db.config({ MASTHEAD_PURGE_URL: `http://127.0.0.1:${port}/purge` }),
      db.services,
      { logger: false },
    )
    try {
      const story = await make.article(db, {
        status: 'published',
        headline: 'Quay lights restored',
        authors: [byline.slug],
      })
      for (let i = 0; i < 50 && received.length === 0; i += 1)
        await new Promise((resolve) => setTimeout(resolve, 20))
      expect(received[0]?.keys).toEqual(expect.arrayContaining([`a:${story.id}`, 'l:all']))
      // A change shown on every page purges the key every cached answer carries.
      await db.services.settings.update({ actor: system, patch: { tagline: 'News from the quay' } })
      for (let i = 0; i < 50 && received.length < 2; i += 1)
        await new Promise((resolve) => setTimeout(resolve, 20))
      expect(received[1]?.keys).toEqual(['all'])
    } finally {
      await app.close()
      server.close()
    }
  })
})

describe('page cache in front of the framework (a listening server)', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  let origin = ''
  const fetchText = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${origin}${path}`, { headers })
    return { status: res.status, headers: res.headers, body: await res.text() }
  }
  beforeAll(async () => {
    db.clock.set('2026-06-10T09:00:00.000Z')
    // No public URL: pages link to the host the request named.
    app = await buildApp(db.config({}), db.services, { logger: false })
    await app.listen({ host: '127.0.0.1', port: 0 })
    origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
    await make.article(db, { status: 'published', headline: 'Harbour wall repairs begin' })
    db.clock.advance(1000)
  })
  afterAll(() => app.close())

  it('answers warm requests with the same bytes and headers, and the next request after a change fresh', async () => {
    const first = await fetchText('/')
    expect(first.headers.get('x-cache')).toBe('miss')
    const hit = await fetchText('/')
    expect(hit.headers.get('x-cache')).toBe('hit')
    expect(hit.body).toBe(first.body)
    for (const name of ['content-security-policy', 'cache-control', 'etag', 'content-type'])
      expect(hit.headers.get(name), name).toBe(first.headers.get(name))
    const head = await fetch(`${origin}/`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('x-cache')).toBe('hit')
    expect(await head.text()).toBe('')
    const notModified = await fetchText('/', { 'if-none-match': String(hit.headers.get('etag')) })
    expect(notModified.status).toBe(304)
    await make.article(db, { status: 'published', headline: 'Lifeboat crew wins award' })
    const after = await fetchText('/')
    expect(after.body).toContain('Lifeboat crew wins award')
  })

  it('bounds how long a connection may hold the server, and keeps idle connections 72 s', () => {
    expect(app.server.keepAliveTimeout).toBe(72_000)
    expect(app.server.headersTimeout).toBe(20_000)
    expect(app.server.requestTimeout).toBe(300_000)
    expect(app.server.timeout).toBe(60_000)
  })

  it('never serves a page rendered for one host to another when no public URL is set', async () => {
    await fetchText('/rss.xml', { 'x-forwarded-host': 'attacker.example' })
    const forged = await fetchText('/rss.xml', { 'x-forwarded-host': 'attacker.example' })
    expect(forged.headers.get('x-cache')).toBe('hit')
    expect(forged.body).not.toContain('attacker.example')
    // fetch() sends its own Host; node:http sends the one given.
    const viaHost = (host: string) =>
      new Promise<{ headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
        get(`${origin}/rss.xml`, { headers: { host } }, (res) => {
          let body = ''
          res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
          res.on('end', () => resolve({ headers: res.headers, body }))
        }).on('error', reject)
      })
    await viaHost('other.example')
    const other = await viaHost('other.example')
    expect(other.headers['x-cache']).toBe('hit')
    expect(other.body).toContain('http://other.example/')
    expect(other.headers.vary).toMatch(/\bHost\b/)
    const honest = await fetchText('/rss.xml')
    expect(honest.body).not.toContain('other.example')
    expect(honest.body).toContain(origin)
  })

  it('does not answer API reads that carry credentials from the cache', async () => {
    expect(cacheKey({ method: 'GET', url: '/api/v1/articles', headers: {} }, null)).toBe(
      '/api/v1/articles',
    )
    for (const headers of [{ authorization: 'Bearer x' }, { cookie: 'masthead_session=x' }])
      expect(cacheKey({ method: 'GET', url: '/api/v1/articles', headers }, null)).toBeNull()
    expect(cacheKey({ method: 'POST', url: '/', headers: {} }, null)).toBeNull()
  })

  it('matches If-None-Match as RFC 9110 says: weakly, in a list, or *', () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true)
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true)
    expect(etagMatches('"x", W/"abc" ,"y"', '"abc"')).toBe(true)
    expect(etagMatches('*', '"abc"')).toBe(true)
    expect(etagMatches('"abcd"', '"abc"')).toBe(false)
    expect(etagMatches('abc', '"abc"')).toBe(false)
  })

  it("leaves tracking parameters out of a page's key, but not out of an API read's", () => {
    const key = (url: string) => cacheKey({ method: 'GET', url, headers: {} }, null)
    expect(key('/?utm_source=news&fbclid=x')).toBe('/')
    expect(key('/section/news/?utm_medium=email&page=2&gclid=y')).toBe('/section/news/?page=2')
    expect(key('/?ref=x')).toBeNull()
    expect(key('/api/v1/articles?utm_source=news')).toBeNull()
  })

  it('keys API reads by their documented filters only', () => {
    const key = (url: string, headers: Record<string, string> = {}) =>
      cacheKey({ method: 'GET', url, headers }, null)
    expect(key('/api/v1/articles?tag=tides&section=harbour&limit=5')).toBe(
      '/api/v1/articles?limit=5&section=harbour&tag=tides',
    )
    for (const name of ['status', 'section', 'tag', 'author', 'kind', 'q', 'limit', 'cursor'])
      expect(key(`/api/v1/articles?${name}=x`), name).not.toBeNull()
    // The site's parameters are not the API's, and the other way round.
    expect(key('/api/v1/articles?page=2')).toBeNull()
    expect(key('/api/v1/articles?utm_source=x')).toBeNull()
    expect(key('/api/v1/articles?tag=a&tag=b')).toBeNull()
    expect(key('/section/harbour/?tag=x')).toBeNull()
    expect(key('/section/harbour/?page=2')).toBe('/section/harbour/?page=2')
    expect(key(`/api/v1/articles?q=${'x'.repeat(600)}`)).toBeNull()
    // However the path is spelled, credentials are never keyed.
    for (const url of ['/%61pi/v1/articles', '/API/v1/articles', '/%ZZpi/v1/articles'])
      expect(key(url, { authorization: 'Bearer x' }), url).toBeNull()
    expect(key('http://news.example.com/api/v1/articles')).toBeNull()
  })
})
