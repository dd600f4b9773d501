import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articlePath } from '../../../src/domain/permalink.js'
import { axeLines, openBrowser, screenshots, vnuErrors } from '../../support/browser.js'
import { testDbKind, useTestDatabase } from '../../support/database.js'
import { systemTestActor as system } from '../../support/make.js'
import { seedSite } from '../../support/site-content.js'
import { hostile, testApp } from '../../support/web.js'

// The second look renders every page type with the default templates: it must pass the same
// validators (validators.test.ts checks the default look). HTML is the same on both databases.
describe.skipIf(testDbKind() !== 'sqlite')('the modern look passes real validators', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  const pages: Record<string, string> = {}

  beforeAll(async () => {
    db.clock.set(new Date())
    await db.services.loadDemo()
    const content = await seedSite(db)
    await db.services.settings.update({
      actor: system,
      patch: { theming: { look: 'modern' } },
    })
    app = await testApp(db, null)
    const settings = await db.services.settings.get()
    const home = await app.inject('/')
    const demoArticle = /<h2 class="story-headline"><a href="([^"]+)"/.exec(home.body)?.[1] ?? '/'
    Object.assign(pages, {
      home: '/',
      article: demoArticle,
      feature: articlePath(content.feature, settings),
      section: '/section/news/',
      tag: '/tag/harbour/',
      author: '/author/mara-quill/',
      demoAuthor: '/author/imogen-thorne/',
      search: '/search?q=harbour',
      searchHostile: `/search?q=${encodeURIComponent(hostile.text)}`,
      corrections: '/corrections/',
      notFound: '/no/such/page/',
      gone: articlePath(content.gone, settings),
    })
  }, 120_000)
  afterAll(async () => app?.close())

  it('serves the modern look’s stylesheet and typeface on every page', async () => {
    for (const [name, url] of Object.entries(pages)) {
      const html = (await app.inject(url)).body
      expect(html, name).toMatch(/<link rel="stylesheet" href="\/assets\/default-modern\./)
      expect(html, name).toContain('/assets/fonts/libre-franklin-latin-400-normal.')
    }
  })

  it('passes the Nu HTML Checker with no errors', async () => {
    const docs: Record<string, string> = {}
    for (const [name, url] of Object.entries(pages)) docs[name] = (await app.inject(url)).body
    const errors = await vnuErrors(docs)
    for (const [name, list] of Object.entries(errors)) expect(list, name).toEqual([])
  }, 120_000)

  it('has no serious or critical axe-core violations, and writes screenshots', async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' })
    const browser = await openBrowser()
    try {
      for (const [name, url] of Object.entries(pages)) {
        expect(await axeLines(browser.context, `${address}${url}`), name).toEqual([])
      }
      await screenshots(browser.context, `${address}/`, 'modern-home', [375, 1280])
      await screenshots(
        browser.context,
        `${address}${pages.article}`,
        'modern-article',
        [375, 1280],
      )
      await screenshots(browser.context, `${address}${pages.demoAuthor}`, 'modern-author', [375])
      await screenshots(browser.context, `${address}/search?q=harbour`, 'modern-search', [375])
    } finally {
      await browser.close()
    }
  }, 180_000)
})
