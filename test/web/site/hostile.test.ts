import type { FastifyInstance } from 'fastify'
import { articlePath } from '../../../src/domain/permalink.js'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useTestDatabase } from '../../support/database.js'
import type { SiteContent } from '../../support/site-content.js'
import { seedSite } from '../../support/site-content.js'
import { hostile, testApp } from '../../support/web.js'

/** What XML and HTML can carry of the payload: C0 controls are dropped (both forbid them). */
// eslint-disable-next-line no-control-regex -- the payload holds control characters on purpose
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
const unescapeAttr = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** Every attribute name of every tag, reading double-quoted values as the serializer writes them. */
function attributeNames(page: string): string[] {
  const tags = page.matchAll(/<[a-z][a-z0-9]*((?:\s+[^\s=>"']+(?:="[^"]*")?)*)\s*\/?>/gi)
  return [...tags].flatMap((t) =>
    [...(t[1] ?? '').matchAll(/\s+([^\s=>"']+)(?:="[^"]*")?/g)].map((a) =>
      (a[1] ?? '').toLowerCase(),
    ),
  )
}

describe('hostile content in every sink', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  let content: SiteContent
  let html = ''

  beforeAll(async () => {
    content = await seedSite(db)
    app = await testApp(db)
    const settings = await db.services.settings.get()
    const res = await app.inject(articlePath(content.hostileStory, settings))
    expect(res.statusCode).toBe(200)
    html = res.body
  })
  afterAll(async () => app?.close())

  it('escapes HTML text: no element from the payload reaches the page', () => {
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img src=x')
    expect(attributeNames(html)).toContain('href')
    expect(attributeNames(html).filter((name) => name.startsWith('on'))).toEqual([])
    expect(html).toContain('&lt;/script>&lt;script>alert(1)&lt;/script>')
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
    expect(scripts.every((s) => s === '<script type="application/ld+json">')).toBe(true)
  })

  it('escapes attributes: meta content and alt text read back as the exact input', () => {
    const ogTitle = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1]
    expect(unescapeAttr(ogTitle ?? '')).toBe(xmlSafe(content.hostileStory.headline))
    const alts = [...html.matchAll(/<img [^>]*alt="([^"]*)"/g)].map((m) => unescapeAttr(m[1] ?? ''))
    expect(alts).toContain(hostile.attr)
  })

  it('keeps unsafe link targets out and safe ones intact', () => {
    expect(html).not.toContain('javascript:')
    const hrefs = [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => unescapeAttr(m[1] ?? ''))
    expect(hrefs).toContain(`https://example.org/?a=%22%3E%3Cscript%3Ealert(5)%3C/script%3E&b='x'`)
  })

  it('escapes JSON-LD: `</script>` cannot close the block and the data parses back exactly', () => {
    const blocks = [
      ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
    ].map((m) => m[1] ?? '')
    expect(blocks.length).toBeGreaterThan(0)
    for (const block of blocks) expect(block).not.toMatch(/<|>/)
    const article = JSON.parse(blocks[0]!) as {
      headline: string
      author: { name: string }[]
      correction: { text: string }[]
    }
    expect(article.headline).toBe(content.hostileStory.headline)
    expect(article.author[0]?.name).toBe(content.hostileAuthor.name)
    expect(article.correction[0]?.text).toBe(hostile.text)
  })

  it('escapes XML feeds: a real parser reads the payload back as text', async () => {
    for (const url of [
      '/rss.xml',
      '/tag/tag-script-script-alert-1-script-img-src-x-onerror-alert-2-quoted-single-ampersand-ctl/rss.xml',
      '/author/eve/rss.xml',
      '/corrections/rss.xml',
    ]) {
      const res = await app.inject(url)
      if (res.statusCode === 404) continue
      const feed = await new Parser().parseString(res.body)
      expect(feed.items.length, url).toBeGreaterThan(0)
    }
    const feed = await new Parser({ customFields: { item: ['dc:creator'] } }).parseString(
      (await app.inject('/rss.xml')).body,
    )
    const item = feed.items.find((i) => i.link?.endsWith(`/${content.hostileStory.slug}/`)) as
      (Parser.Item & { 'content:encoded'?: string }) | undefined
    expect(item?.title).toBe(xmlSafe(hostile.text))
    expect((item as unknown as Record<string, string>)['dc:creator']).toBe(
      xmlSafe(content.hostileAuthor.name),
    )
    expect(item?.['content:encoded']).toContain('&lt;/script>&lt;script>alert(1)')
    expect(item?.['content:encoded']).not.toContain('<script')
  })

  it('escapes the search page, whose query is reader input', async () => {
    const res = await app.inject(`/search?q=${encodeURIComponent(hostile.text)}`)
    expect(res.statusCode).toBe(200)
    expect(res.body).not.toContain('<script>alert')
    expect(attributeNames(res.body).filter((name) => name.startsWith('on'))).toEqual([])
  })
})
