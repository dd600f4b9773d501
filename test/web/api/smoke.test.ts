import { describe, expect, it } from 'vitest'
import { useApi } from './support.js'

describe('api smoke', () => {
  const api = useApi()
  it('creates, edits and publishes', async () => {
    const editor = await api.user('editor')
    const created = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/articles',
      payload: { headline: 'Harbour dredging starts' },
    })
    expect(created.statusCode, created.body).toBe(201)
    const a = created.json<{ id: string; revision: number }>()
    const patched = await api.call({
      as: editor,
      via: 'cookie',
      method: 'PATCH',
      url: `/api/v1/articles/${a.id}`,
      headers: { 'if-match': `"${a.revision}"` },
      payload: { dek: 'Work will take a month.' },
    })
    expect(patched.statusCode, patched.body).toBe(200)
    const pub = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${a.id}/publish`,
    })
    expect(pub.statusCode, pub.body).toBe(200)
    console.log(pub.json())
    const doc = await api.call({ method: 'GET', url: '/api/v1/openapi.json' })
    expect(doc.statusCode, doc.body.slice(0, 500)).toBe(200)
    const page = await api.call({ method: 'GET', url: '/api/docs' })
    expect(page.statusCode, page.body.slice(0, 500)).toBe(200)
  })
})
