import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { createStore } from '../../src/store/index.js'
import { buildApp } from '../../src/web/app.js'
import { useTestDatabase } from '../support/database.js'

const generated = /^[\w-]+-[0-9a-z]+$/

describe('X-Request-Id', () => {
  const db = useTestDatabase()

  it('is made here and returned on every answer; a client’s own is ignored', async () => {
    const app = await buildApp(db.config(), db.services, { logger: false })
    for (const url of ['/', '/no-such-page', '/api/v1/articles?limit=x', '/healthz']) {
      const res = await app.inject({ url, headers: { 'x-request-id': 'chosen-by-client' } })
      expect(res.headers['x-request-id'], url).toMatch(generated)
    }
    const [a, b] = await Promise.all([app.inject('/healthz'), app.inject('/healthz')])
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id'])
    await app.close()
  })

  it('is the trusted proxy’s when it is a safe token, and made here otherwise', async () => {
    const app = await buildApp(db.config({ MASTHEAD_TRUST_PROXY: 'loopback' }), db.services, {
      logger: false,
    })
    const idFor = async (sent: string, remoteAddress = '127.0.0.1') =>
      (await app.inject({ url: '/healthz', remoteAddress, headers: { 'x-request-id': sent } }))
        .headers['x-request-id']
    expect(await idFor('4f2a9c1e8b7d4e6fa0b1c2d3e4f5a6b7')).toBe('4f2a9c1e8b7d4e6fa0b1c2d3e4f5a6b7')
    expect(await idFor('0b9e6f1c-7d7a-4c1e-9a55-2f0d6a3c4b21')).toBe(
      '0b9e6f1c-7d7a-4c1e-9a55-2f0d6a3c4b21',
    )
    for (const unsafe of ['<script>', 'a b', 'x'.repeat(65), 'id"quoted', ''])
      expect(await idFor(unsafe), unsafe).toMatch(generated)
    expect(await idFor('from-elsewhere-123', '203.0.113.9')).toMatch(generated)
    await app.close()
  })

  it('names each log line of its request', async () => {
    const lines: string[] = []
    const app = await buildApp(db.config(), db.services, {
      logger: { level: 'debug', stream: { write: (line) => void lines.push(line) } },
    })
    const res = await app.inject('/healthz')
    const id = res.headers['x-request-id']
    const logged = lines.map((line) => JSON.parse(line) as { reqId?: string; msg?: string })
    const mine = logged.filter((entry) => entry.reqId === id).map((entry) => entry.msg)
    expect(mine).toEqual(['incoming request', 'request completed'])
    await app.close()
  })
})

describe.runIf(process.env.MASTHEAD_TEST_DB === 'postgres')('request ids in PostgreSQL', () => {
  const db = useTestDatabase()

  it('name the transactions of a request (application_name), and only while they run', async () => {
    const store = createStore(db.database, { fastPaths: true, requestIds: true })
    const seen = async () =>
      (
        await sql<{ name: string }>`SELECT application_name AS name FROM pg_stat_activity
          WHERE application_name = 'masthead req-42'`.execute(db.store.db)
      ).rows.length
    const inRequest = async (): Promise<number> => {
      store.enterRequest('req-42')
      return store.transaction(async (tx) => {
        await tx.settings.getAll()
        return seen()
      })
    }
    try {
      expect(await inRequest()).toBe(1)
      expect(await seen()).toBe(0)
    } finally {
      await store.close()
    }
  })
})
