import { describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import { importArticlePages } from '../../src/importers/article-page/import-article-page.js'
import { importWxr } from '../../src/importers/wxr/import-wxr.js'
import type { TestDb } from '../support/database.js'
import { useTestDatabase } from '../support/database.js'
import { fixture, requireShared, sharedFixture } from './fixtures.js'

const actor = systemActor('test')

/** Every stored suggestion of every story, read from the store. */
async function storedSuggestions(db: TestDb) {
  const articles = await db.store.db.selectFrom('articles').select('id').orderBy('id').execute()
  const all = []
  for (const a of articles) all.push(...(await db.store.attributionSuggestions.list(a.id)))
  return all
}

describe('attribution suggestions on import', () => {
  const db = useTestDatabase()

  it('stores open suggestions for imported WordPress posts and counts them in the report', async () => {
    const report = await importWxr(db.services, actor, fixture('wordpress', 'wxr-small.xml'))
    const stored = await storedSuggestions(db)
    expect(stored.length).toBeGreaterThan(0)
    expect(report.imported['attribution suggestion']).toBe(stored.length)
    expect(stored.every((s) => s.origin === 'import' && s.status === 'open')).toBe(true)
    expect(stored).toContainEqual(
      expect.objectContaining({
        speakerName: 'Anna Brask',
        role: 'central bank governor',
        sourcing: 'on-record',
        trigger: 'said',
      }),
    )

    const again = await importWxr(db.services, actor, fixture('wordpress', 'wxr-small.xml'))
    expect(again.imported['attribution suggestion']).toBeUndefined() // unchanged posts are left alone
    expect((await storedSuggestions(db)).map((s) => s.id).sort()).toEqual(
      stored.map((s) => s.id).sort(),
    )
  })
})

describe('attribution suggestions on an article page import', () => {
  requireShared('seed')
  const db = useTestDatabase()

  it('stores the seed article’s sources as suggestions', async () => {
    const report = await importArticlePages(db.services, actor, [
      sharedFixture('seed', 'article.txt'),
    ])
    const stored = await storedSuggestions(db)
    expect(report.imported['attribution suggestion']).toBe(stored.length)
    const facts = new Set(
      stored.map((s) => `${s.speakerName ?? '—'} | ${s.sourcing} | ${s.relayed?.outlet ?? '—'}`),
    )
    expect(facts).toContain('Dmitry Peskov | on-record | —')
    expect(facts).toContain('— | anonymous | Tass')
    expect(facts).toContain('Sergei Lavrov | on-record | First Channel TV')
  })
})
