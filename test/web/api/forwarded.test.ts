import { describe, expect, it } from 'vitest'
import { createServices, smtpMailer } from '../../../src/services/index.js'
import { buildApp } from '../../../src/web/app.js'
import { make } from '../../support/make.js'
import { startMailSink } from './mail-sink.js'
import { useApi } from './support.js'

const forged = {
  host: 'evil.example',
  'x-forwarded-host': 'forwarded.evil.example',
  'x-forwarded-proto': 'https',
  forwarded: 'for=203.0.113.1;host=rfc7239.evil.example;proto=https',
}

/** The link in a raw message; its text part is quoted-printable (RFC 2045 §6.7). */
const linkIn = (raw: string): string => {
  const text = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  return /https?:\/\/\S+\?token=[\w-]+/.exec(text)?.[0] ?? ''
}

describe('account links never follow the request', () => {
  const api = useApi()

  let hires = 0
  const invite = async (app = api.app) => {
    const admin = await api.user('admin')
    return app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: { ...forged, authorization: `Bearer ${admin.token}` },
      payload: { email: `hire${(hires += 1)}@example.com`, name: 'New Hire', role: 'contributor' },
    })
  }

  it('builds an invitation on the loopback address the server listens on by default', async () => {
    const res = await invite()
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json<{ link: string }>().link).toMatch(/^http:\/\/127\.0\.0\.1:3000\/newsroom\//)
  })

  it('mails a reset link on the server’s own origin whatever Host and X-Forwarded-Host say', async () => {
    const sink = await startMailSink()
    const services = createServices({
      ...api.db.deps,
      mailer: smtpMailer(sink.url, 'Newsroom <news@example.com>'),
    })
    const app = await buildApp(api.db.config(), services, { logger: false })
    const u = await api.user('author')
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/password-resets',
      headers: forged,
      payload: { email: u.email },
    })
    expect(res.statusCode).toBe(202)
    expect(sink.messages).toHaveLength(1)
    expect(linkIn(sink.messages[0]!)).toMatch(/^http:\/\/127\.0\.0\.1:3000\/newsroom\//)
    expect(sink.messages[0]).not.toContain('evil.example')
    await app.close()
    await sink.close()
  })

  it('refuses to send account links with no usable origin, saying what to set', async () => {
    const sink = await startMailSink()
    const services = createServices({
      ...api.db.deps,
      mailer: smtpMailer(sink.url, 'Newsroom <news@example.com>'),
    })
    const app = await buildApp(api.db.config({ HOST: '0.0.0.0' }), services, { logger: false })
    const u = await api.user('author')
    const reset = await app.inject({
      method: 'POST',
      url: '/api/v1/password-resets',
      headers: forged,
      payload: { email: u.email },
    })
    expect(reset.statusCode).toBe(503)
    expect(reset.headers['content-type']).toContain('application/problem+json')
    expect(reset.json()).toMatchObject({ status: 503, code: 'public-url-required' })
    expect(reset.json<{ detail: string }>().detail).toContain('MASTHEAD_PUBLIC_URL')
    expect(sink.messages).toHaveLength(0)
    const invited = await invite(app)
    expect(invited.statusCode).toBe(503)
    expect(invited.json()).toMatchObject({ code: 'public-url-required' })
    // The publication's public URL, set by an admin, is a configured origin too.
    const admin = await api.user('admin')
    const set = await app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { authorization: `Bearer ${admin.token}` },
      payload: { publicUrl: 'https://paper.example.org' },
    })
    expect(set.statusCode, set.body).toBe(200)
    expect((await invite(app)).statusCode).toBe(201)
    expect(linkIn(sink.messages.at(-1) ?? '')).toMatch(/^https:\/\/paper\.example\.org\//)
    await app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { authorization: `Bearer ${admin.token}` },
      payload: { publicUrl: null },
    })
    await app.close()
    await sink.close()
  })
})

describe('forwarded addresses count only from trusted proxies', () => {
  const api = useApi()

  const signIn = (email: string, remoteAddress: string, forwardedFor: string, app = api.app) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email, password: 'not-the-password' },
      headers: { 'x-forwarded-for': forwardedFor },
      remoteAddress,
    })

  it('throttles one client however many addresses it claims, and logs its real one', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 52; i += 1)
      statuses.push(
        (await signIn(`spray${i}@example.com`, '192.0.2.60', `198.51.100.${i + 1}`)).statusCode,
      )
    expect(statuses.slice(-1)).toEqual([429])
    const admin = await api.user('admin')
    const u = await api.user('author')
    await api.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: u.email, password: u.password },
      headers: { 'x-forwarded-for': '203.0.113.250' },
      remoteAddress: '192.0.2.61',
    })
    const audit = await api.call({ as: admin, url: '/api/v1/audit?limit=100' })
    const ips = audit.json<{ items: { ip: string | null }[] }>().items.map((e) => e.ip)
    expect(ips).toContain('192.0.2.61')
    expect(ips).not.toContain('203.0.113.250')
  }, 60_000)

  it('believes X-Forwarded-For from a configured proxy, and only from it', async () => {
    const config = api.db.config({ MASTHEAD_TRUST_PROXY: '10.0.0.0/24' })
    const app = await buildApp(config, api.db.services, { logger: false })
    const viaProxy: number[] = []
    for (let i = 0; i < 52; i += 1)
      viaProxy.push(
        (await signIn(`behind${i}@example.com`, '10.0.0.7', `198.51.100.${i + 1}`, app)).statusCode,
      )
    expect(viaProxy.every((s) => s === 401)).toBe(true)
    const direct: number[] = []
    for (let i = 0; i < 52; i += 1)
      direct.push(
        (await signIn(`direct${i}@example.com`, '192.0.2.70', `198.51.100.${i + 1}`, app))
          .statusCode,
      )
    expect(direct.slice(-1)).toEqual([429])
    await app.close()
  }, 60_000)
})

describe('absolute links come from the configured origin, else from Host only', () => {
  const api = useApi()
  const paths = ['/', '/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/robots.txt']

  it('ignores X-Forwarded-Host, -Proto and Forwarded from anyone, and varies on Host', async () => {
    const story = await make.article(api.db, { status: 'published', headline: 'Harbour reopens' })
    const slugUrl = `/api/v1/articles/${story.id}`
    for (const url of [...paths, slugUrl]) {
      const res = await api.app.inject({ url, headers: { ...forged, host: 'paper.example:8080' } })
      expect(res.statusCode, url).toBe(200)
      expect(res.body, url).not.toContain('evil.example')
      expect(res.body, url).not.toContain('https://paper.example')
      expect(res.body, url).toContain('http://paper.example:8080')
      expect(String(res.headers.vary), url).toMatch(/\bHost\b/)
      // The next reader, on another host, never gets that copy.
      const next = await api.app.inject({ url, headers: { host: 'localhost:80' } })
      expect(next.body, url).not.toContain('paper.example')
    }
  })

  it('refuses a Host that is not a host name', async () => {
    for (const host of ['evil.example/"><x', 'user@evil.example', 'a b', 'evil.example?x'])
      expect((await api.app.inject({ url: '/', headers: { host } })).statusCode, host).toBe(400)
  })

  it('uses the configured origin and does not vary on Host', async () => {
    const env = { MASTHEAD_PUBLIC_URL: 'https://news.example.com' }
    const app = await buildApp(api.db.config(env), api.db.services, { logger: false })
    for (const url of [...paths, '/api/v1/articles']) {
      const res = await app.inject({ url, headers: forged })
      expect(res.body, url).not.toContain('evil.example')
      expect(String(res.headers.vary), url).not.toMatch(/\bHost\b/)
    }
    expect((await app.inject({ url: '/rss.xml' })).body).toContain('https://news.example.com/')
    await app.close()
  })

  it('takes https from a trusted proxy’s X-Forwarded-Proto, never its host', async () => {
    const config = api.db.config({ MASTHEAD_TRUST_PROXY: '10.0.0.1' })
    const app = await buildApp(config, api.db.services, { logger: false })
    const proxied = await app.inject({
      url: '/rss.xml',
      headers: forged,
      remoteAddress: '10.0.0.1',
    })
    expect(proxied.body).toContain('https://evil.example/')
    expect(proxied.body).not.toContain('forwarded.evil.example')
    expect(String(proxied.headers.vary)).toMatch(/Host, X-Forwarded-Proto/)
    const direct = await app.inject({ url: '/rss.xml', headers: forged, remoteAddress: '10.0.0.2' })
    expect(direct.body).toContain('http://evil.example/')
    expect(direct.body).not.toContain('https://evil.example/')
    await app.close()
  })
})
