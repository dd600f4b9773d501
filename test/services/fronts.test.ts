import { beforeAll, describe, expect, it } from 'vitest'
import { ForbiddenError, InvalidInputError, StaleRevisionError } from '../../src/domain/errors.js'
import type { FrontLayout } from '../../src/domain/fronts.js'
import { zone } from '../../src/domain/fronts.js'
import type { Section } from '../../src/domain/taxonomy.js'
import { useTestDatabase } from '../support/database.js'
import { make, systemTestActor as system } from '../support/make.js'

const ids = (zones: { items: { id: string }[] }[]) => zones.flatMap((z) => z.items.map((c) => c.id))

describe('fronts, banner and menus (services)', () => {
  const db = useTestDatabase()
  let news: Section
  let local: Section
  let opinion: Section
  let pictured: string

  beforeAll(async () => {
    db.clock.set('2026-06-10T09:00:00.000Z')
    news = await make.section(db, { slug: 'news', name: 'News' })
    local = await make.section(db, { slug: 'local', name: 'Local', parent: 'news' })
    opinion = await make.section(db, { slug: 'opinion', name: 'Opinion' })
    await db.services.fronts.menu.save({
      actor: system,
      menu: 'main',
      revision: 0,
      items: [news, local, opinion].map((s) => ({ kind: 'section', sectionId: s.id, label: null })),
    })
    const photo = await make.media(db)
    for (let i = 0; i < 6; i += 1) {
      db.clock.advance(60_000)
      const story = await make.article(db, {
        status: 'published',
        headline: `Local story ${i}`,
        sections: ['local'],
        ...(i === 1 ? { hero: { mediaId: photo.id, caption: null, credit: null } } : {}),
      })
      if (i === 1) pictured = story.id
    }
    for (let i = 0; i < 3; i += 1) {
      db.clock.advance(60_000)
      await make.article(db, {
        status: 'published',
        headline: `Column ${i}`,
        sections: ['opinion'],
        hero: { mediaId: photo.id, caption: null, credit: null },
      })
    }
  })

  it('fills the default home page with no story twice, the lead a pictured news story', async () => {
    const home = await db.services.site.home()
    const shown = ids(home.view.zones)
    expect(shown.length).toBeGreaterThan(6)
    expect(new Set(shown).size).toBe(shown.length)
    const lead = home.view.zones[0]
    expect(lead?.kind).toBe('lead')
    // The newest pictured stories are columns: the lead passes over them.
    expect(lead?.items.map((c) => c.id)).toEqual([pictured])
    expect(home.view.zones.find((z) => z.kind === 'opinion')?.items).toHaveLength(3)
    expect(home.dependsOn.curation).toEqual(['front:home', 'menu:main'])
  })

  it('keeps no story twice on a front whose rules overlap', async () => {
    const layout: FrontLayout = {
      freshDays: 30,
      zones: [
        zone({ id: 'a', kind: 'block', rule: { source: 'section', sectionId: local.id }, max: 3 }),
        zone({ id: 'b', kind: 'block', rule: { source: 'section', sectionId: news.id }, max: 4 }),
        zone({ id: 'c', kind: 'latest', rule: { source: 'latest' }, max: 20 }),
      ],
    }
    await db.services.fronts.front.save({ actor: system, front: 'home', revision: 0, layout })
    const shown = ids((await db.services.site.home()).view.zones)
    expect(shown).toHaveLength(9)
    expect(new Set(shown).size).toBe(9)
  })

  it('keeps a pinned lead as lead until its pin ends, by the clock alone', async () => {
    const old = await make.article(db, {
      status: 'published',
      headline: 'Pinned exclusive',
      sections: ['local'],
    })
    db.clock.advance(60_000)
    await make.article(db, { status: 'published', headline: 'Newer story', sections: ['local'] })
    const until = new Date(db.clock.now().getTime() + 2 * 3_600_000).toISOString()
    const current = await db.services.fronts.front.get({ actor: system, front: 'home' })
    const layout: FrontLayout = {
      freshDays: 30,
      zones: [
        zone({
          id: 'lead',
          kind: 'lead',
          rule: { source: 'latest' },
          max: 1,
          pins: [{ articleId: old.id, until }],
        }),
        zone({ id: 'latest', kind: 'latest', rule: { source: 'latest' }, max: 5 }),
      ],
    }
    await db.services.fronts.front.save({
      actor: system,
      front: 'home',
      revision: current.revision,
      layout,
    })
    const pinned = await db.services.site.home()
    expect(pinned.view.zones[0]?.items[0]?.headline).toBe('Pinned exclusive')
    expect(ids(pinned.view.zones).filter((id) => id === old.id)).toHaveLength(1)
    expect(pinned.dependsOn.freshForMs).toBeLessThanOrEqual(2 * 3_600_000)
    db.clock.advance(3_600_000)
    expect((await db.services.site.home()).view.zones[0]?.items[0]?.headline).toBe(
      'Pinned exclusive',
    )
    db.clock.advance(3_600_001)
    expect((await db.services.site.home()).view.zones[0]?.items[0]?.headline).toBe('Newer story')
  })

  it('leaves out a zone with nothing from the last N days', async () => {
    const current = await db.services.fronts.front.get({ actor: system, front: 'home' })
    const layout: FrontLayout = {
      freshDays: 1,
      zones: [
        zone({
          id: 'opinion',
          kind: 'opinion',
          rule: { source: 'section', sectionId: opinion.id },
          max: 3,
        }),
      ],
    }
    await db.services.fronts.front.save({
      actor: system,
      front: 'home',
      revision: current.revision,
      layout,
    })
    expect((await db.services.site.home()).view.zones).toHaveLength(1)
    db.clock.advance(2 * 24 * 3_600_000)
    expect((await db.services.site.home()).view.zones).toHaveLength(0)
  })

  it('shows a new section in no menu and on no default front until an editor places it', async () => {
    const fresh = await make.section(db, { slug: 'imported-desk', name: 'Imported desk' })
    await make.article(db, {
      status: 'published',
      headline: 'Imported story',
      sections: ['imported-desk'],
    })
    const { view } = await db.services.site.chrome()
    const all = [...view.menus.main, ...view.menus.secondary, ...view.menus.footer]
    expect(all.map((e) => e.label)).toEqual(['News', 'Local', 'Opinion'])
    const menu = await db.services.fronts.menu.get({ actor: system, menu: 'main' })
    expect(JSON.stringify(menu.value)).not.toContain(fresh.id)
  })

  it('versions every change: stale revisions refused, history listed, undo restores', async () => {
    const editor = await make.user(db, 'editor')
    const author = await make.user(db, 'author')
    const banner = { text: 'Bridge closed', url: '/news/', expiresAt: null }
    await expect(
      db.services.fronts.banner.save({ actor: author, revision: 0, banner }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    const first = await db.services.fronts.banner.save({ actor: editor, revision: 0, banner })
    expect(first.revision).toBe(1)
    await expect(
      db.services.fronts.banner.save({ actor: editor, revision: 0, banner: null }),
    ).rejects.toBeInstanceOf(StaleRevisionError)
    const cleared = await db.services.fronts.banner.save({
      actor: editor,
      revision: 1,
      banner: null,
    })
    expect(cleared.value).toBeNull()
    const history = await db.services.fronts.banner.history({ actor: editor })
    expect(history.map((h) => h.revision)).toEqual([2, 1])
    expect(history[0]?.savedBy).toBe(editor.userId)
    const restored = await db.services.fronts.banner.restore({
      actor: editor,
      revision: 2,
      from: 1,
    })
    expect(restored).toMatchObject({ revision: 3, value: banner })
    await expect(
      db.services.fronts.banner.save({
        actor: editor,
        revision: 3,
        banner: { ...banner, url: 'javascript:alert(1)' },
      }),
    ).rejects.toBeInstanceOf(InvalidInputError)
  })

  it('hides an expired banner without a write, and pages showing it expire with it', async () => {
    const current = await db.services.fronts.banner.get({ actor: system })
    const expiresAt = new Date(db.clock.now().getTime() + 600_000).toISOString()
    await db.services.fronts.banner.save({
      actor: system,
      revision: current.revision,
      banner: { text: 'Storm warning', url: null, expiresAt },
    })
    const live = await db.services.site.chrome()
    expect(live.view.banner?.text).toBe('Storm warning')
    expect(live.dependsOn.freshForMs).toBe(600_000)
    expect(live.dependsOn.curation).toContain('banner')
    db.clock.advance(600_000)
    expect((await db.services.site.chrome()).view.banner).toBeNull()
  })

  it('refuses layouts naming unknown sections or stories, or pinning one story twice', async () => {
    const current = await db.services.fronts.front.get({ actor: system, front: 'home' })
    const bad: FrontLayout = {
      freshDays: 30,
      zones: [
        zone({ id: 'a', kind: 'block', rule: { source: 'section', sectionId: 'nope' }, max: 3 }),
        zone({
          id: 'a',
          kind: 'block',
          rule: { source: 'latest' },
          max: 3,
          pins: [
            { articleId: 'x', until: null },
            { articleId: 'x', until: null },
          ],
        }),
      ],
    }
    const error: unknown = await db.services.fronts.front
      .save({ actor: system, front: 'home', revision: current.revision, layout: bad })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidInputError)
    const fields = (error as InvalidInputError).errors.map((e) => e.field)
    expect(fields).toEqual(
      expect.arrayContaining([
        'zones/0/rule/sectionId',
        'zones/1/id',
        'zones/1/pins',
        'zones/1/pins/0/articleId',
      ]),
    )
  })

  it('puts a section front’s zones above its list, each story once', async () => {
    const layout: FrontLayout = {
      freshDays: 3650,
      zones: [
        zone({ id: 'top', kind: 'lead', rule: { source: 'section', sectionId: news.id }, max: 2 }),
      ],
    }
    await db.services.fronts.front.save({
      actor: system,
      front: `section:${news.id}`,
      revision: 0,
      layout,
    })
    const read = await db.services.site.list({
      kind: 'section',
      slug: 'news',
      page: 1,
      after: null,
    })
    const zoneIds = ids(read?.view.zones ?? [])
    expect(zoneIds).toHaveLength(2)
    const listed = read?.view.list.items.map((c) => c.id) ?? []
    expect(listed.some((id) => zoneIds.includes(id))).toBe(false)
    expect(read?.dependsOn.curation).toEqual([`front:section:${news.id}`])
  })
})
