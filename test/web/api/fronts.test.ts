import { describe, expect, it } from 'vitest'
import { systemTestActor as system } from '../../support/make.js'
import { useApi } from './support.js'

const layout = (sectionId: string) => ({
  freshDays: 7,
  zones: [
    { id: 'lead', kind: 'lead', rule: { source: 'latest' }, max: 1 },
    { id: 'desk', kind: 'section', rule: { source: 'section', sectionId }, max: 4 },
  ],
})

describe('fronts, banner and menus API', () => {
  const api = useApi({ MASTHEAD_PUBLIC_URL: 'https://news.example.com' })

  const section = async () =>
    api.db.services.taxonomy.saveSection({
      actor: system,
      section: {
        name: 'Harbour',
        slug: `harbour-${Date.now()}`,
        parent: null,
      },
    })

  it('answers the default layout at revision 0, saves with If-Match, refuses a stale revision', async () => {
    const editor = await api.user('editor')
    const desk = await section()
    const first = await api.call({ as: editor, url: '/api/v1/fronts/home' })
    expect(first.statusCode).toBe(200)
    expect(first.json()).toMatchObject({ front: 'home', revision: 0 })
    const put = (revision: string | undefined, payload: unknown) =>
      api.call({
        as: editor,
        method: 'PUT',
        url: '/api/v1/fronts/home',
        payload: payload as object,
        headers: revision === undefined ? {} : { 'if-match': revision },
      })
    expect((await put(undefined, layout(desk.id))).statusCode).toBe(428)
    const saved = await put('"0"', layout(desk.id))
    expect(saved.statusCode).toBe(200)
    expect(saved.json()).toMatchObject({ revision: 1, savedByName: expect.any(String) })
    expect(
      saved.json<{ layout: { zones: { pins: unknown[] }[] } }>().layout.zones[0]?.pins,
    ).toEqual([])
    const stale = await put('"0"', layout(desk.id))
    expect(stale.statusCode).toBe(409)
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(stale.json()).toMatchObject({ code: 'stale-revision' })
  })

  it('lets only editors and admins change fronts, the banner and menus', async () => {
    const author = await api.user('author')
    const banner = await api.call({
      as: author,
      method: 'PUT',
      url: '/api/v1/banner',
      payload: { text: 'Storm warning' },
      headers: { 'if-match': '"0"' },
    })
    expect(banner.statusCode).toBe(403)
    expect(banner.json()).toMatchObject({ code: 'forbidden' })
    const menu = await api.call({
      as: author,
      method: 'PUT',
      url: '/api/v1/menus/main',
      payload: { items: [] },
      headers: { 'if-match': '"0"' },
    })
    expect(menu.statusCode).toBe(403)
    expect((await api.call({ url: '/api/v1/banner' })).statusCode).toBe(401)
  })

  it('refuses bad input with the fields at fault', async () => {
    const editor = await api.user('editor')
    const call = (url: string, payload: object) =>
      api.call({ as: editor, method: 'PUT', url, payload, headers: { 'if-match': '"0"' } })
    const shape = await call('/api/v1/fronts/home', {
      zones: [{ id: 'Bad Id', kind: 'lead', rule: { source: 'latest' }, max: 99 }],
    })
    expect(shape.statusCode).toBe(400)
    expect(shape.json<{ errors: unknown[] }>().errors.length).toBeGreaterThan(0)
    const unknown = await call('/api/v1/fronts/home', layout('no-such-section'))
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json()).toMatchObject({
      code: 'invalid-input',
      errors: [{ field: 'zones/1/rule/sectionId' }],
    })
    const link = await call('/api/v1/menus/footer', {
      items: [{ kind: 'link', url: 'javascript:alert(1)', label: 'x' }],
    })
    expect(link.statusCode).toBe(400)
    expect(link.json()).toMatchObject({ errors: [{ field: 'items/0/url' }] })
    expect((await call('/api/v1/menus/sidebar', { items: [] })).statusCode).toBe(404)
    expect((await call('/api/v1/fronts/section:nope', layout('x'))).statusCode).toBe(404)
  })

  it('sets, clears, lists and restores the banner', async () => {
    const editor = await api.user('editor')
    const current = (await api.call({ as: editor, url: '/api/v1/banner' })).json<{
      revision: number
    }>()
    const set = await api.call({
      as: editor,
      method: 'PUT',
      url: '/api/v1/banner',
      payload: { text: 'Bridge closed', url: '/section/news/', expiresAt: '2099-01-01T00:00:00Z' },
      headers: { 'if-match': `"${current.revision}"` },
    })
    expect(set.statusCode).toBe(200)
    const rev = set.json<{ revision: number }>().revision
    const cleared = await api.call({
      as: editor,
      method: 'DELETE',
      url: '/api/v1/banner',
      headers: { 'if-match': `"${rev}"` },
    })
    expect(cleared.json()).toMatchObject({ revision: rev + 1, banner: null })
    const history = await api.call({ as: editor, url: '/api/v1/banner/revisions' })
    expect(
      history
        .json<{ items: { revision: number }[] }>()
        .items.map((i) => i.revision)
        .slice(0, 2),
    ).toEqual([rev + 1, rev])
    const restored = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/banner/restore',
      payload: { from: rev },
      headers: { 'if-match': `"${rev + 1}"` },
    })
    expect(restored.json()).toMatchObject({
      revision: rev + 2,
      banner: { text: 'Bridge closed', expiresAt: '2099-01-01T00:00:00.000Z' },
    })
    const missing = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/banner/restore',
      payload: { from: 999 },
      headers: { 'if-match': `"${rev + 2}"` },
    })
    expect(missing.statusCode).toBe(404)
  })

  it('previews an unsaved layout and banner as the public page, saving nothing', async () => {
    const editor = await api.user('editor')
    const before = (await api.call({ as: editor, url: '/api/v1/fronts/home' })).json<{
      revision: number
    }>()
    const res = await api.call({
      as: editor,
      via: 'cookie',
      method: 'POST',
      url: '/api/v1/fronts/home/preview',
      payload: {
        layout: {
          zones: [
            {
              id: 'picks',
              kind: 'block',
              title: 'Preview picks',
              rule: { source: 'latest' },
              max: 3,
            },
          ],
        },
        banner: { text: 'Unsaved banner' },
      },
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store, private')
    expect(res.body).toContain('Unsaved banner')
    const after = (await api.call({ as: editor, url: '/api/v1/fronts/home' })).json<{
      revision: number
    }>()
    expect(after.revision).toBe(before.revision)
    const author = await api.user('author')
    expect(
      (
        await api.call({
          as: author,
          method: 'POST',
          url: '/api/v1/fronts/home/preview',
          payload: {},
        })
      ).statusCode,
    ).toBe(403)
  })
})
