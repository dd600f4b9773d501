import { describe, expect, it } from 'vitest'
import { createStore } from '../../src/store/index.js'
import { useTestDatabase } from '../support/database.js'

describe('what the store tells the metrics', () => {
  const db = useTestDatabase()

  it('times each query through Kysely when asked to, and none when not', async () => {
    const observed = createStore(db.database, { fastPaths: false, observeQueries: true })
    const plain = createStore(db.database, { fastPaths: false })
    const times: number[] = []
    const plainTimes: number[] = []
    const stop = observed.onQuery((ms, hasFailed) => void times.push(hasFailed ? -1 : ms))
    plain.onQuery((ms) => void plainTimes.push(ms))
    try {
      await observed.settings.getAll()
      await plain.settings.getAll()
      expect(times.length).toBeGreaterThanOrEqual(1)
      expect(times.every((ms) => ms >= 0)).toBe(true)
      expect(plainTimes).toEqual([])
      stop()
      await observed.settings.getAll()
      expect(times.length).toBe(1)
    } finally {
      await observed.close()
      await plain.close()
    }
  })

  it('reports the pool on PostgreSQL and none on SQLite', async () => {
    await db.store.settings.getAll()
    const pool = db.store.poolStats()
    if (db.kind === 'sqlite') expect(pool).toBeNull()
    else expect(pool).toMatchObject({ total: expect.any(Number), waiting: 0 })
  })
})
