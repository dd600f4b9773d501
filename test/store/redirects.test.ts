import { describe, expect, it } from 'vitest'
import type { Redirect } from '../../src/domain/redirects.js'
import { useTestDatabase } from '../support/database.js'

const now = '2026-05-04T10:00:00.000Z'

/** The rule each upsert follows, one at a time, on a plain map of old path → new path. */
function reference(start: Map<string, string>, list: readonly Redirect[]): Map<string, string> {
  const map = new Map(start)
  for (const r of list) {
    map.delete(r.toPath)
    for (const [from, to] of map) if (to === r.fromPath) map.set(from, r.toPath)
    map.set(r.fromPath, r.toPath)
  }
  return map
}

/** A small deterministic sequence (mulberry32). */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('redirects store', () => {
  const db = useTestDatabase()
  let n = 0
  const redirect = (fromPath: string, toPath: string, source = 'import'): Redirect => ({
    id: `00000000-0000-7000-8000-${String((n += 1)).padStart(12, '0')}`,
    fromPath,
    toPath,
    statusCode: 301,
    source,
  })
  const all = async (): Promise<Map<string, string>> =>
    new Map((await db.store.redirects.list(10_000, 0)).map((r) => [r.fromPath, r.toPath]))

  it('writes a batch of upserts as if one after another, leaving no chains', async () => {
    const next = random(7)
    const paths = ['/a/', '/b/', '/c/', '/d/', '/e/', '/f/', '/?p=1', '/?p=2']
    const pick = (): string => paths[Math.floor(next() * paths.length)] ?? '/a/'
    const pair = (): Redirect => {
      const from = pick()
      let to = pick()
      while (to === from) to = pick()
      return redirect(from, to)
    }
    for (let round = 0; round < 25; round += 1) {
      await db.store.db.deleteFrom('redirects').execute()
      const before = Array.from({ length: Math.floor(next() * 5) }, pair)
      for (const r of before) await db.store.redirects.upsert(r, now)
      const start = await all()
      expect(start).toEqual(reference(new Map(), before))
      const batch = Array.from({ length: 1 + Math.floor(next() * 8) }, pair)
      await db.store.transaction((tx) => tx.redirects.upsertMany(batch, now))
      const after = await all()
      expect(after).toEqual(reference(start, batch))
      for (const to of after.values()) expect(after.has(to)).toBe(false)
    }
  })

  it('keeps the id and creation time of a redirect it re-points, and updates its status', async () => {
    await db.store.db.deleteFrom('redirects').execute()
    await db.store.redirects.upsert(redirect('/old/', '/mid/', 'auto'), now)
    const first = await db.store.redirects.findByPath('/old/')
    await db.store.redirects.upsertMany(
      [redirect('/mid/', '/new/'), { ...redirect('/old/', '/newer/'), statusCode: 308 }],
      '2026-06-01T00:00:00.000Z',
    )
    const old = await db.store.redirects.findByPath('/old/')
    expect(old).toEqual({ ...first, toPath: '/newer/', statusCode: 308, source: 'import' })
    expect((await db.store.redirects.findByPath('/mid/'))?.toPath).toBe('/new/')
    const rows = await db.store.db.selectFrom('redirects').select('created_at').execute()
    expect(rows.map((r) => r.created_at).sort()).toEqual([now, '2026-06-01T00:00:00.000Z'])
  })
})
