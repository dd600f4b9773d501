import { describe, expect, it } from 'vitest'
import { Memo } from '../../src/services/site/public-memo.js'
import { useTestDatabase } from '../support/database.js'
import { make, systemTestActor as system } from '../support/make.js'

describe('settings, banner and menus held in memory', () => {
  const db = useTestDatabase()

  it('shows a settings, menu or section change on the next read, and reads once until then', async () => {
    const before = await db.services.settings.get()
    expect(await db.services.settings.get()).toBe(before) // the same object: no second query
    await db.services.settings.update({ actor: system, patch: { title: 'The Saltmarsh Gazette' } })
    expect((await db.services.settings.get()).title).toBe('The Saltmarsh Gazette')
    const main = async () => (await db.services.site.chrome()).view.menus.main
    const ferries = await make.section(db, { slug: 'ferries', name: 'Ferries' })
    // A new section is in no menu until an editor places it.
    expect(await main()).toEqual([])
    await db.services.fronts.menu.save({
      actor: system,
      menu: 'main',
      revision: 0,
      items: [{ kind: 'section', sectionId: ferries.id, label: null }],
    })
    expect(await main()).toEqual([{ kind: 'section', label: 'Ferries', slug: 'ferries' }])
    await db.services.taxonomy.saveSection({
      actor: system,
      section: { name: 'Ferry news', slug: 'ferries', parent: null },
      id: ferries.id,
    })
    expect((await main()).map((e) => e.label)).toEqual(['Ferry news'])
  })

  it('never keeps a read that began before it was told to forget', async () => {
    let version = 0
    let release: () => void = () => undefined
    const memo = new Memo(async () => {
      const seen = version
      await new Promise<void>((resolve) => (release = resolve))
      return seen
    })
    const early = memo.get() // starts reading version 0
    version = 1
    memo.forget() // the change commits while the read is in flight
    release()
    expect(await early).toBe(0) // the request that started earlier may see the old value
    const late = memo.get() // a request arriving after the change reads again
    release()
    expect(await late).toBe(1)
  })

  it('does not keep a failed read', async () => {
    let calls = 0
    const memo = new Memo(async () => {
      calls += 1
      if (calls === 1) throw new Error('database busy')
      return 'ok'
    })
    await expect(memo.get()).rejects.toThrow('database busy')
    expect(await memo.get()).toBe('ok')
  })
})
