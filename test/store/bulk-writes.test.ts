import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { useTestDatabase } from '../support/database.js'

describe('bulk writes', () => {
  const db = useTestDatabase()

  it('returns what the writes return, and restores SQLite checkpoints after nested runs', async () => {
    const interval = async (): Promise<number | null> => {
      if (db.kind !== 'sqlite') return null
      const rows = await sql<{ wal_autocheckpoint: number }>`PRAGMA wal_autocheckpoint`.execute(
        db.store.db,
      )
      return rows.rows[0]?.wal_autocheckpoint ?? null
    }
    const normal = await interval()
    const seen: (number | null)[] = []
    const result = await db.store.bulkWrites(async () => {
      seen.push(await interval())
      await db.store.bulkWrites(async () => seen.push(await interval()))
      seen.push(await interval())
      return 'done'
    })
    expect(result).toBe('done')
    await expect(db.store.bulkWrites(() => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    )
    expect(await interval()).toBe(normal)
    if (db.kind === 'sqlite') {
      expect(normal).toBe(1000)
      expect(seen).toEqual([16000, 16000, 16000])
    }
  })
})
