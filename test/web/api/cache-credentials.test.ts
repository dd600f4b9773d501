import { connect } from 'node:net'
import { beforeAll, describe, expect, it } from 'vitest'
import type { FastifyRequest } from 'fastify'
import { cacheForAnonymous } from '../../../src/web/api/v1/http-cache.js'
import { cacheKey } from '../../../src/web/cache/page-cache.js'
import { make, systemTestActor as system } from '../../support/make.js'
import type { Caller } from './support.js'
import { useApi } from './support.js'

/** One raw HTTP/1.1 exchange, for request targets fetch() would normalise. */
const rawGet = (port: number, target: string, headers: Record<string, string>) =>
  new Promise<string>((resolve, reject) => {
    const lines = Object.entries({ host: '127.0.0.1', ...headers, connection: 'close' })
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(
        `GET ${target} HTTP/1.1\r\n${lines.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`,
      ),
    )
    let out = ''
    socket.on('data', (chunk: Buffer) => (out += chunk.toString()))
    socket.on('close', () => resolve(out))
    socket.on('error', reject)
  })

describe('api page cache on a listening server: credentials', () => {
  // No public URL: keys are bound to the host, as on a default installation.
  const api = useApi()
  let origin = ''
  let port = 0
  let editor: Caller
  let draftId = ''
  const fetchJson = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${origin}${path}`, { headers })
    return { status: res.status, headers: res.headers, body: await res.text() }
  }

  beforeAll(async () => {
    if (api.db.store === undefined) return
    await api.app.listen({ host: '127.0.0.1', port: 0 })
    port = (api.app.server.address() as { port: number }).port
    origin = `http://127.0.0.1:${port}`
    editor = await api.user('editor')
    await make.article(api.db, { status: 'published', headline: 'Harbour wall repairs begin' })
    draftId = (await make.article(api.db, { headline: 'Embargoed budget leak' })).id
  })

  const anonymousUrls = () => [
    '/api/v1/articles',
    '/api/v1/articles?limit=50',
    '/api/v1/articles?status=draft',
    '/api/v1/articles?q=budget',
    '/%61pi/v1/articles',
  ]

  it('serves anonymous reads from memory before routing, with the headers of the first answer', async () => {
    for (const url of anonymousUrls()) {
      const first = await fetchJson(url)
      expect(first.status, url).toBe(200)
      expect(first.body, url).not.toContain('Embargoed budget leak')
      const hit = await fetchJson(url)
      expect(hit.headers.get('x-cache'), url).toBe('hit')
      expect(hit.body).toBe(first.body)
      for (const name of ['content-type', 'cache-control', 'etag', 'vary', 'surrogate-key'])
        expect(hit.headers.get(name), `${url} ${name}`).toBe(first.headers.get(name))
    }
    const draft = await fetchJson(`/api/v1/articles/${draftId}`)
    expect(draft.status).toBe(404)
  })

  it('never answers a token or a session from the cache: the editor sees the draft at once', async () => {
    const asToken = { authorization: `Bearer ${editor.token}` }
    const asCookie = { cookie: editor.cookie }
    for (const headers of [asToken, asCookie]) {
      for (const url of anonymousUrls()) {
        const res = await fetchJson(url, headers)
        expect(res.status, url).toBe(200)
        expect(res.headers.get('x-cache'), url).toBeNull()
        expect(res.headers.get('cache-control'), url).toBe('private, no-store')
        expect(res.body, url).toContain('Embargoed budget leak')
      }
      const draft = await fetchJson(`/api/v1/articles/${draftId}`, headers)
      expect(draft.status).toBe(200)
      expect(draft.headers.get('x-cache')).toBeNull()
    }
    // An absolute-form request target reaches the API as well; it is never keyed.
    const absolute = await rawGet(port, `${origin}/api/v1/articles`, asToken)
    expect(absolute).toMatch(/^HTTP\/1\.1 200/)
    expect(absolute).not.toMatch(/x-cache/i)
    expect(absolute).toContain('Embargoed budget leak')
  })

  it('keeps what an editor read out of the anonymous answers', async () => {
    for (const url of anonymousUrls()) {
      const res = await fetchJson(url)
      expect(res.headers.get('x-cache'), url).toBe('hit')
      expect(res.body, url).not.toContain('Embargoed budget leak')
    }
    api.app.pageCache?.clear()
    for (const url of anonymousUrls()) {
      await fetchJson(url, { authorization: `Bearer ${editor.token}` })
      const res = await fetchJson(url)
      expect(res.headers.get('x-cache'), url).toBe('miss')
      expect(res.body, url).not.toContain('Embargoed budget leak')
    }
  })
})

describe('api page cache: what is never kept', () => {
  const api = useApi({ MASTHEAD_PUBLIC_URL: 'https://news.example.com' })
  const twice = async (url: string) => {
    await api.call({ url })
    return api.call({ url })
  }

  it('keeps no error: bad filters, junk parameters, drafts, unknown routes', async () => {
    const draft = await make.article(api.db, { headline: 'Not yet' })
    for (const [url, status] of [
      ['/api/v1/articles?utm_source=newsletter', 400],
      ['/api/v1/articles?limit=1000', 400],
      ['/api/v1/articles?cursor=not-a-cursor', 400],
      ['/api/v1/articles?tag=a&tag=b', 400],
      [`/api/v1/articles/${draft.id}`, 404],
      ['/api/v1/authors/nobody', 404],
      ['/api/v1/me', 401],
    ] as const) {
      const res = await twice(url)
      expect(res.statusCode, url).toBe(status)
      expect(res.headers['x-cache'], url).toBeUndefined()
      expect(res.headers['content-type'], url).toContain('application/problem+json')
      expect(res.headers['cache-control'], url).toBe('private, no-store')
      expect(res.headers.etag, url).toBeUndefined()
    }
    const unknown = await twice('/api/v1/no-such-route')
    expect(unknown.statusCode).toBe(404)
    expect(unknown.headers['x-cache']).toBeUndefined()
    await api.db.services.articles.publish({ actor: system, id: draft.id })
    expect((await api.call({ url: `/api/v1/articles/${draft.id}` })).statusCode).toBe(200)
  })

  it('marks a read cacheable only when it was computed for an anonymous reader', async () => {
    const request = (actor: unknown) =>
      ({ actor, cacheTags: null, cacheMaxAgeMs: null }) as unknown as FastifyRequest
    const signedIn = request(system)
    await cacheForAnonymous(signedIn, () => ['a:1'])
    expect(signedIn.cacheTags).toBeNull()
    const anonymous = request(null)
    await cacheForAnonymous(anonymous, () => ['a:1'])
    expect(anonymous.cacheTags).toEqual(['a:1'])
  })

  it('documents every filter it keys in the OpenAPI document', async () => {
    const openapi = (await api.call({ url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, { get?: { parameters?: { in: string; name: string }[] } }>
    }>()
    const names = (openapi.paths['/api/v1/articles']?.get?.parameters ?? [])
      .filter((p) => p.in === 'query')
      .map((p) => p.name)
    expect(names.sort()).toEqual(
      [
        'author',
        'corrections',
        'cursor',
        'kind',
        'limit',
        'mine',
        'q',
        'section',
        'status',
        'tag',
      ].sort(),
    )
    for (const name of names)
      expect(
        cacheKey({ method: 'GET', url: `/api/v1/articles?${name}=x`, headers: {} }, null),
      ).not.toBeNull()
  })
})
