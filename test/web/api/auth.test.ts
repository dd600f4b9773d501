import { describe, expect, it } from 'vitest'
import { sha256 } from '../../../src/services/deps.js'
import { rowCounts, useApi } from './support.js'

describe('api sign-in and sessions', () => {
  const api = useApi()

  it('signs in with a HttpOnly, SameSite=Lax cookie and returns the user and a CSRF token', async () => {
    const u = await api.user('author')
    const res = await api.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: u.email, password: u.password },
    })
    expect(res.statusCode).toBe(200)
    const body = res.json<{ user: { email: string; role: string }; csrfToken: string }>()
    expect(body.user).toMatchObject({ email: u.email, role: 'author' })
    expect(body.csrfToken.length).toBeGreaterThan(20)
    const cookie = res.cookies.find((c) => c.name === 'masthead_session')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    expect(cookie?.secure).toBeFalsy()
    expect(JSON.stringify(body)).not.toContain('password')
    // Signing in again while holding a cookie needs no CSRF token: there is no session to protect yet.
    const again = await api.call({
      as: u,
      via: 'cookie',
      csrf: false,
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: u.email, password: u.password },
    })
    expect(again.statusCode).toBe(200)
    // Only the hash of the cookie is stored.
    expect(await api.db.store.sessions.findById(sha256(cookie!.value))).not.toBeNull()
  })

  it('answers unknown e-mail and wrong password the same way', async () => {
    const u = await api.user('author')
    const wrong = await api.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: u.email, password: 'not-the-password' },
      remoteAddress: '10.1.1.1',
    })
    const unknown = await api.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'nobody@example.com', password: 'not-the-password' },
      remoteAddress: '10.1.1.1',
    })
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.headers['content-type']).toContain('application/problem+json')
    const strip = (b: string) => ({ ...(JSON.parse(b) as object), requestId: undefined })
    expect(strip(wrong.body)).toEqual(strip(unknown.body))
  })

  it('marks the cookie Secure when the public URL is https', async () => {
    const other = await import('../../../src/web/app.js').then((m) =>
      m.buildApp(
        api.db.config({ MASTHEAD_PUBLIC_URL: 'https://news.example.com' }),
        api.db.services,
        { logger: false },
      ),
    )
    const u = await api.user('author')
    const res = await other.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: u.email, password: u.password },
    })
    expect(res.cookies.find((c) => c.name === 'masthead_session')?.secure).toBe(true)
    await other.close()
  })

  it('requires X-CSRF-Token on cookie mutations and changes nothing without it', async () => {
    const u = await api.user('editor')
    const before = await rowCounts(api.db)
    const missing = await api.call({
      as: u,
      via: 'cookie',
      csrf: false,
      method: 'POST',
      url: '/api/v1/articles',
      payload: { headline: 'No token' },
    })
    expect(missing.statusCode).toBe(403)
    const wrong = await api.call({
      as: u,
      via: 'cookie',
      csrf: false,
      method: 'POST',
      url: '/api/v1/articles',
      headers: { 'x-csrf-token': 'x'.repeat(32) },
      payload: { headline: 'Bad token' },
    })
    expect(wrong.statusCode).toBe(403)
    expect(await rowCounts(api.db)).toEqual(before)
    const ok = await api.call({
      as: u,
      via: 'cookie',
      method: 'POST',
      url: '/api/v1/articles',
      payload: { headline: 'With token' },
    })
    expect(ok.statusCode).toBe(201)
    // Reads need no token; bearer requests need none either.
    expect(
      (await api.call({ as: u, via: 'cookie', csrf: false, url: '/api/v1/articles' })).statusCode,
    ).toBe(200)
    expect(
      (
        await api.call({
          as: u,
          method: 'POST',
          url: '/api/v1/articles',
          payload: { headline: 'Bearer' },
        })
      ).statusCode,
    ).toBe(201)
  })

  it('shows the session, lists my sessions, revokes one and signs out', async () => {
    const u = await api.user('author')
    const second = await api.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: u.email, password: u.password },
    })
    const secondCookie = `masthead_session=${second.cookies[0]!.value}`
    const current = await api.call({ as: u, via: 'cookie', url: '/api/v1/session' })
    expect(current.json()).toMatchObject({ user: { email: u.email }, csrfToken: u.csrf })
    const list = await api.call({ as: u, via: 'cookie', url: '/api/v1/sessions' })
    const items = list.json<{ items: { id: string; current: boolean }[] }>().items
    expect(items).toHaveLength(2)
    const other = items.find((s) => !s.current)!
    expect(
      (
        await api.call({
          as: u,
          via: 'cookie',
          method: 'DELETE',
          url: `/api/v1/sessions/${other.id}`,
        })
      ).statusCode,
    ).toBe(204)
    expect(
      (await api.app.inject({ url: '/api/v1/me', headers: { cookie: secondCookie } })).statusCode,
    ).toBe(401)
    expect(
      (await api.call({ as: u, via: 'cookie', method: 'DELETE', url: '/api/v1/session' }))
        .statusCode,
    ).toBe(204)
    expect((await api.call({ as: u, via: 'cookie', url: '/api/v1/me' })).statusCode).toBe(401)
    // Another user cannot revoke my session: it is not found for them.
    const v = await api.user('admin')
    const mine = (await api.call({ as: v, via: 'cookie', url: '/api/v1/sessions' })).json<{
      items: { id: string }[]
    }>().items[0]!
    expect(
      (await api.call({ as: u, method: 'DELETE', url: `/api/v1/sessions/${mine.id}` })).statusCode,
    ).toBe(404)
  })

  it('changes the password, checks the current one and ends other sessions', async () => {
    const u = await api.user('author')
    const second = await api.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: u.email, password: u.password },
    })
    const secondCookie = `masthead_session=${second.cookies[0]!.value}`
    const wrong = await api.call({
      as: u,
      via: 'cookie',
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: 'wrong-password', newPassword: 'a-brand-new-passphrase' },
    })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(
      'currentPassword',
    )
    const common = await api.call({
      as: u,
      via: 'cookie',
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: u.password, newPassword: 'password123' },
    })
    expect(common.statusCode).toBe(400)
    const ok = await api.call({
      as: u,
      via: 'cookie',
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: u.password, newPassword: 'a-brand-new-passphrase' },
    })
    expect(ok.statusCode).toBe(204)
    expect((await api.call({ as: u, via: 'cookie', url: '/api/v1/me' })).statusCode).toBe(200)
    expect(
      (await api.app.inject({ url: '/api/v1/me', headers: { cookie: secondCookie } })).statusCode,
    ).toBe(401)
    const again = await api.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: u.email, password: 'a-brand-new-passphrase' },
    })
    expect(again.statusCode).toBe(200)
  })

  it('throttles a brute-force run without slowing other accounts', async () => {
    const victim = await api.user('editor')
    const bystander = await api.user('author')
    const statuses: number[] = []
    for (let i = 0; i < 100; i += 1) {
      const res = await api.call({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: victim.email, password: `guess-${i}-wrong` },
        remoteAddress: '203.0.113.9',
      })
      statuses.push(res.statusCode)
      if (res.statusCode === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(10)
    expect(statuses.filter((s) => s === 429)).toHaveLength(90)
    // Even the right password waits out the block for this account…
    const right = await api.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: victim.email, password: victim.password },
      remoteAddress: '203.0.113.10',
    })
    expect(right.statusCode).toBe(429)
    // …but other people sign in at once, and the victim's tokens keep working.
    const other = await api.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: bystander.email, password: bystander.password },
      remoteAddress: '198.51.100.7',
    })
    expect(other.statusCode).toBe(200)
    expect((await api.call({ as: victim, url: '/api/v1/me' })).statusCode).toBe(200)
    // The block ends with its window.
    api.db.clock.advance(16 * 60_000)
    const later = await api.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: victim.email, password: victim.password },
      remoteAddress: '203.0.113.10',
    })
    expect(later.statusCode).toBe(200)
  }, 60_000)

  it('throttles one address trying many accounts', async () => {
    const u = await api.user('author')
    let limited = 0
    for (let i = 0; i < 60; i += 1) {
      const res = await api.call({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: `spray${i}@example.com`, password: 'not-a-password' },
        remoteAddress: '192.0.2.44',
      })
      if (res.statusCode === 429) limited += 1
    }
    expect(limited).toBe(10)
    const fromThere = await api.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: u.email, password: u.password },
      remoteAddress: '192.0.2.44',
    })
    expect(fromThere.statusCode).toBe(429)
  }, 60_000)

  it('rejects disabled accounts with the same answer as a wrong password', async () => {
    const admin = await api.user('admin')
    const u = await api.user('author')
    expect(
      (
        await api.call({
          as: admin,
          method: 'PATCH',
          url: `/api/v1/users/${u.userId}`,
          payload: { disabled: true },
        })
      ).statusCode,
    ).toBe(200)
    const res = await api.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: u.email, password: u.password },
      remoteAddress: '10.7.7.7',
    })
    expect(res.statusCode).toBe(401)
    expect((await api.call({ as: u, via: 'cookie', url: '/api/v1/me' })).statusCode).toBe(401)
    expect((await api.call({ as: u, url: '/api/v1/me' })).statusCode).toBe(401)
  })

  it('ends sessions at their expiry: the stale cookie answers 401 session-expired', async () => {
    const u = await api.user('author')
    expect((await api.call({ as: u, via: 'cookie', url: '/api/v1/me' })).statusCode).toBe(200)
    api.db.clock.advance(15 * 24 * 3_600_000)
    const res = await api.call({ as: u, via: 'cookie', url: '/api/v1/me' })
    expect(res.statusCode).toBe(401)
    expect(res.json<{ code: string }>().code).toBe('session-expired')
    // Reads anyone may make answer the same: a stale cookie never reads as anonymous.
    const sections = await api.call({ as: u, via: 'cookie', url: '/api/v1/sections' })
    expect(sections.statusCode).toBe(401)
    expect(sections.json<{ code: string }>().code).toBe('session-expired')
  })
})
