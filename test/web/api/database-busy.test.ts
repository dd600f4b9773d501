import Database from 'better-sqlite3'
import { describe, expect, it, vi } from 'vitest'
import { useApi } from './support.js'

// The store waits up to ten seconds for the write lock before giving up.
vi.setConfig({ testTimeout: 60_000 })

describe.runIf(process.env.MASTHEAD_TEST_DB !== 'postgres')(
  'a SQLite write lock another process holds too long',
  () => {
    const api = useApi()

    it('answers 503 database-unavailable with Retry-After, then writes again once it is released', async () => {
      const editor = await api.user('editor')
      const database = api.db.database
      if (database.kind !== 'sqlite') throw new Error('sqlite only')
      // What a long import or a backup tool in another process does to the database file.
      const other = new Database(database.file)
      other.exec('BEGIN IMMEDIATE')
      try {
        const res = await api.call({
          as: editor,
          method: 'POST',
          url: '/api/v1/articles',
          payload: { headline: 'Held up' },
        })
        expect(res.statusCode, res.body).toBe(503)
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
        expect(res.headers['retry-after']).toMatch(/^\d+$/)
        expect(res.json()).toMatchObject({ status: 503, code: 'database-unavailable' })
      } finally {
        other.exec('ROLLBACK')
        other.close()
      }
      const again = await api.call({
        as: editor,
        method: 'POST',
        url: '/api/v1/articles',
        payload: { headline: 'Through' },
      })
      expect(again.statusCode, again.body).toBe(201)
    })
  },
)
