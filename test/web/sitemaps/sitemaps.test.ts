import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { articlePath } from '../../../src/domain/permalink.js'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { imageInfo } from '../../../src/render/media.js'
import { useTestDatabase } from '../../support/database.js'
import type { SiteContent } from '../../support/site-content.js'
import { seedSite } from '../../support/site-content.js'
import { fixture, sharedFixture, sharedMissing } from '../../support/fixtures.js'
import { testApp, xmllint } from '../../support/web.js'
import { make } from '../../support/make.js'
import type { Article } from '../../../src/domain/article.js'

const origin = 'https://news.example.com'
const locs = (xml: string, tag = 'loc') =>
  [...xml.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, 'g'))].map((m) => m[1] ?? '')

describe('sitemaps and robots.txt', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  let content: SiteContent
  let dir = ''
  let withExtensions = ''

  beforeAll(async () => {
    content = await seedSite(db)
    app = await testApp(db)
    // The core schema allows ##other elements strictly, so news and image entries validate only
    // with their schemas loaded: a wrapper importing all three (see the fixtures' PROVENANCE.md).
    dir = mkdtempSync(join(tmpdir(), 'masthead-xsd-'))
    withExtensions = join(dir, 'wrapper.xsd')
    // sitemap.xsd is in the repository; Google's news and image schemas only in ../shared.
    const imp = (ns: string, file: string) =>
      `<xs:import namespace="${ns}" schemaLocation="file://${file === 'sitemap.xsd' ? fixture('schema-sitemaps', file) : sharedFixture('schema-sitemaps', file)}"/>`
    writeFileSync(
      withExtensions,
      `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${imp('http://www.sitemaps.org/schemas/sitemap/0.9', 'sitemap.xsd')}${imp('http://www.google.com/schemas/sitemap-news/0.9', 'sitemap-news.xsd')}${imp('http://www.google.com/schemas/sitemap-image/1.1', 'sitemap-image.xsd')}</xs:schema>`,
    )
  })
  afterAll(async () => {
    await app?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const valid = async (xml: string, schema: string) => {
    const result = await xmllint(xml, ['--schema', schema])
    expect(result.output).toContain('validates')
    return result.ok
  }
  /**
   * Validates against sitemap.xsd with the news and image extensions, which are not
   * redistributable: without ../shared/fixtures this check is skipped (true), saying why once.
   */
  let toldMissing = false
  const validWithExtensions = async (xml: string) => {
    const missing = sharedMissing('schema-sitemaps/sitemap-news.xsd')
    if (missing === '') return valid(xml, withExtensions)
    if (!toldMissing)
      console.warn(`sitemap validation with Google's news and image schemas skipped: ${missing}`)
    toldMissing = true
    return true
  }

  it('names the sitemap index in robots.txt', async () => {
    const res = await app.inject('/robots.txt')
    expect(res.headers['content-type']).toContain('text/plain')
    expect(res.body).toContain(`Sitemap: ${origin}/sitemap.xml`)
  })

  it('serves an index of monthly article, section, author and news sitemaps that validates', async () => {
    const res = await app.inject('/sitemap.xml')
    expect(res.headers['content-type']).toContain('xml')
    expect(await valid(res.body, fixture('schema-sitemaps', 'siteindex.xsd'))).toBe(true)
    expect(locs(res.body)).toEqual([
      `${origin}/sitemaps/sections.xml`,
      `${origin}/sitemaps/authors.xml`,
      `${origin}/sitemap-news.xml`,
      `${origin}/sitemaps/articles-2026-03.xml`,
    ])
    for (const loc of locs(res.body)) {
      const part = await app.inject(loc.slice(origin.length))
      expect(part.statusCode, loc).toBe(200)
      expect(await validWithExtensions(part.body), loc).toBe(true)
    }
  })

  it('lists each published story once in its month, with image entries, and never unpublished ones', async () => {
    const res = await app.inject('/sitemaps/articles-2026-03.xml')
    const urls = locs(res.body)
    const settings = await db.services.settings.get()
    const featureUrl = `${origin}${articlePath(content.feature, settings)}`
    expect(urls).toContain(featureUrl)
    expect(locs(res.body, 'image:loc')).toContain(imageInfo(content.photo, origin).src)
    expect(res.body).toContain('<image:image><image:loc>')
    expect(urls.some((u) => u.includes(content.gone.slug))).toBe(false)
    const pages = urls
    expect(new Set(pages).size).toBe(pages.length)
    expect(pages.length).toBe(2 + content.filler.length)
    expect((await app.inject('/sitemaps/articles-1999-01.xml')).statusCode).toBe(404)
    expect((await app.inject('/sitemaps/articles-2026-03-1.xml')).statusCode).toBe(404)
  })

  it('lists stories of the last 48 hours in the Google News sitemap', async () => {
    const res = await app.inject('/sitemap-news.xml')
    expect(await validWithExtensions(res.body)).toBe(true)
    expect(res.body).toContain('<news:language>en</news:language>')
    expect(locs(res.body).length).toBe(2 + content.filler.length)
    db.clock.advance(49 * 3_600_000)
    const later = await app.inject('/sitemap-news.xml')
    expect(locs(later.body)).toEqual([`${origin}/`])
    expect(later.body).not.toContain('<news:news>')
    expect(await validWithExtensions(later.body)).toBe(true)
  })

  it('lists sections and authors with stories', async () => {
    const sections = locs((await app.inject('/sitemaps/sections.xml')).body)
    expect(sections).toContain(`${origin}/section/news/`)
    expect(sections).toContain(`${origin}/section/courts/`)
    const authors = locs((await app.inject('/sitemaps/authors.xml')).body)
    expect(authors).toEqual(
      expect.arrayContaining([`${origin}/author/mara-quill/`, `${origin}/author/eve/`]),
    )
  })

  it('leaves sponsored stories out of the Google News sitemap, keeping them in the month sitemaps', async () => {
    const news = await make.article(db, { status: 'published', headline: 'Ferry timetable' })
    const sponsored = await make.article(db, {
      status: 'published',
      headline: 'Orchard tours',
      workType: 'sponsored',
    })
    const opinion = await make.article(db, { status: 'published', workType: 'opinion' })
    const settings = await db.services.settings.get()
    const url = (a: Article) => `${origin}${articlePath(a, settings)}`
    db.clock.advance(60_000)
    const res = await app.inject('/sitemap-news.xml')
    expect(await validWithExtensions(res.body)).toBe(true)
    expect(locs(res.body)).toContain(url(news))
    expect(locs(res.body)).toContain(url(opinion))
    expect(locs(res.body)).not.toContain(url(sponsored))
    const month = db.clock.now().toISOString().slice(0, 7)
    const monthly = await app.inject(`/sitemaps/articles-${month}.xml`)
    expect(locs(monthly.body)).toContain(url(sponsored))
  })
})
