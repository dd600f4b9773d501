import { describe, expect, it } from 'vitest'
import { make } from '../../support/make.js'
import { useApi } from './support.js'

interface Contents {
  zones: { id: string; isShown: boolean; stories: { id: string; isPinned: boolean }[] }[]
}

describe('front contents API', () => {
  const api = useApi()

  const contents = async (as: Awaited<ReturnType<typeof api.user>>, payload: object) =>
    api.call({ as, method: 'POST', url: '/api/v1/fronts/home/contents', payload })

  it('fills an unsaved layout zone by zone, pins first, each story once, saving nothing', async () => {
    const editor = await api.user('editor')
    const older = await make.article(api.db, { status: 'published', headline: 'Older story' })
    const newer = await make.article(api.db, { status: 'published', headline: 'Newer story' })
    const res = await contents(editor, {
      layout: {
        zones: [
          {
            id: 'lead',
            kind: 'lead',
            rule: { source: 'latest' },
            max: 1,
            pins: [{ articleId: older.id, until: null }],
          },
          { id: 'latest', kind: 'latest', rule: { source: 'latest' }, max: 2 },
          { id: 'empty', kind: 'block', rule: { source: 'none' }, max: 2 },
        ],
      },
    })
    expect(res.statusCode).toBe(200)
    const [lead, latest, empty] = res.json<Contents>().zones
    expect(lead?.stories).toEqual([expect.objectContaining({ id: older.id, isPinned: true })])
    expect(latest?.stories[0]).toMatchObject({ id: newer.id, isPinned: false })
    expect(latest?.stories.map((s) => s.id)).not.toContain(older.id)
    expect(empty).toMatchObject({ id: 'empty', isShown: false, stories: [] })
    const saved = await api.call({ as: editor, url: '/api/v1/fronts/home' })
    expect(saved.json()).toMatchObject({ revision: 0 })
  })

  it('fills the saved layout when the body names none', async () => {
    const editor = await api.user('editor')
    const res = await contents(editor, {})
    expect(res.statusCode).toBe(200)
    expect(res.json<Contents>().zones.map((z) => z.id)).toContain('lead')
  })

  it('refuses readers below editor, bad layouts and unknown fronts', async () => {
    const editor = await api.user('editor')
    const author = await api.user('author')
    expect((await contents(author, {})).statusCode).toBe(403)
    const bad = await contents(editor, { layout: { zones: [{ id: 'x', kind: 'nope' }] } })
    expect(bad.statusCode).toBe(400)
    expect(bad.json<{ errors: unknown[] }>().errors.length).toBeGreaterThan(0)
    const pin = await contents(editor, {
      layout: {
        zones: [
          {
            id: 'a',
            kind: 'lead',
            rule: { source: 'none' },
            max: 1,
            pins: [{ articleId: 'nope' }],
          },
        ],
      },
    })
    expect(pin.statusCode).toBe(400)
    expect(pin.json()).toMatchObject({ errors: [{ field: 'zones/0/pins/0/articleId' }] })
    const missing = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/fronts/section:nope/contents',
      payload: {},
    })
    expect(missing.statusCode).toBe(404)
  })
})
