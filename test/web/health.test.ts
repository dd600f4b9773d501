import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/web/app.js'
import { useTestDatabase } from '../support/database.js'

describe('GET /healthz', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildApp(db.config(), db.services, { logger: false })
  })
  afterAll(() => app.close())

  it('reports the database kind and version', async () => {
    const res = await app.inject('/healthz')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      status: 'ok',
      db: db.kind,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    })
    expect(res.headers['cache-control']).toBe('no-store')
  })
})
