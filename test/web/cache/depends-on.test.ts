import type { FastifyInstance } from 'fastify'
import { articlePath } from '../../../src/domain/permalink.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allStories, sectionList, tagList } from '../../../src/domain/lists.js'
import { tagsOf } from '../../../src/web/cache/tags.js'
import { useTestDatabase } from '../../support/database.js'
import { doc, make, systemTestActor } from '../../support/make.js'
import { testApp } from '../../support/web.js'

describe('pages cached by what their read depends on', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  const get = (url: string) => app.inject({ url })
  const cached = async (url: string) => (await get(url)).headers['x-cache']
  beforeAll(async () => {
    db.clock.set('2026-06-10T09:00:00.000Z')
    app = await testApp(db)
    for (const slug of ['harbour', 'ferries']) await make.section(db, { slug, name: slug })
  })
  afterAll(() => app.close())

  async function publish(headline: string, sections: string[], tags: string[]) {
    db.clock.advance(60_000)
    const story = await make.article(db, {
      status: 'published',
      headline,
      sections,
      tags,
      body: doc('Words.'),
    })
    db.clock.advance(1000)
    return story
  }

  it("declares the first tag's and section's lists on a story page, which related stories come from", async () => {
    const story = await publish('Pilot boat renamed', ['harbour'], ['Pilots', 'Boats'])
    const path = articlePath(story, await db.services.settings.get())
    const read = await db.services.site.story({ path })
    expect(read.kind).toBe('article')
    if (read.kind !== 'article') return
    const [pilots] = story.tags
    const [harbour] = story.sections
    expect(read.dependsOn.lists).toEqual([
      tagList(pilots?.id ?? ''),
      sectionList(harbour?.id ?? ''),
    ])
    expect(read.dependsOn.lists).not.toContain(allStories)
    expect(tagsOf(read.dependsOn)).toContain(`l:${tagList(pilots?.id ?? '')}`)
  })

  it("goes stale exactly when a story enters its first tag's list", async () => {
    const story = await publish('Harbour pilots train at night', ['harbour'], ['Night', 'Tugs'])
    const path = articlePath(story, await db.services.settings.get())
    await get(path)
    expect(await cached(path)).toBe('hit')

    // In neither list the page took its related stories from: the page stays.
    await publish('Ferry timetable changes', ['ferries'], ['Timetables'])
    expect(await cached(path)).toBe('hit')
    // In its second tag's list only: related stories never come from there.
    await publish('Tug crews honoured', ['ferries'], ['Awards', 'Tugs'])
    expect(await cached(path)).toBe('hit')

    // In its first tag's list: the related stories change, so the page goes.
    const related = await publish('Night crossing on the ferry', ['ferries'], ['Night'])
    const fresh = await get(path)
    expect(fresh.headers['x-cache']).not.toBe('hit')
    expect(fresh.body).toContain(related.headline)
    expect(await cached(path)).toBe('hit')
  })

  it('tags the home page with the lists its zones read and its layout', async () => {
    const sections = await db.services.taxonomy.listSections()
    await db.services.fronts.menu.save({
      actor: systemTestActor,
      menu: 'main',
      revision: 0,
      items: sections.map((s) => ({ kind: 'section' as const, sectionId: s.id, label: null })),
    })
    const home = await db.services.site.home()
    // The default layout: lead and latest from all stories, a block per section of the main menu.
    expect(home.dependsOn.lists).toEqual([allStories, ...sections.map((s) => sectionList(s.id))])
    expect(home.dependsOn.curation).toEqual(['front:home', 'menu:main'])
    expect(tagsOf(home.dependsOn)).toContain('c:front:home')
    expect(home.dependsOn.freshForMs).toBeGreaterThan(0)
  })
})
