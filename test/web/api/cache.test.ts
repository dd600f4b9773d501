import { beforeAll, describe, expect, it } from 'vitest'
import { doc, make } from '../../support/make.js'
import type { Caller } from './support.js'
import { useApi } from './support.js'

type ArticleJson = { id: string; revision: number; headline: string; status: string }
type Page = { items: ArticleJson[]; nextCursor: string | null }

describe('api page cache: anonymous reads', () => {
  const api = useApi({ MASTHEAD_PUBLIC_URL: 'https://news.example.com' })
  const get = (url: string, headers: Record<string, string> = {}) => api.call({ url, headers })
  let editor: Caller

  beforeAll(async () => {
    if (api.db.store === undefined) return
    api.db.clock.set('2026-06-10T09:00:00.000Z')
    editor = await api.user('editor')
    await make.section(api.db, { slug: 'harbour', name: 'Harbour' })
    await make.section(api.db, { slug: 'boats', name: 'Boats', parent: 'harbour' })
    await make.author(api.db, { slug: 'ann-quay', name: 'Ann Quay' })
  })

  /** Writes through the API as an editor, as the newsroom does. */
  const write = async (
    method: 'POST' | 'PATCH',
    url: string,
    payload?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) => {
    api.db.clock.advance(60_000)
    const res = await api.call({
      as: editor,
      method,
      url,
      headers,
      ...(payload ? { payload } : {}),
    })
    expect(res.statusCode, res.body).toBeLessThan(300)
    return res.json<ArticleJson>()
  }
  const publishStory = async (fields: Record<string, unknown>) => {
    const draft = await write('POST', '/api/v1/articles', { body: doc('Words.'), ...fields })
    return write('POST', `/api/v1/articles/${draft.id}/publish`)
  }
  const warm = async (urls: string[]) => {
    for (const url of urls) expect((await get(url)).statusCode, url).toBe(200)
    for (const url of urls) expect((await get(url)).headers['x-cache'], url).toBe('hit')
  }

  it('answers a repeat read from memory with the same JSON, headers and ETag, and 304 when current', async () => {
    const story = await publishStory({
      headline: 'Dredger arrives at the quay',
      sections: ['boats'],
      tags: ['Tides'],
      authors: ['ann-quay'],
    })
    for (const url of [
      '/api/v1/articles',
      '/api/v1/articles?section=harbour&limit=5',
      `/api/v1/articles/${story.id}`,
      '/api/v1/sections',
      '/api/v1/authors',
      '/api/v1/authors/ann-quay',
      '/api/v1/openapi.json',
    ]) {
      const first = await get(url)
      expect(first.statusCode, url).toBe(200)
      expect(first.headers['x-cache'], url).toBe('miss')
      const hit = await get(url)
      expect(hit.headers['x-cache'], url).toBe('hit')
      expect(hit.body, url).toBe(first.body)
      for (const name of ['content-type', 'cache-control', 'etag', 'vary'])
        expect(hit.headers[name], `${url} ${name}`).toBe(first.headers[name])
      expect(hit.headers['content-type']).toBe('application/json; charset=utf-8')
      expect(hit.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300')
      expect(hit.headers.vary).toBe('Authorization, Cookie, accept-encoding')
      const notModified = await get(url, { 'if-none-match': String(hit.headers.etag) })
      expect(notModified.statusCode, url).toBe(304)
    }
    const list = await get('/api/v1/articles', { 'accept-encoding': 'br, gzip' })
    expect(list.headers['content-encoding']).toBe('br')
    expect(String(list.headers['surrogate-key']).split(' ')).toEqual(
      expect.arrayContaining(['l:all', `a:${story.id}`]),
    )
    const one = await get(`/api/v1/articles/${story.id}`)
    // The story, its bylines and tags (whose names it shows), and the key every answer carries.
    const keys = String(one.headers['surrogate-key']).split(' ')
    expect(keys).toEqual(expect.arrayContaining([`a:${story.id}`, 'all']))
    expect(
      keys.every((k) => /^(?:a|au|t):|^all$/.test(k)),
      keys.join(' '),
    ).toBe(true)
    expect(keys.some((k) => k.startsWith('au:'))).toBe(true)
  })

  it('answers If-None-Match with 304 when the read is rendered again, not only from memory', async () => {
    const first = await get('/api/v1/sections')
    api.app.pageCache?.clear()
    const again = await get('/api/v1/sections', { 'if-none-match': String(first.headers.etag) })
    expect(again.statusCode).toBe(304)
    expect(again.headers['x-cache']).toBeUndefined()
    expect(again.headers['cache-control']).toContain('public')
  })

  it('shows a publish, an edit, a correction and an unpublish on the next read of every list and item showing the story', async () => {
    const urls = [
      '/api/v1/articles',
      '/api/v1/articles?limit=3',
      '/api/v1/articles?section=harbour',
      '/api/v1/articles?section=boats&limit=10',
      '/api/v1/articles?tag=tides',
      '/api/v1/articles?author=ann-quay',
      '/api/v1/articles?q=trawler',
      '/api/v1/articles?section=harbour&tag=tides',
      '/api/v1/articles?status=published&kind=article',
    ]
    await warm(urls)
    const story = await publishStory({
      headline: 'Trawler fleet returns early',
      sections: ['boats'],
      tags: ['Tides'],
      authors: ['ann-quay'],
    })
    for (const url of urls) expect((await get(url)).body, url).toContain('Trawler fleet returns')
    const item = `/api/v1/articles/${story.id}`
    await warm([...urls, item])
    const edited = await write(
      'PATCH',
      item,
      { headline: 'Trawler fleet returns a week early' },
      { 'if-match': `"${story.revision}"` },
    )
    for (const url of [...urls, item])
      expect((await get(url)).body, url).toContain('Trawler fleet returns a week early')
    await warm([item])
    await write('POST', `${item}/corrections`, { kind: 'correction', text: 'Six boats, not five.' })
    expect((await get(item)).body).toContain('Six boats, not five.')
    await warm(urls)
    await write('POST', `${item}/unpublish`, undefined, { 'if-match': `"${edited.revision}"` })
    expect((await get(item)).statusCode).toBe(404)
    for (const url of urls) expect((await get(url)).body, url).not.toContain('Trawler fleet')
  })

  it('follows list moves: a story leaving a section leaves its cached pages', async () => {
    const story = await publishStory({ headline: 'Slipway reopens', sections: ['boats'] })
    const urls = ['/api/v1/articles?section=boats', '/api/v1/articles?section=harbour']
    await warm(urls)
    await write(
      'PATCH',
      `/api/v1/articles/${story.id}`,
      { sections: [] },
      { 'if-match': `"${story.revision}"` },
    )
    for (const url of urls) expect((await get(url)).body, url).not.toContain('Slipway reopens')
  })

  it('follows static pages, which belong to no list', async () => {
    const page = await publishStory({ kind: 'page', headline: 'About the Courier' })
    const urls = ['/api/v1/articles?kind=page', `/api/v1/articles/${page.id}`]
    await warm(urls)
    await write(
      'PATCH',
      `/api/v1/articles/${page.id}`,
      { headline: 'About us' },
      { 'if-match': `"${page.revision}"` },
    )
    for (const url of urls) expect((await get(url)).body, url).toContain('About us')
    const second = await publishStory({ kind: 'page', headline: 'Advertise with us' })
    expect((await get(urls[0] ?? '')).body).toContain('Advertise with us')
    await warm(urls)
    await write('POST', `/api/v1/articles/${second.id}/unpublish`)
    expect((await get(urls[0] ?? '')).body).not.toContain('Advertise with us')
  })

  it('lists a story under a tag that did not exist when the empty list was cached', async () => {
    const url = '/api/v1/articles?tag=lifeboats'
    await warm([url])
    expect((await get(url)).json<Page>().items).toHaveLength(0)
    // Saving a draft creates the tag without any event; publishing the story is what shows.
    const draft = await write('POST', '/api/v1/articles', {
      headline: 'Lifeboat launched twice',
      tags: ['Lifeboats'],
      body: doc('Words.'),
    })
    await write('POST', `/api/v1/articles/${draft.id}/publish`)
    expect((await get(url)).json<Page>().items.map((a) => a.headline)).toEqual([
      'Lifeboat launched twice',
    ])
  })

  it('shows new bylines and renamed sections at once, and never keeps the tag list', async () => {
    await warm(['/api/v1/authors', '/api/v1/sections'])
    const reporter = await api.user('author')
    const authors = await get('/api/v1/authors')
    expect(authors.headers['x-cache']).toBe('miss')
    const byline = (await api.db.store.authors.list()).find((a) => a.userId === reporter.userId)
    expect(authors.json<{ items: { slug: string }[] }>().items.map((a) => a.slug)).toContain(
      byline?.slug,
    )
    const sections = await get('/api/v1/sections')
    const harbour = sections
      .json<{ items: { id: string; slug: string }[] }>()
      .items.find((s) => s.slug === 'harbour')
    await write('PATCH', `/api/v1/sections/${harbour?.id ?? ''}`, { name: 'Harbour & Docks' })
    expect((await get('/api/v1/sections')).body).toContain('Harbour & Docks')
    await get('/api/v1/tags')
    const tags = await get('/api/v1/tags')
    expect(tags.statusCode).toBe(200)
    expect(tags.headers['x-cache']).toBeUndefined()
    expect(tags.headers['cache-control']).toContain('public')
  })
})
