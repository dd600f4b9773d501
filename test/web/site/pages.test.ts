import type { FastifyInstance } from 'fastify'
import { articlePath } from '../../../src/domain/permalink.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { originalPath } from '../../../src/domain/media.js'
import { imageInfo } from '../../../src/render/media.js'
import { useTestDatabase } from '../../support/database.js'
import type { SiteContent } from '../../support/site-content.js'
import { seedSite } from '../../support/site-content.js'
import { systemTestActor as system } from '../../support/make.js'
import { testApp } from '../../support/web.js'

const origin = 'https://news.example.com'

describe('public site pages', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  let content: SiteContent
  const path = (a: { id: string }) => {
    const article = [content.feature, content.hostileStory, ...content.filler].find(
      (x) => x.id === a.id,
    )
    return new URL(
      `${origin}/${article?.publishedAt?.slice(0, 10).replaceAll('-', '/')}/${article?.slug}/`,
    ).pathname
  }

  beforeAll(async () => {
    content = await seedSite(db)
    app = await testApp(db)
  })
  afterAll(async () => app?.close())

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers })

  it('renders an article with sections, byline links, dates, credit, quote, correction and author boxes', async () => {
    const res = await get(path(content.feature))
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/html')
    const html = res.body
    expect(html).toContain('<h1>Harbour wall repairs begin after winter storms</h1>')
    expect(html).toContain('href="/section/news/"')
    expect(html).toContain('href="/author/mara-quill/"')
    expect(html).toContain('href="/author/eve/"')
    expect(html).toMatch(/<time datetime="2026-03-01T08:2\d:00\.000Z">/)
    expect(html).toContain('Photo: Ana Ruiz')
    expect(html).toContain('<span class="speaker">Tom Reed</span>')
    expect(html).toContain('misnamed the harbour master')
    expect(html).toContain('Mara covers the harbour and the courts.')
    expect(html).toContain('https://www.youtube-nocookie.com/embed/abcdefghijk')
    expect(html).toContain(`<link rel="canonical" href="${origin}${path(content.feature)}"/>`)
    expect(html).toContain('href="/tag/harbour/"')
  })

  it('describes the article in JSON-LD: NewsArticle with the required fields, and a BreadcrumbList', async () => {
    const html = (await get(path(content.feature))).body
    const blocks = [
      ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
    ].map((m) => JSON.parse(m[1]!) as Record<string, unknown>)
    const article = blocks.find((b) => b['@type'] === 'NewsArticle')!
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: 'Harbour wall repairs begin after winter storms',
      image: [imageInfo(content.photo, origin).src],
      datePublished: content.feature.publishedAt,
      author: [
        { '@type': 'Person', name: 'Mara Quill', url: `${origin}/author/mara-quill/` },
        { '@type': 'Person', url: `${origin}/author/eve/` },
      ],
      publisher: { '@type': 'NewsMediaOrganization', url: `${origin}/` },
      articleSection: ['News'],
      correction: [
        { '@type': 'CorrectionComment', text: 'An earlier version misnamed the harbour master.' },
      ],
    })
    expect(Date.parse(article.dateModified as string)).toBeGreaterThan(
      Date.parse(content.feature.publishedAt!),
    )
    const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList') as {
      itemListElement: { item: string }[]
    }
    expect(crumbs.itemListElement.map((i) => i.item)).toEqual([
      `${origin}/`,
      `${origin}/section/news/`,
      `${origin}${path(content.feature)}`,
    ])
  })

  it('answers 410 for an unpublished story and 404 for an unknown path, as HTML', async () => {
    const gone = await get(
      `/${content.gone.publishedAt?.slice(0, 10).replaceAll('-', '/')}/${content.gone.slug}/`,
    )
    expect(gone.statusCode).toBe(410)
    expect(gone.headers['content-type']).toContain('text/html')
    const missing = await get('/no/such/page/')
    expect(missing.statusCode).toBe(404)
    expect(missing.body).toContain('Page not found')
  })

  it('redirects /feed/, a changed slug, and non-canonical case and slashes with 301', async () => {
    expect((await get('/feed/')).headers.location).toBe('/rss.xml')
    const upper = await get('/Section/News?page=2')
    expect(upper.statusCode).toBe(301)
    expect(upper.headers.location).toBe('/section/news/?page=2')
    const feature = await db.services.articles.get({ actor: null, id: content.feature.id })
    const renamed = await db.services.articles.save({
      actor: system,
      id: feature.id,
      revision: feature.revision,
      changes: { slug: 'harbour-wall-repairs' },
    })
    const old = await get(path(content.feature))
    expect(old.statusCode).toBe(301)
    expect(old.headers.location).toBe(articlePath(renamed, await db.services.settings.get()))
    content.feature = renamed
  })

  it('paginates lists by keyset: cursor links and bare ?page=N show the same stories', async () => {
    const first = await get('/section/news/')
    expect(first.statusCode).toBe(200)
    const next = /<a href="([^"]+)" rel="next">/.exec(first.body)?.[1]?.replaceAll('&amp;', '&')
    expect(next).toMatch(/^\/section\/news\/\?page=2&after=/)
    const viaCursor = await get(next!)
    const viaNumber = await get('/section/news/?page=2')
    const headlines = (html: string) =>
      [...html.matchAll(/class="story-headline"><a href="([^"]+)"/g)].map((m) => m[1])
    expect(headlines(viaCursor.body)).toEqual(headlines(viaNumber.body))
    expect(headlines(viaCursor.body).length).toBeGreaterThan(0)
    expect(headlines(first.body)).not.toContain(headlines(viaNumber.body)[0])
  })

  it('answers 400 for bad page values and an empty page past the end, never 500', async () => {
    for (const q of [
      '?page=0',
      '?page=-1',
      '?page=abc',
      '?page=1e3',
      '?page=99999999999',
      '?page=2&page=3',
      '?page=2&after=zzz',
      '?after=abc',
    ]) {
      expect((await get(`/section/news/${q}`)).statusCode, q).toBe(400)
    }
    const past = await get('/section/news/?page=9000')
    expect(past.statusCode).toBe(200)
    expect(past.body).toContain('No stories here on this page')
    expect((await get('/search?q=harbour&page=zz')).statusCode).toBe(400)
    expect((await get('/search?q[]=x&section[a]=b')).statusCode).toBe(200)
  })

  it('shows author, tag and section pages with their own feeds and a 404 for unknown ones', async () => {
    const author = await get('/author/mara-quill/')
    expect(author.statusCode).toBe(200)
    expect(author.body).toContain('Mara covers the harbour')
    expect(author.body).toContain('"@type":"ProfilePage"')
    expect(author.body).toContain('href="/author/mara-quill/rss.xml"')
    expect((await get('/tag/harbour/')).statusCode).toBe(200)
    expect((await get('/tag/nothing-here/')).statusCode).toBe(404)
    expect((await get('/section/courts/')).body).toContain('"@type":"CollectionPage"')
  })

  it('searches with ranked, highlighted snippets, filters, and an empty state', async () => {
    const res = await get('/search?q=harbour')
    expect(res.statusCode).toBe(200)
    // "Harbour" is only in the headline, which is the result's link: the snippet under it is the
    // standfirst, not the headline again.
    expect(res.body).toMatch(
      /<p class="snippet">Engineers expect the work to take six weeks\.(<\/p>|\s)/,
    )
    expect(res.body).not.toContain('<p class="snippet">Harbour wall')
    const inBody = await get('/search?q=monday')
    expect(inBody.body).toMatch(/<p class="snippet">[^<]*<mark>Monday<\/mark>/)
    const filtered = await get('/search?q=harbour&author=mara-quill&section=news')
    expect(filtered.body).toContain('<mark>Harbour</mark> wall repairs')
    const none = await get('/search?q=zebracrossingxyz')
    expect(none.body).toContain('No stories match')
  })

  it('lists every public correction newest first, linked to its story', async () => {
    const res = await get('/corrections/')
    expect(res.statusCode).toBe(200)
    const first = res.body.indexOf('Update</strong>')
    const second = res.body.indexOf('Correction</strong>')
    expect(first).toBeGreaterThan(-1)
    expect(second).toBeGreaterThan(first)
  })

  it('sends caching and security headers, and 304 for a matching ETag', async () => {
    const res = await get('/')
    expect(res.headers['cache-control']).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+/)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBeDefined()
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline')
    const etag = res.headers.etag as string
    expect(etag).toBeTruthy()
    expect((await get('/', { 'if-none-match': etag })).statusCode).toBe(304)
    const missing = await get('/nope/')
    expect(missing.headers['cache-control']).toContain('s-maxage')
  })

  it('serves the stylesheet, the icon and media originals with immutable caching and the right type', async () => {
    const home = await get('/')
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(home.body)?.[1]
    const sheet = await get(css!)
    expect(sheet.statusCode).toBe(200)
    expect(sheet.headers['content-type']).toContain('text/css')
    expect(sheet.headers['cache-control']).toContain('immutable')
    const iconHref = /<link rel="icon" href="([^"]+)" type="image\/svg\+xml"/.exec(home.body)?.[1]
    const icon = await get(iconHref!)
    expect(icon.statusCode).toBe(200)
    expect(icon.headers['content-type']).toBe('image/svg+xml')
    expect(icon.headers['cache-control']).toContain('immutable')
    expect(icon.body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    const favicon = await get('/favicon.ico')
    expect(favicon.statusCode).toBe(301)
    expect(favicon.headers.location).toBe(iconHref)
    const media = await get(originalPath(content.photo))
    expect(media.statusCode).toBe(200)
    expect(media.headers['content-type']).toBe('image/png')
    expect(media.headers['cache-control']).toContain('immutable')
    const etag = media.headers.etag as string
    expect((await get(originalPath(content.photo), { 'if-none-match': etag })).statusCode).toBe(304)
    expect((await get('/media/%2e%2e%2fmasthead.db')).statusCode).toBe(404)
    expect((await get(`/media/${content.photo.id}/original-1920.png`)).statusCode).toBe(404)
  })
})
