import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { cacheKey, usePageCache } from '../../../src/web/cache/page-cache.js'
import { ResponseCache } from '../../../src/web/cache/response-cache.js'

describe("the page cache's query parameters", () => {
  it('keys a parameter as soon as a route declares it, by schema or as a page query', async () => {
    const key = (url: string) => cacheKey({ method: 'GET', url, headers: {} }, null)
    expect(key('/things/?colour=red')).toBeNull()
    expect(key('/api/v1/things?shape=round')).toBeNull()
    const app = Fastify()
    await app.register(async (site) => {
      usePageCache(site, new ResponseCache(1 << 20), null, Date.now)
      site.get('/things/', { config: { pageQuery: ['colour'] } }, async () => 'ok')
    })
    await app.register(
      async (api) => {
        usePageCache(api, new ResponseCache(1 << 20), null, Date.now)
        const querystring = { type: 'object', properties: { shape: { type: 'string' } } }
        api.get('/v1/things', { schema: { querystring } }, async () => 'ok')
      },
      { prefix: '/api' },
    )
    await app.ready()
    expect(key('/things/?colour=red')).toBe('/things/?colour=red')
    expect(key('/api/v1/things?shape=round')).toBe('/api/v1/things?shape=round')
    // Each side keeps its own: a page's parameter does not key an API read, nor the other way.
    expect(key('/api/v1/things?colour=red')).toBeNull()
    expect(key('/things/?shape=round')).toBeNull()
    await app.close()
  })
})
