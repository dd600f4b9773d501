import { describe, expect, it } from 'vitest'
import type { Caller } from './support.js'
import { useApi } from './support.js'

type Problem = { status: number; code: string }
const staleCookie = 'masthead_session=not-a-session-anyone-was-given'

// A cookie that no longer signs anyone in must not quietly turn a newsroom request anonymous.
describe('api requests with a stale session cookie', () => {
  const api = useApi()
  const withCookie = (cookie: string, url: string, method: 'GET' | 'POST' | 'DELETE' = 'GET') =>
    api.app.inject({ method, url, headers: { cookie } })
  const signOut = (as: Caller) =>
    api.call({ as, via: 'cookie', method: 'DELETE', url: '/api/v1/session' })

  it('answers 401 session-expired problem+json on reads and writes, for an unknown cookie', async () => {
    for (const url of [
      '/api/v1/articles?status=published',
      '/api/v1/articles',
      '/api/v1/sections',
    ]) {
      const res = await withCookie(staleCookie, url)
      expect(res.statusCode, url).toBe(401)
      expect(res.headers['content-type']).toContain('application/problem+json')
      expect(res.json<Problem>()).toMatchObject({ status: 401, code: 'session-expired' })
    }
    const write = await api.app.inject({
      method: 'POST',
      url: '/api/v1/articles',
      headers: { cookie: staleCookie, 'x-csrf-token': 'anything' },
      payload: { headline: 'Never saved' },
    })
    expect(write.json<Problem>().code).toBe('session-expired')
  })

  it('answers 401 session-expired for a session that was signed out or expired', async () => {
    const ended = await api.user('editor')
    expect((await signOut(ended)).statusCode).toBe(204)
    const res = await api.call({ as: ended, via: 'cookie', url: '/api/v1/articles?status=draft' })
    expect(res.json<Problem>()).toMatchObject({ status: 401, code: 'session-expired' })
    // The cookie is kept, so the next call says so again rather than reading as anonymous.
    expect(res.cookies.find((c) => c.name === 'masthead_session')).toBeUndefined()
    const again = await api.call({ as: ended, via: 'cookie', url: '/api/v1/articles' })
    expect(again.json<Problem>().code).toBe('session-expired')
  })

  it('keeps the session probe working: 401 session-expired, and unauthenticated with no cookie', async () => {
    const probe = await withCookie(staleCookie, '/api/v1/session')
    expect(probe.json<Problem>()).toMatchObject({ status: 401, code: 'session-expired' })
    const none = await api.app.inject({ url: '/api/v1/session' })
    expect(none.json<Problem>()).toMatchObject({ status: 401, code: 'unauthenticated' })
    expect((await withCookie(staleCookie, '/api/v1/openapi.json')).statusCode).toBe(200)
  })

  it('signs in over a stale cookie and replaces it; signing out of an ended session drops it', async () => {
    const u = await api.user('author')
    const failed = await api.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { cookie: staleCookie },
      payload: { email: u.email, password: 'not the password at all' },
    })
    expect(failed.statusCode).toBe(401)
    expect(failed.json<Problem>().code).toBe('unauthenticated')
    expect(failed.cookies.find((c) => c.name === 'masthead_session')?.value).toBe('')
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { cookie: staleCookie },
      payload: { email: u.email, password: u.password },
    })
    expect(res.statusCode, res.body).toBe(200)
    const fresh = res.cookies.filter((c) => c.name === 'masthead_session')
    expect(fresh).toHaveLength(1)
    expect(fresh[0]?.value).not.toBe('')
    const me = await withCookie(`masthead_session=${fresh[0]?.value ?? ''}`, '/api/v1/me')
    expect(me.statusCode).toBe(200)
    const out = await withCookie(staleCookie, '/api/v1/session', 'DELETE')
    expect(out.statusCode).toBe(204)
    expect(out.cookies.find((c) => c.name === 'masthead_session')?.value).toBe('')
  })

  it('lets the anonymous account routes through (resets, invitations)', async () => {
    const reset = await api.app.inject({
      method: 'POST',
      url: '/api/v1/password-resets',
      headers: { cookie: staleCookie },
      payload: { email: 'nobody@example.com' },
    })
    expect(reset.statusCode).not.toBe(401)
    const accept = await api.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      headers: { cookie: staleCookie },
      payload: { token: 'x'.repeat(43), password: 'a-long-enough-password' },
    })
    expect(accept.json<Problem>().code).not.toBe('session-expired')
  })

  it('leaves bearer tokens and public pages alone', async () => {
    const u = await api.user('author')
    const token = await api.app.inject({
      url: '/api/v1/me',
      headers: { cookie: staleCookie, authorization: `Bearer ${u.token}` },
    })
    expect(token.statusCode).toBe(200)
    expect((await withCookie(staleCookie, '/')).statusCode).toBe(200)
    expect((await withCookie(staleCookie, '/rss.xml')).statusCode).toBe(200)
  })
})
