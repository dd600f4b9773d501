import type { FastifyInstance } from 'fastify'
import { XMLParser } from 'fast-xml-parser'
import { DomUtils, parseDocument } from 'htmlparser2'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useTestDatabase } from '../../support/database.js'
import { systemTestActor as system } from '../../support/make.js'
import { seedSite } from '../../support/site-content.js'
import { hostile, testApp } from '../../support/web.js'

/** The elements a feed reader would build from a field it renders as HTML. */
const elementsIn = (html: string): string[] =>
  DomUtils.findAll(() => true, parseDocument(html).children).map((e) => e.name)

/** The text a reader shows for a field it renders as HTML. */
const textOf = (html: string): string => DomUtils.textContent(parseDocument(html))

/** Elements a reader must never run or load from a story's HTML. */
const dangerous = (html: string): string[] =>
  DomUtils.findAll(
    (e) =>
      ['script', 'object'].includes(e.name) ||
      Object.keys(e.attribs).some((a) => a.startsWith('on')),
    parseDocument(html).children,
  ).map((e) => e.name)

describe('feed fields readers render as HTML', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  const rss = new Parser()
  const xml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    htmlEntities: true,
  })

  beforeAll(async () => {
    await seedSite(db)
    await db.services.settings.update({
      actor: system,
      patch: { tagline: `${hostile.text} ${hostile.attr}` },
    })
    app = await testApp(db)
  })
  afterAll(async () => app?.close())

  it.each(['/rss.xml', '/section/odd/rss.xml', '/author/eve/rss.xml', '/corrections/rss.xml'])(
    'escapes plain text as HTML in every RSS description of %s',
    async (url) => {
      const res = await app.inject(url)
      expect(res.statusCode).toBe(200)
      const feed = await rss.parseString(res.body)
      expect(elementsIn(feed.description ?? '')).toEqual([])
      expect(textOf(feed.description ?? '')).toContain('<img src=x onerror=alert(2)>')
      const hostileItems = feed.items.filter((i) => textOf(i.content ?? '').includes('onerror'))
      expect(hostileItems.length).toBeGreaterThan(0)
      for (const item of feed.items) expect(elementsIn(item.content ?? '')).toEqual([])
      for (const item of feed.items as (Parser.Item & { 'content:encoded'?: string })[])
        expect(dangerous(item['content:encoded'] ?? '')).toEqual([])
    },
  )

  it('marks Atom text constructs as text, and its HTML content carries no live markup', async () => {
    const doc = xml.parse((await app.inject('/atom.xml')).body) as {
      feed: {
        title: { '@type': string }
        subtitle: { '@type': string; '#text': string }
        entry: {
          title: { '@type': string }
          summary?: { '@type': string }
          content: { '@type': string; '#text': string }
        }[]
      }
    }
    expect(doc.feed.title['@type']).toBe('text')
    expect(doc.feed.subtitle['@type']).toBe('text')
    expect(doc.feed.subtitle['#text']).toContain('<img src=x')
    for (const entry of doc.feed.entry) {
      expect(entry.title['@type']).toBe('text')
      if (entry.summary !== undefined) expect(entry.summary['@type']).toBe('text')
      expect(entry.content['@type']).toBe('html')
      expect(dangerous(entry.content['#text'])).toEqual([])
    }
  })

  it('keeps JSON Feed summaries plain text and content_html free of live markup', async () => {
    const feed = (await app.inject('/feed.json')).json<{
      items: { summary?: string; content_html?: string; content_text?: string }[]
    }>()
    const withHostileSummary = feed.items.filter((i) => (i.summary ?? '').includes('<img src=x'))
    expect(withHostileSummary.length).toBe(1)
    for (const item of feed.items) {
      expect(item.content_text).toBeUndefined()
      expect(dangerous(item.content_html ?? '')).toEqual([])
      expect(elementsIn(item.content_html ?? '')).not.toContain('script')
    }
  })
})
