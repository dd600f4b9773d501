import { describe, expect, it } from 'vitest'
import { make } from '../../support/make.js'
import { useApi } from './support.js'

// What the editor's tag picker asks of GET /api/v1/tags while a writer types.
describe('api tag search', () => {
  const api = useApi()
  const names = async (query: string) => {
    const res = await api.call({ url: `/api/v1/tags?${query}` })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<{ items: { name: string }[] }>().items.map((t) => t.name)
  }

  it('q keeps the tags whose name contains it, in any case, by name', async () => {
    await make.article(api.db, { tags: ['Heat wave', 'Wheat prices', 'Harbour', '100% renewable'] })
    expect(await names('q=HEAT')).toEqual(['Heat wave', 'Wheat prices'])
    expect(await names('q=%20harb%20')).toEqual(['Harbour'])
    expect(await names('q=heat&limit=1')).toEqual(['Heat wave'])
    expect(await names('q=nothing-like-it')).toEqual([])
  })

  it('treats % and _ in q as plain characters', async () => {
    await make.article(api.db, { tags: ['100% renewable', 'Snake_case', 'Snakes'] })
    expect(await names(`q=${encodeURIComponent('0%')}`)).toEqual(['100% renewable'])
    expect(await names('q=e_c')).toEqual(['Snake_case'])
  })

  it('refuses a q longer than a tag can be', async () => {
    const res = await api.call({ url: `/api/v1/tags?q=${'a'.repeat(81)}` })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
  })
})
