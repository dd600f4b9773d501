import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { useTestDatabase } from '../support/database.js'
import { make } from '../support/make.js'

describe('curation store (migration 015)', () => {
  const db = useTestDatabase()

  it('seeds the main menu once from the top-level sections of a database being upgraded', async () => {
    const world = await make.section(db, { slug: 'world', name: 'World' })
    const sport = await make.section(db, { slug: 'sport', name: 'Sport' })
    await make.section(db, { slug: 'cricket', name: 'Cricket', parent: 'sport' })
    // As if the database predated 015: its tables and its record gone, then the upgrade.
    await sql`DROP TABLE curation_revisions`.execute(db.store.db)
    await sql`DROP TABLE curation`.execute(db.store.db)
    await sql`DELETE FROM kysely_migration WHERE name = '015-curation'`.execute(db.store.db)
    expect(await db.store.migrate()).toEqual(['015-curation'])
    const menu = await db.store.curation.find('menu:main')
    expect(menu?.revision).toBe(1)
    const items = (menu?.value as { items: { sectionId: string }[] }).items
    expect(items.map((i) => i.sectionId).sort()).toEqual([world.id, sport.id].sort())
    expect(await db.store.curation.history('menu:main', 10)).toHaveLength(1)
    // Sections made after the upgrade are in no menu.
    await make.section(db, { slug: 'imported', name: 'Imported' })
    expect((await db.services.site.chrome()).view.menus.main.map((e) => e.label).sort()).toEqual([
      'Sport',
      'World',
    ])
  })

  it('writes a version only over the revision it was based on', async () => {
    const record = (revision: number, value: unknown) => ({
      key: 'banner',
      revision,
      value,
      savedAt: new Date().toISOString(),
      savedBy: null,
      savedByName: 'test',
    })
    expect(await db.store.curation.save(record(1, { text: 'a' }), 0)).toBe(true)
    expect(await db.store.curation.save(record(1, { text: 'b' }), 0)).toBe(false)
    expect(await db.store.curation.save(record(2, null), 1)).toBe(true)
    expect(await db.store.curation.save(record(3, null), 1)).toBe(false)
    expect((await db.store.curation.find('banner'))?.value).toBeNull()
    expect((await db.store.curation.version('banner', 1))?.value).toEqual({ text: 'a' })
    expect((await db.store.curation.history('banner', 10)).map((r) => r.revision)).toEqual([2, 1])
  })
})
