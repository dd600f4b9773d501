import type { FastifyInstance } from 'fastify'
import { articlePath } from '../../../src/domain/permalink.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeLines, openBrowser, screenshots, vnuErrors } from '../../support/browser.js'
import { testDbKind, useTestDatabase } from '../../support/database.js'
import type { SiteContent } from '../../support/site-content.js'
import { seedSite } from '../../support/site-content.js'
import { hostile, testApp } from '../../support/web.js'
import { systemTestActor } from '../../support/make.js'

// Java and Chromium are slow to start and test the HTML, which is the same on both databases:
// these run in the sqlite project only.
describe.skipIf(testDbKind() !== 'sqlite')('every page type passes real validators', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  let content: SiteContent
  const pages: Record<string, string> = {}
  /** Pages with trust labels, datelines, policies and byline details (checked by axe apart). */
  const labelledPages: Record<string, string> = {}

  beforeAll(async () => {
    db.clock.set(new Date())
    await db.services.loadDemo()
    content = await seedSite(db)
    // Every page is checked with the breaking-news banner showing, as readers see it on such days.
    await db.services.fronts.banner.save({
      actor: systemTestActor,
      revision: 0,
      banner: {
        text: 'Harbour bridge closed after collision',
        url: '/section/news/',
        expiresAt: null,
      },
    })
    // No configured origin: pages link to the host the browser asked for, so pictures load.
    app = await testApp(db, null)
    const settings = await db.services.settings.get()
    const home = await app.inject('/')
    const demoArticle = /<h2 class="story-headline"><a href="([^"]+)"/.exec(home.body)?.[1] ?? '/'
    // Trust labels: a labelled story of each kind the demo has, a dateline, a policy page. The
    // analysis and the dateline story also carry attributed quotes and a Sources list.
    const demoPath = async (slug: string) => {
      const story = await db.store.articles.findBySlug(slug)
      if (story === null) throw new Error(`the demo has no story ${slug}`)
      return articlePath(story, settings)
    }
    Object.assign(labelledPages, {
      sponsored: await demoPath('kess-valley-orchards-open-for-autumn-tours'),
      analysis: await demoPath('why-the-port-keeps-losing-the-big-ships'),
      review: await demoPath('review-the-lamplighters-daughter'),
      dateline: await demoPath('port-ilsk-bridge-collapse-inquiry'),
      policy: await demoPath('unnamed-sources-policy'),
      demoAuthor: '/author/imogen-thorne/',
    })
    Object.assign(pages, {
      home: '/',
      article: demoArticle,
      feature: articlePath(content.feature, settings),
      hostile: articlePath(content.hostileStory, settings),
      section: '/section/news/',
      section2: '/section/news/?page=2',
      tag: '/tag/harbour/',
      author: '/author/mara-quill/',
      hostileAuthor: '/author/eve/',
      search: '/search?q=harbour',
      searchHostile: `/search?q=${encodeURIComponent(hostile.text)}`,
      searchEmpty: '/search?q=zzzqqq',
      corrections: '/corrections/',
      notFound: '/no/such/page/',
      gone: articlePath(content.gone, settings),
    })
  }, 120_000)
  afterAll(async () => app?.close())
  let address: Promise<string> | null = null
  /** The app on a free local port (once for both browser tests). */
  const listening = (): Promise<string> => (address ??= app.listen({ port: 0, host: '127.0.0.1' }))

  it('checks a labelled, datelined story with attributed quotes and a Sources section', async () => {
    for (const name of ['analysis', 'dateline']) {
      const html = (await app.inject(labelledPages[name] ?? '/')).body
      expect(html, name).toContain('class="story-dateline-place"')
      expect(html, name).toContain('id="sources-title"')
      expect(html, name).toMatch(/<q\b/)
    }
    expect((await app.inject(labelledPages.analysis ?? '/')).body).toContain('>Analysis<')
  })

  it('passes the Nu HTML Checker with no errors', async () => {
    const docs: Record<string, string> = {}
    for (const [name, url] of Object.entries({ ...pages, ...labelledPages }))
      docs[name] = (await app.inject(url)).body
    const errors = await vnuErrors(docs)
    for (const [name, list] of Object.entries(errors)) expect(list, name).toEqual([])
  }, 120_000)

  it('has no serious or critical axe-core violations, and writes screenshots', async () => {
    const address = await listening()
    const browser = await openBrowser()
    try {
      for (const [name, url] of Object.entries(pages)) {
        expect(await axeLines(browser.context, `${address}${url}`), name).toEqual([])
      }
      await screenshots(browser.context, `${address}/`, 'home', [375, 1280])
      await screenshots(browser.context, `${address}${pages.article}`, 'article', [375, 1280])
    } finally {
      await browser.close()
    }
  }, 180_000)

  it('has no serious or critical axe-core violations on labelled stories, policies and bylines', async () => {
    const address = await listening()
    const browser = await openBrowser()
    try {
      for (const [name, url] of Object.entries(labelledPages)) {
        expect(await axeLines(browser.context, `${address}${url}`), name).toEqual([])
      }
    } finally {
      await browser.close()
    }
  }, 180_000)
})
