import { readFileSync } from 'node:fs'
import { articlePath } from '../../../src/domain/permalink.js'
import { Ajv } from 'ajv'
import formats from 'ajv-formats'
import type { FastifyInstance } from 'fastify'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { imageInfo } from '../../../src/render/media.js'
import { useTestDatabase } from '../../support/database.js'
import type { SiteContent } from '../../support/site-content.js'
import { seedSite } from '../../support/site-content.js'
import { fixture } from '../../support/fixtures.js'
import { testApp, xmllint } from '../../support/web.js'

const origin = 'https://news.example.com'
type Item = Parser.Item & {
  'content:encoded'?: string
  author?: string
  creators?: string[]
  media?: { $: Record<string, string>; 'media:credit'?: string[] }[]
}

describe('feeds', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  let content: SiteContent
  let featureUrl = ''

  beforeAll(async () => {
    content = await seedSite(db)
    app = await testApp(db)
    featureUrl = `${origin}${articlePath(content.feature, await db.services.settings.get())}`
  })
  afterAll(async () => app?.close())

  const parser = new Parser<Record<string, never>, Item>({
    customFields: {
      item: [
        ['dc:creator', 'creators', { keepArray: true }],
        ['media:content', 'media', { keepArray: true }],
      ],
    },
  })

  it('serves RSS 2.0 with full content, one dc:creator per byline and media:content with credit', async () => {
    const res = await app.inject('/rss.xml')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('application/rss+xml')
    const feed = await parser.parseString(res.body)
    expect(feed.title).toBeTruthy()
    expect(feed.link).toBe(`${origin}/`)
    const item = feed.items.find((i) => i.link === featureUrl)!
    expect(item.title).toBe('Harbour wall repairs begin after winter storms')
    expect(item.contentSnippet).toContain('six weeks')
    expect(item['content:encoded']).toContain('We lost a metre of stone.')
    expect(item['content:encoded']).toContain('Tom Reed')
    expect(item.creators).toEqual([
      'Mara Quill',
      // eslint-disable-next-line no-control-regex -- the payload holds control characters on purpose
      content.hostileAuthor.name.replace(/[\u0000-\u001f]/g, ''),
    ])
    expect(item.categories).toEqual(['News'])
    expect(new Date(item.pubDate!).toISOString()).toBe(content.feature.publishedAt)
    const media = item.media?.[0]
    expect(media?.$.url).toBe(imageInfo(content.photo, origin).src)
    expect(media?.$.medium).toBe('image')
    expect(media?.['media:credit']?.[0]).toBe('Photo: Ana Ruiz')
  })

  it('serves Atom 1.0 that validates against the RFC 4287 schema', async () => {
    const res = await app.inject('/atom.xml')
    expect(res.headers['content-type']).toContain('application/atom+xml')
    const check = await xmllint(res.body, ['--relaxng', fixture('schema-atom', 'atom.rng')])
    expect(check.output).toContain('validates')
    expect(check.ok).toBe(true)
    const feed = await parser.parseString(res.body)
    const entry = feed.items.find((i) => i.link === featureUrl)!
    expect(entry.title).toBe('Harbour wall repairs begin after winter storms')
    expect(entry.author).toBe('Mara Quill')
    expect(entry.content).toContain('We lost a metre of stone.')
  })

  it('serves JSON Feed 1.1 that validates against its schema', async () => {
    const res = await app.inject('/feed.json')
    expect(res.headers['content-type']).toContain('application/feed+json')
    const schema = JSON.parse(
      readFileSync(fixture('schema-jsonfeed', 'schema-v1.1.json'), 'utf8'),
    ) as object
    const ajv = new Ajv({ strict: false, allErrors: true })
    // ajv-formats is CommonJS: its default export arrives as the module object.
    ;(formats as unknown as { default: (a: Ajv) => void }).default(ajv)
    const validate = ajv.compile(schema)
    const feed = res.json<{
      items: {
        url: string
        title: string
        authors: { name: string }[]
        content_html: string
        image: string
      }[]
    }>()
    expect(validate(feed), JSON.stringify(validate.errors)).toBe(true)
    const item = feed.items.find((i) => i.url === featureUrl)!
    expect(item.title).toBe('Harbour wall repairs begin after winter storms')
    expect(item.authors.map((a) => a.name)[0]).toBe('Mara Quill')
    expect(item.image).toBe(imageInfo(content.photo, origin).src)
  })

  it('has feeds per section (with subsections), tag and author, and 404 for unknown ones', async () => {
    const section = await parser.parseString((await app.inject('/section/news/rss.xml')).body)
    expect(section.items.some((i) => i.title?.startsWith('Court hears case'))).toBe(true)
    const tag = await parser.parseString((await app.inject('/tag/storms/atom.xml')).body)
    expect(tag.items.map((i) => i.link)).toEqual([featureUrl])
    const author = (await app.inject('/author/mara-quill/feed.json')).json<{ items: unknown[] }>()
    expect(author.items.length).toBeGreaterThan(20)
    expect((await app.inject('/section/nothing/rss.xml')).statusCode).toBe(404)
  })

  it('publishes the corrections feed, newest first', async () => {
    const feed = await parser.parseString((await app.inject('/corrections/rss.xml')).body)
    expect(feed.items.map((i) => i.title?.split(':')[0])).toEqual(['Update', 'Correction'])
    expect(feed.items[1]?.link).toBe(featureUrl)
  })

  it('answers conditional GETs with 304 by ETag and by Last-Modified', async () => {
    const first = await app.inject('/rss.xml')
    expect(first.headers['cache-control']).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/)
    const etag = first.headers.etag as string
    const lastModified = first.headers['last-modified'] as string
    expect(etag).toBeTruthy()
    expect(lastModified).toBeTruthy()
    expect(
      (await app.inject({ url: '/rss.xml', headers: { 'if-none-match': etag } })).statusCode,
    ).toBe(304)
    expect(
      (await app.inject({ url: '/rss.xml', headers: { 'if-modified-since': lastModified } }))
        .statusCode,
    ).toBe(304)
    const older = new Date(Date.parse(lastModified) - 60_000).toUTCString()
    expect(
      (await app.inject({ url: '/rss.xml', headers: { 'if-modified-since': older } })).statusCode,
    ).toBe(200)
  })
})
