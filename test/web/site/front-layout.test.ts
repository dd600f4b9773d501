import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articlePath } from '../../../src/domain/permalink.js'
import { axeSerious, openBrowser, vnuErrors } from '../../support/browser.js'
import { testDbKind, useTestDatabase } from '../../support/database.js'
import { systemTestActor } from '../../support/make.js'
import { testApp } from '../../support/web.js'

/** Where the screenshots are kept (gitignored; CI keeps `test-artifacts/` as artifacts). */
const shots = join('test-artifacts', 'screenshots')
const widths = [375, 1280]

/** The demo at a fixed midday in June (London summer time), so some of its stories are today's. */
async function demoApp(db: ReturnType<typeof useTestDatabase>): Promise<FastifyInstance> {
  db.clock.set('2026-06-10T12:30:00.000Z')
  await db.services.loadDemo()
  return testApp(db, null)
}

describe('cards on fronts and lists', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  beforeAll(async () => {
    app = await demoApp(db)
  }, 120_000)
  afterAll(async () => app?.close())

  it('shows today’s stories by their time of day and older ones by date, in <time datetime>', async () => {
    for (const url of ['/', '/section/news/']) {
      const html = (await app.inject(url)).body
      expect(html, url).toMatch(/<time datetime="2026-06-10T[^"]+" class="today">\d\d:\d\d<\/time>/)
      expect(html, url).toMatch(/<time datetime="2026-0[56]-\d\dT[^"]+">\d{1,2} (May|Jun)<\/time>/)
    }
  })

  it('keeps fronts and lists no later than the publication’s midnight, when times turn into dates', async () => {
    db.clock.set('2026-06-10T22:59:30.000Z') // 23:59:30 in London (summer time)
    try {
      const list = await db.services.site.list({
        kind: 'section',
        slug: 'news',
        page: 1,
        after: null,
      })
      expect(list?.dependsOn.freshForMs).toBeLessThanOrEqual(30_000)
      expect((await db.services.site.home()).dependsOn.freshForMs).toBeLessThanOrEqual(30_000)
    } finally {
      db.clock.set('2026-06-10T12:30:00.000Z')
    }
  })

  it('keeps serving a front and a section page from the cache', async () => {
    for (const url of ['/', '/section/news/']) {
      await app.inject(url)
      expect((await app.inject(url)).headers['x-cache'], url).toBe('hit')
    }
  })

  it('gives opinion a columnist’s treatment on cards and on its page', async () => {
    const home = (await app.inject('/')).body
    expect(home).toMatch(/class="story story-compact story-view has-portrait"/)
    expect(home).toContain('class="columnist"')
    const settings = await db.services.settings.get()
    const column = await db.store.articles.findBySlug('harbour-quarter-deserves-better')
    if (column === null) throw new Error('the demo has no opinion column')
    const page = (await app.inject(articlePath(column, settings))).body
    expect(page).toContain('class="article article-view"')
    expect(page).toContain('class="columnist-byline"')
  })

  it('links a section’s sub-sections and opens its page with a lead', async () => {
    const html = (await app.inject('/section/news/')).body
    expect(html).toContain('aria-label="Sections in News"')
    expect(html).toContain('href="/section/local/"')
    expect(html).toContain('class="story story-lead')
  })
})

// Chromium and Java are slow to start and the pages are the same on both databases.
describe.skipIf(testDbKind() !== 'sqlite')('the reader’s site at phone and desktop widths', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  const pages: Record<string, string> = {}
  beforeAll(async () => {
    app = await demoApp(db)
    const settings = await db.services.settings.get()
    const path = async (slug: string) => {
      const story = await db.store.articles.findBySlug(slug)
      if (story === null) throw new Error(`the demo has no story ${slug}`)
      return articlePath(story, settings)
    }
    Object.assign(pages, {
      home: '/',
      section: '/section/news/',
      opinion: await path('harbour-quarter-deserves-better'),
      breaking: await path('port-ilsk-bridge-collapse-inquiry'),
    })
  }, 120_000)
  afterAll(async () => app?.close())

  const setBanner = () =>
    db.services.fronts.banner.save({
      actor: systemTestActor,
      revision: 0,
      banner: {
        text: 'Port Ilsk bridge inquiry opens',
        url: pages.breaking ?? '/',
        expiresAt: null,
      },
    })

  it('passes the Nu HTML Checker on the opinion story and the section front', async () => {
    const docs: Record<string, string> = {}
    for (const name of ['opinion', 'section'])
      docs[name] = (await app.inject(pages[name] ?? '/')).body
    for (const [name, list] of Object.entries(await vnuErrors(docs))) expect(list, name).toEqual([])
  }, 120_000)

  it('fits a phone: a short home page with many stories, no sideways scrolling, axe clean', async () => {
    await setBanner()
    const address = await app.listen({ port: 0, host: '127.0.0.1' })
    const browser = await openBrowser()
    mkdirSync(shots, { recursive: true })
    try {
      for (const [name, url] of Object.entries(pages)) {
        for (const width of widths) {
          const page = await browser.context.newPage()
          await page.setViewportSize({ width, height: 900 })
          await page.goto(`${address}${url}`)
          await page.evaluate(
            '(async () => { for (let y = 0; y < document.body.scrollHeight; y += 600) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 20)) } window.scrollTo(0, 0) })()',
          )
          await page.waitForLoadState('networkidle')
          const size = await page.evaluate(() => ({
            height: document.documentElement.scrollHeight,
            scrollWidth: document.documentElement.scrollWidth,
            stories: new Set(
              [...document.querySelectorAll('main .story-headline a')].map((a) =>
                a.getAttribute('href'),
              ),
            ).size,
            banner: document.querySelector('.breaking') !== null,
          }))
          expect(size.scrollWidth, `${name} at ${width}`).toBeLessThanOrEqual(width)
          expect(size.banner, name).toBe(true)
          if (name === 'home' && width === 375) {
            expect(size.height).toBeLessThanOrEqual(5000)
            expect(size.stories).toBeGreaterThanOrEqual(12)
          }
          await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true })
          await page.close()
        }
        const violations = await axeSerious(browser.context, `${address}${url}`)
        expect(
          violations.map((v) => `${v.id}: ${v.help}`),
          name,
        ).toEqual([])
      }
    } finally {
      await browser.close()
    }
  }, 180_000)
})
