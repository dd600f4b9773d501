import { articlePath } from '../../../src/domain/permalink.js'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useTestDatabase } from '../../support/database.js'
import { make, systemTestActor as system } from '../../support/make.js'
import { testApp } from '../../support/web.js'

describe('the banner and menus on every page, and what their changes drop', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  const pages: Record<string, string> = {}
  const get = (url: string) => app.inject({ url })
  const cached = async (url: string) => (await get(url)).headers['x-cache']
  const bannerRevision = async () =>
    (await db.services.fronts.banner.get({ actor: system })).revision

  beforeAll(async () => {
    db.clock.set('2026-06-10T09:00:00.000Z')
    app = await testApp(db)
    const harbour = await make.section(db, { slug: 'harbour', name: 'Harbour' })
    await make.section(db, { slug: 'ferries', name: 'Ferries' })
    const about = await make.article(db, {
      kind: 'page',
      status: 'published',
      headline: 'About us',
      slug: 'about',
    })
    await db.services.fronts.menu.save({
      actor: system,
      menu: 'main',
      revision: 0,
      items: [{ kind: 'section', sectionId: harbour.id, label: null }],
    })
    await db.services.fronts.menu.save({
      actor: system,
      menu: 'footer',
      revision: 0,
      items: [
        { kind: 'page', articleId: about.id, label: null },
        { kind: 'link', url: 'https://example.org/ethics', label: 'Ethics' },
      ],
    })
    db.clock.advance(60_000)
    const story = await make.article(db, {
      status: 'published',
      headline: 'Pilot boat renamed',
      sections: ['harbour'],
      tags: ['Boats'],
    })
    const settings = await db.services.settings.get()
    Object.assign(pages, {
      home: '/',
      section: '/section/harbour/',
      tag: '/tag/boats/',
      author: '/author/staff-reporter/',
      article: articlePath(story, settings),
      page: articlePath(about, settings),
      search: '/search?q=pilot',
      corrections: '/corrections/',
    })
  })
  afterAll(() => app.close())

  it('prints the edited menus, not the section tree', async () => {
    const home = (await get('/')).body
    expect(home).toContain('href="/section/harbour/">Harbour</a>')
    expect(home).not.toContain('href="/section/ferries/"')
    expect(home).toContain('>About us</a>')
    expect(home).toContain('href="https://example.org/ethics">Ethics</a>')
  })

  it('shows a set banner on every page type, and setting it drops every cached page', async () => {
    for (const url of Object.values(pages)) {
      expect((await get(url)).statusCode, url).toBe(200)
      expect(await cached(url), url).toBe('hit')
    }
    await db.services.fronts.banner.save({
      actor: system,
      revision: await bannerRevision(),
      banner: { text: 'Harbour bridge closed', url: '/section/harbour/', expiresAt: null },
    })
    for (const [name, url] of Object.entries(pages)) {
      const res = await get(url)
      expect(res.headers['x-cache'], name).not.toBe('hit')
      expect(res.body, name).toContain('Harbour bridge closed')
      expect(res.headers['surrogate-key'], name).toContain('c:banner')
    }
    expect((await get('/no/such/page/')).body).toContain('Harbour bridge closed')
    // Feeds and sitemaps show no banner: they are not dropped.
    await get('/rss.xml')
    expect(await cached('/rss.xml')).toBe('hit')
    await db.services.fronts.banner.save({
      actor: system,
      revision: await bannerRevision(),
      banner: null,
    })
    expect(await cached('/rss.xml')).toBe('hit')
    for (const [name, url] of Object.entries(pages)) {
      const res = await get(url)
      expect(res.headers['x-cache'], name).not.toBe('hit')
      expect(res.body, name).not.toContain('Harbour bridge closed')
    }
  })

  it('drops the home page, not article pages, when the home front changes', async () => {
    await get('/')
    await get(pages.article ?? '')
    expect(await cached('/')).toBe('hit')
    expect(await cached(pages.article ?? '')).toBe('hit')
    const current = await db.services.fronts.front.get({ actor: system, front: 'home' })
    await db.services.fronts.front.save({
      actor: system,
      front: 'home',
      revision: current.revision,
      layout: {
        freshDays: 30,
        zones: [
          {
            id: 'picks',
            kind: 'block',
            title: 'Editors’ picks',
            pins: [],
            rule: { source: 'latest' },
            withPicture: false,
            excludeSectionIds: [],
            excludeWorkTypes: [],
            max: 4,
          },
        ],
      },
    })
    expect(await cached(pages.article ?? '')).toBe('hit')
    expect(await cached('/section/harbour/')).toBe('hit')
    const home = await get('/')
    expect(home.headers['x-cache']).not.toBe('hit')
    expect(home.body).toContain('Editors’ picks')
  })

  it('drops every page when a menu changes, and a linked page’s edit reaches the menus', async () => {
    await get(pages.article ?? '')
    const footer = await db.services.fronts.menu.get({ actor: system, menu: 'footer' })
    await db.services.fronts.menu.save({
      actor: system,
      menu: 'footer',
      revision: footer.revision,
      items: [],
    })
    const res = await get(pages.article ?? '')
    expect(res.headers['x-cache']).not.toBe('hit')
    expect(res.body).not.toContain('>Ethics</a>')
  })

  it('ends an expired banner by the clock: the cached page is not served past it', async () => {
    const expiresAt = new Date(db.clock.now().getTime() + 300_000).toISOString()
    await db.services.fronts.banner.save({
      actor: system,
      revision: await bannerRevision(),
      banner: { text: 'Polls close at ten', url: null, expiresAt },
    })
    expect((await get(pages.article ?? '')).body).toContain('Polls close at ten')
    expect(await cached(pages.article ?? '')).toBe('hit')
    db.clock.advance(300_001)
    const after = await get(pages.article ?? '')
    expect(after.headers['x-cache']).not.toBe('hit')
    expect(after.body).not.toContain('Polls close at ten')
  })
})
