import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import parsePrometheusTextFormat from 'parse-prometheus-text-format'
import type { MetricFamily } from 'parse-prometheus-text-format'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articlePath } from '../../src/domain/permalink.js'
import { buildApp } from '../../src/web/app.js'
import { testFastPaths, useTestDatabase } from '../support/database.js'
import { make } from '../support/make.js'

const token = 'metrics-token-0123456789'

/** The request counts by `method status_class route`, read from prom-client's own values. */
async function httpCounts(app: FastifyInstance): Promise<Map<string, number>> {
  const metric = app.metrics?.registry.getSingleMetric('masthead_http_request_duration_seconds')
  const counts = new Map<string, number>()
  const values = ((await metric?.get())?.values ?? []) as {
    metricName?: string
    labels: Record<string, string | number | undefined>
    value: number
  }[]
  for (const { metricName = '', labels, value } of values)
    if (metricName.endsWith('_count'))
      counts.set(`${labels.method} ${labels.status_class} ${labels.route}`, value)
  return counts
}

describe('GET /metrics when no token is configured', () => {
  const db = useTestDatabase()

  it('answers 404, as for any other unknown path', async () => {
    const app = await buildApp(db.config(), db.services, { logger: false })
    const res = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } })
    expect(res.statusCode).toBe(404)
    expect(app.metrics).toBeNull()
    await app.close()
  })
})

describe('GET /metrics with MASTHEAD_METRICS_TOKEN', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  let path: string
  const scrape = async (): Promise<Map<string, MetricFamily>> => {
    const res = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/)
    expect(res.headers['cache-control']).toBe('no-store')
    return new Map(parsePrometheusTextFormat(res.body).map((family) => [family.name, family]))
  }

  beforeAll(async () => {
    const story = await make.article(db, { status: 'published' })
    path = articlePath(story, await db.services.settings.get())
    app = await buildApp(db.config({ MASTHEAD_METRICS_TOKEN: token }), db.services, {
      logger: false,
    })
  })
  afterAll(() => app.close())

  it('refuses a scraper without the token, or with another one, with 401', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789', token, 'Basic x']) {
      const res = await app.inject({
        url: '/metrics',
        headers: authorization !== undefined ? { authorization } : {},
      })
      expect(res.statusCode, authorization).toBe(401)
      expect(res.headers['www-authenticate']).toBe('Bearer realm="metrics"')
      expect(res.json()).toMatchObject({ status: 401, code: 'unauthenticated' })
      expect(res.body).not.toContain('masthead_')
    }
  })

  it('counts requests by route pattern and status class, never by the raw URL', async () => {
    expect((await app.inject(path)).statusCode).toBe(200)
    for (const junk of ['zq-one', 'zq-two', 'zq-three'])
      expect((await app.inject(`/api/v1/zq/${junk}?x=${junk}`)).statusCode).toBe(404)
    expect((await scrape()).get('masthead_http_request_duration_seconds')?.type).toBe('HISTOGRAM')
    // The text parser keeps no labels of a labelled histogram: its values come from prom-client.
    const counts = await httpCounts(app)
    expect(counts.get(`GET 2xx ${'/*'}`)).toBeGreaterThanOrEqual(1)
    expect(counts.get('GET 4xx /*')).toBeGreaterThanOrEqual(3)
    expect([...counts.keys()].join(' ')).not.toMatch(/zq|x=/)
  })

  it('reports the page cache, the database, the scheduler and the event loop', async () => {
    await app.inject(path)
    await app.inject(path)
    const families = await scrape()
    const value = (name: string): number => Number(families.get(name)?.metrics[0]?.value ?? NaN)
    expect(value('masthead_page_cache_hits_total')).toBeGreaterThanOrEqual(1)
    expect(value('masthead_page_cache_misses_total')).toBeGreaterThanOrEqual(1)
    expect(value('masthead_page_cache_bytes')).toBeGreaterThan(0)
    expect(families.get('masthead_page_cache_evictions_total')?.type).toBe('COUNTER')
    expect(families.get('masthead_db_query_duration_seconds')?.type).toBe('HISTOGRAM')
    expect(families.get('masthead_scheduler_lag_seconds')?.type).toBe('HISTOGRAM')
    expect(families.has('nodejs_eventloop_lag_seconds')).toBe(true)
    if (db.kind === 'postgres') {
      expect(value('masthead_db_pool_connections')).toBeGreaterThanOrEqual(1)
      expect(value('masthead_db_pool_waiting')).toBe(0)
      expect(value('masthead_db_listen_connected')).toBe(1)
    } else {
      expect(families.get('masthead_db_pool_connections')?.metrics ?? []).toEqual([])
      expect(families.get('masthead_db_listen_connected')?.metrics ?? []).toEqual([])
    }
  })

  it.runIf(testFastPaths())(
    'counts answers the page cache gives before the framework',
    async () => {
      const served = await buildApp(db.config({ MASTHEAD_METRICS_TOKEN: token }), db.services, {
        logger: false,
      })
      await served.listen({ port: 0, host: '127.0.0.1' })
      const { port } = served.server.address() as AddressInfo
      try {
        await fetch(`http://127.0.0.1:${port}${path}`)
        const hit = await fetch(`http://127.0.0.1:${port}${path}`)
        expect(hit.headers.get('x-cache')).toBe('hit')
        expect(hit.headers.get('x-request-id')).toMatch(/^[\w-]+-[0-9a-z]+$/)
        expect((await httpCounts(served)).get('GET 2xx (page cache)')).toBe(1)
      } finally {
        await served.close()
      }
    },
  )
})

describe('the scheduler’s lag', () => {
  const db = useTestDatabase()

  it('is how long after its time each scheduled story went out', async () => {
    const story = await make.article(db, { status: 'scheduled' })
    db.clock.advance(2 * 3_600_000)
    const late: number[] = []
    const published = await db.services.articles.runScheduler({
      onPublished: (ms) => late.push(ms),
    })
    expect(published).toEqual([story.id])
    expect(late).toEqual([3_600_000])
  })
})
