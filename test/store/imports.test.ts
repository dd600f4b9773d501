import { describe, expect, it } from 'vitest'
import { useTestDatabase } from '../support/database.js'
import { make } from '../support/make.js'

describe('import bookkeeping store', () => {
  const db = useTestDatabase()
  const now = '2026-05-04T10:00:00.000Z'
  const later = '2026-05-05T10:00:00.000Z'

  it('upserts many import-source rows at once, the last of a repeated item winning', async () => {
    const row = (externalId: string, targetId: string, fingerprint = '') => ({
      source: 'wordpress:x',
      kind: 'article',
      externalId,
      targetId,
      fingerprint,
    })
    await db.store.importSources.upsertMany([row('1', 'a'), row('2', 'b')], now)
    await db.store.importSources.upsertMany(
      [row('2', 'c', 'f1'), row('3', 'd'), row('2', 'e', 'f2')],
      later,
    )
    const found = await db.store.importSources.findMany('wordpress:x', 'article', [
      '1',
      '2',
      '3',
      '4',
    ])
    expect(found.sort((a, b) => a.externalId.localeCompare(b.externalId))).toEqual([
      row('1', 'a'),
      row('2', 'e', 'f2'),
      row('3', 'd'),
    ])
    expect(await db.store.importSources.findMany('wordpress:x', 'tag', ['1'])).toEqual([])
  })

  it('upserts many comments at once, keeping the first id and time of a repeated comment', async () => {
    const [one, two] = [await make.article(db), await make.article(db)]
    const comment = (
      id: string,
      externalId: string,
      articleId: string,
      text: string,
      at = now,
    ) => ({
      id,
      source: 'wordpress:x',
      externalId,
      articleId,
      data: { text },
      createdAt: at,
    })
    await db.store.importedComments.upsertMany([
      comment('00000000-0000-7000-8000-000000000001', 'c1', one.id, 'first'),
      comment('00000000-0000-7000-8000-000000000002', 'c2', one.id, 'other'),
      comment('00000000-0000-7000-8000-000000000003', 'c1', two.id, 'edited', later),
    ])
    expect(await db.store.importedComments.listForArticles([one.id, two.id])).toEqual([
      comment('00000000-0000-7000-8000-000000000001', 'c1', two.id, 'edited'),
      comment('00000000-0000-7000-8000-000000000002', 'c2', one.id, 'other'),
    ])
  })
})
