import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Logger } from '../../../src/boot.js'
import { firstRun, serve } from '../../../src/boot.js'
import { buildApp } from '../../../src/web/app.js'
import { createServices } from '../../../src/services/index.js'
import { useTestDatabase } from '../../support/database.js'
import { doc, systemTestActor as system } from '../../support/make.js'
import { useApi } from './support.js'

/** Signs in over HTTP and returns the answer with the cookie and CSRF token to reuse. */
async function signIn(api: ReturnType<typeof useApi>, email: string, password: string) {
  const res = await api.call({
    method: 'POST',
    url: '/api/v1/session',
    payload: { email, password },
  })
  const value = res.cookies.find((c) => c.name === 'masthead_session')?.value ?? ''
  const body = res.json<{ user: { mustChangePassword: boolean }; csrfToken: string }>()
  const headers = { cookie: `masthead_session=${value}`, 'x-csrf-token': body.csrfToken }
  return { res, body, headers }
}

describe('a one-time password must be changed at the first sign-in', () => {
  const api = useApi()

  it('allows only the session, /me and the password change until the password is changed', async () => {
    const { password } = await api.db.services.accounts.createUser({
      actor: system,
      email: 'first@example.com',
      name: 'First Admin',
      role: 'admin',
    })
    const oneTime = password ?? ''
    // A token made for the account (e.g. `masthead token add`) is held to the same rule.
    const { token } = await api.db.services.accounts.createToken({
      actor: system,
      email: 'first@example.com',
    })
    const { res, body, headers } = await signIn(api, 'first@example.com', oneTime)
    expect(res.statusCode).toBe(200)
    expect(body.user.mustChangePassword).toBe(true)
    const bearer = { authorization: `Bearer ${token}` }
    for (const [method, url, h] of [
      ['GET', '/api/v1/session', headers],
      ['GET', '/api/v1/me', headers],
      ['GET', '/api/v1/me', bearer],
    ] as const) {
      const ok = await api.call({ method, url, headers: h })
      expect(ok.statusCode, `${method} ${url}`).toBe(200)
    }
    const session = await api.call({ url: '/api/v1/session', headers })
    expect(session.json()).toMatchObject({ user: { mustChangePassword: true } })
    for (const [method, url, h, payload] of [
      ['GET', '/api/v1/articles?status=draft', headers, undefined],
      ['GET', '/api/v1/users', headers, undefined],
      ['GET', '/api/v1/sessions', headers, undefined],
      ['POST', '/api/v1/tokens', headers, { name: 'escape hatch' }],
      ['POST', '/api/v1/articles', bearer, { headline: 'Too early' }],
      ['GET', '/api/v1/articles', bearer, undefined],
    ] as const) {
      const refused = await api.call({ method, url, headers: h, ...(payload ? { payload } : {}) })
      expect(refused.statusCode, `${method} ${url}`).toBe(403)
      expect(refused.headers['content-type']).toContain('application/problem+json')
      expect(refused.json()).toMatchObject({ code: 'password-change-required' })
    }
    // The cookie's answers to anonymous reads are refused too: the request is authenticated.
    const changed = await api.call({
      method: 'POST',
      url: '/api/v1/me/password',
      headers,
      payload: { currentPassword: oneTime, newPassword: 'my own long passphrase' },
    })
    expect(changed.statusCode, changed.body).toBe(204)
    const after = await api.call({ url: '/api/v1/session', headers })
    expect(after.json()).toMatchObject({ user: { mustChangePassword: false } })
    expect((await api.call({ url: '/api/v1/users', headers })).statusCode).toBe(200)
    expect((await api.call({ url: '/api/v1/articles', headers: bearer })).statusCode).toBe(200)
  })

  it('signs out while the change is pending', async () => {
    const { password } = await api.db.services.accounts.createUser({
      actor: system,
      email: 'leaver@example.com',
      name: 'Leaver',
      role: 'author',
    })
    const { headers } = await signIn(api, 'leaver@example.com', password ?? '')
    const out = await api.call({ method: 'DELETE', url: '/api/v1/session', headers })
    expect(out.statusCode).toBe(204)
  })

  it('does not ask for a change when the password was chosen, or after a reset', async () => {
    await api.db.services.accounts.createUser({
      actor: system,
      email: 'chosen@example.com',
      name: 'Chosen',
      role: 'editor',
      password: 'a password I chose',
    })
    const { body } = await signIn(api, 'chosen@example.com', 'a password I chose')
    expect(body.user.mustChangePassword).toBe(false)
    const { user } = await api.db.services.accounts.createUser({
      actor: system,
      email: 'forgot@example.com',
      name: 'Forgot',
      role: 'author',
    })
    const sent: string[] = []
    const services = createServices({
      ...api.db.deps,
      mailer: { send: (m) => Promise.resolve({ delivered: sent.push(m.text) > 0 }) },
    })
    await services.accounts.requestPasswordReset({ email: user.email, origin: 'http://localhost' })
    const token = /token=([\w-]+)/.exec(sent[0] ?? '')?.[1] ?? ''
    await services.accounts.resetPassword({ token, password: 'a reset passphrase' })
    expect((await api.db.store.users.findById(user.id))?.mustChangePassword).toBe(false)
  })
})

describe('the first start', () => {
  const db = useTestDatabase()
  const lines: string[] = []
  const log: Logger = {
    info: (m) => void lines.push(m),
    warn: (m) => void lines.push(m),
    error: (m) => void lines.push(m),
  }

  it('creates the first admin with a byline their stories carry, and a password to change', async () => {
    await firstRun(db.config({ MASTHEAD_DEMO: '0' }), db.services, log)
    const admin = await db.store.users.findByEmail('admin@masthead.local')
    // A name that reads well on a story: “By Newsroom Staff”.
    expect(admin).toMatchObject({ mustChangePassword: true, name: 'Newsroom Staff' })
    const bylines = (await db.store.authors.list()).filter((a) => a.userId === admin?.id)
    expect(bylines).toEqual([expect.objectContaining({ name: 'Newsroom Staff' })])
    const actor = await db.services.accounts.actorForUser({ userId: admin?.id ?? '' })
    const story = await db.services.articles.create({
      actor,
      headline: 'Harbour dredging starts',
      body: doc('Dredgers arrive at dawn.'),
    })
    expect(story.authors.map((a) => a.id)).toEqual([bylines[0]?.id])
    expect(lines.join('\n')).toMatch(/one-time password/)
  })
})

describe('the sign-in in the server log, on every start', () => {
  const db = useTestDatabase()

  /** Starts the server as `masthead serve` does, and returns what it logged. */
  async function start(): Promise<string[]> {
    const lines: string[] = []
    const log: Logger = {
      info: (m) => void lines.push(m),
      warn: (m) => void lines.push(m),
      error: (m) => void lines.push(m),
    }
    const config = db.config({ MASTHEAD_DEMO: '0', PORT: '0', HOST: '127.0.0.1' })
    const running = await serve(config, log)
    await running.close()
    return lines
  }
  const oneTime =
    /^Sign in at (http:\/\/127\.0\.0\.1:\d+\/newsroom\/) as admin@masthead\.local with the one-time password (\S+)$/

  it('ends each start with the one-time password until it is changed, then only the newsroom’s address', async () => {
    const first = await start()
    const signIn = first.filter((l) => /one-time password/.test(l))
    // Once as the account is made, and again last, once the server listens, with the address.
    expect(signIn).toHaveLength(2)
    expect(first.at(-2)).toMatch(oneTime)
    expect(first.findIndex((l) => l.startsWith('Masthead is running at'))).toBeLessThan(
      first.length - 2,
    )
    const password = oneTime.exec(first.at(-2) ?? '')?.[2] ?? ''

    // A second start with nothing changed says it again, and only once.
    const second = await start()
    expect(second.filter((l) => /one-time password/.test(l))).toEqual([second.at(-2)])
    expect(oneTime.exec(second.at(-2) ?? '')?.[2]).toBe(password)
    expect(readdirSync(db.dataDir)).toContain('first-sign-in.json')
    expect(statSync(join(db.dataDir, 'first-sign-in.json')).mode & 0o777).toBe(0o600)

    const admin = await db.store.users.findByEmail('admin@masthead.local')
    const actor = await db.services.accounts.actorForUser({ userId: admin?.id ?? '' })
    await db.services.accounts.changePassword({
      actor,
      currentPassword: password,
      newPassword: 'a password of my own',
    })
    const third = await start()
    expect(third.join('\n')).not.toContain(password)
    expect(third.at(-1)).toMatch(/^The newsroom is at http:\/\/127\.0\.0\.1:\d+\/newsroom\/$/)
    expect(readdirSync(db.dataDir)).not.toContain('first-sign-in.json')
  })

  it('logs requests at debug only', async () => {
    for (const [level, expected] of [
      ['info', 0],
      ['debug', 2],
    ] as const) {
      const written: string[] = []
      const app = await buildApp(db.config(), db.services, {
        logger: { level, stream: { write: (line) => void written.push(line) } },
      })
      await app.inject({ url: '/healthz' })
      await app.close()
      const requestLines = written.filter((l) =>
        /"msg":"(incoming request|request completed)"/.test(l),
      )
      expect(requestLines, level).toHaveLength(expected)
    }
  })
})

describe('the first start with a chosen password', () => {
  const db = useTestDatabase()

  it('does not ask the operator to change MASTHEAD_ADMIN_PASSWORD', async () => {
    const config = db.config({
      MASTHEAD_DEMO: '0',
      MASTHEAD_ADMIN_EMAIL: 'chief@example.com',
      MASTHEAD_ADMIN_PASSWORD: 'the operator chose this',
      MASTHEAD_ADMIN_NAME: ' Rosa Delgado ',
    })
    await firstRun(config, db.services, { info: () => {}, warn: () => {}, error: () => {} })
    const admin = await db.store.users.findByEmail('chief@example.com')
    expect(admin?.mustChangePassword).toBe(false)
    expect(readdirSync(db.dataDir)).not.toContain('first-sign-in.json')
    expect(admin?.name).toBe('Rosa Delgado')
    expect((await db.store.authors.list()).map((a) => [a.userId, a.name])).toEqual([
      [admin?.id, 'Rosa Delgado'],
    ])
  })
})
