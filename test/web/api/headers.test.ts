import { describe, expect, it } from 'vitest'
import { useApi } from './support.js'

describe('api security headers', () => {
  const api = useApi()

  it('sends CSP, X-Frame-Options and nosniff on the reference page and every JSON answer', async () => {
    const editor = await api.user('editor')
    const answers = [
      await api.call({ url: '/api/docs' }),
      await api.call({ url: '/api/v1/openapi.json' }),
      await api.call({ url: '/api/v1/articles' }),
      await api.call({ url: '/api/v1/articles/00000000-0000-7000-8000-000000000000' }),
      await api.call({ url: '/api/v1/me' }),
      await api.call({ as: editor, url: '/api/v1/me' }),
      await api.call({ method: 'POST', url: '/api/v1/session', payload: { email: 'x' } }),
    ]
    for (const res of answers) {
      const where = `${res.statusCode} ${String(res.headers['content-type'])}`
      expect(res.headers['x-content-type-options'], where).toBe('nosniff')
      expect(res.headers['x-frame-options'], where).toBe('DENY')
      expect(res.headers['content-security-policy'], where).toMatch(/frame-ancestors 'none'/)
      expect(res.headers['content-security-policy'], where).not.toMatch(/unsafe-inline|script-src/)
    }
    // Warm (from the page cache) the same.
    const warm = await api.call({ url: '/api/v1/articles' })
    expect(warm.headers['content-security-policy']).toMatch(/default-src 'none'/)
  })

  it('lists each path of the reference page once, with its prefix once', async () => {
    const res = await api.call({ url: '/api/docs' })
    expect(res.body).toContain('<code>/api/v1/session</code>')
    expect(res.body).not.toContain('/api/v1/api/v1')
    const style = /<style>([\s\S]*?)<\/style>/.exec(res.body)?.[1] ?? ''
    const { createHash } = await import('node:crypto')
    const hash = createHash('sha256').update(style).digest('base64')
    expect(res.headers['content-security-policy']).toContain(`'sha256-${hash}'`)
  })
})
