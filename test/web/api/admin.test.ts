import { describe, expect, it } from 'vitest'
import { createServices } from '../../../src/services/index.js'
import type { MailMessage, Mailer } from '../../../src/services/index.js'
import { smtpMailer } from '../../../src/services/index.js'
import { buildApp } from '../../../src/web/app.js'
import { make } from '../../support/make.js'
import { startMailSink } from './mail-sink.js'
import { useApi } from './support.js'

/** The reset token in a message's plain text. */
const tokenIn = (text: string): string => /reset-password\?token=([\w-]+)/.exec(text)?.[1] ?? ''

/**
 * The reset token in a raw SMTP message, whose text part is quoted-printable (RFC 2045 §6.7).
 * Only a raw message is decoded: decoding plain text would read a token that starts with two
 * hex digits (`token=3F…`, one base64url token in sixteen) as an encoded byte and mangle it.
 */
const tokenInRaw = (raw: string): string =>
  tokenIn(
    raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  )

describe('api accounts and administration', () => {
  const api = useApi()

  it('invites without mail: the admin sees the link once, and it opens the account once', async () => {
    const admin = await api.user('admin')
    const res = await api.call({
      as: admin,
      method: 'POST',
      url: '/api/v1/invitations',
      payload: { email: 'new.hire@example.com', name: 'New Hire', role: 'contributor' },
    })
    expect(res.statusCode, res.body).toBe(201)
    const { link, user } = res.json<{ link: string; user: { id: string } }>()
    const token = new URL(link).searchParams.get('token')!
    // Not usable before accepting: the account has no password.
    const early = await api.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'new.hire@example.com', password: 'anything-at-all' },
    })
    expect(early.statusCode).toBe(401)
    const weak = await api.call({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, password: 'short' },
    })
    expect(weak.statusCode).toBe(400)
    const ok = await api.call({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, password: 'my own long passphrase' },
    })
    expect(ok.json()).toMatchObject({ id: user.id, role: 'contributor' })
    const reuse = await api.call({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, password: 'another long passphrase' },
    })
    expect(reuse.json()).toMatchObject({ status: 400, errors: [{ field: 'token' }] })
    const signIn = await api.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'new.hire@example.com', password: 'my own long passphrase' },
    })
    expect(signIn.statusCode).toBe(200)
  })

  it('resets a password through SMTP, once, within the hour, ending every session', async () => {
    const sink = await startMailSink()
    const mailer = smtpMailer(sink.url, 'Newsroom <news@example.com>')
    const services = createServices({ ...api.db.deps, mailer })
    const app = await buildApp(api.db.config(), services, { logger: false })
    const u = await api.user('author')
    const ask = (email: string) =>
      app.inject({ method: 'POST', url: '/api/v1/password-resets', payload: { email } })
    expect((await ask('nobody@example.com')).statusCode).toBe(202)
    expect(sink.messages).toHaveLength(0)
    expect((await ask(u.email)).statusCode).toBe(202)
    expect(sink.messages).toHaveLength(1)
    const token = tokenInRaw(sink.messages[0]!)
    const done = await app.inject({
      method: 'POST',
      url: '/api/v1/password-resets/complete',
      payload: { token, password: 'a fresh passphrase' },
    })
    expect(done.statusCode).toBe(204)
    expect((await api.call({ as: u, via: 'cookie', url: '/api/v1/me' })).statusCode).toBe(401)
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/password-resets/complete',
      payload: { token, password: 'yet another passphrase' },
    })
    expect(again.statusCode).toBe(400)
    await ask(u.email)
    const late = tokenInRaw(sink.messages[1]!)
    api.db.clock.advance(61 * 60_000)
    const expired = await app.inject({
      method: 'POST',
      url: '/api/v1/password-resets/complete',
      payload: { token: late, password: 'too late passphrase' },
    })
    expect(expired.statusCode).toBe(400)
    await app.close()
    await sink.close()
  })

  it('limits password-reset requests per address', async () => {
    const ask = () =>
      api.call({
        method: 'POST',
        url: '/api/v1/password-resets',
        payload: { email: 'someone@example.com' },
        remoteAddress: '198.51.100.99',
      })
    const statuses: number[] = []
    for (let i = 0; i < 12; i += 1) statuses.push((await ask()).statusCode)
    expect(statuses.filter((s) => s === 202)).toHaveLength(10)
    expect(statuses.slice(-1)).toEqual([429])
  })

  it('sends at most 3 reset links an hour per account, each voiding the earlier ones', async () => {
    const sent: MailMessage[] = []
    const mailer: Mailer = {
      send: (message) => {
        sent.push(message)
        return Promise.resolve({ delivered: true })
      },
    }
    const services = createServices({ ...api.db.deps, mailer })
    const app = await buildApp(api.db.config(), services, { logger: false })
    const u = await api.user('author')
    let address = 0
    const ask = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/password-resets',
        payload: { email: u.email },
        remoteAddress: `203.0.113.${(address += 1)}`,
      })
    const statuses: number[] = []
    for (let i = 0; i < 5; i += 1) statuses.push((await ask()).statusCode)
    // The answer never changes, so it never tells whether the account exists or is capped.
    expect(statuses).toEqual([202, 202, 202, 202, 202])
    expect(sent).toHaveLength(3)
    const tokens = sent.map((m) => tokenIn(m.text))
    const complete = (token: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/password-resets/complete',
        payload: { token, password: 'a fresh passphrase' },
      })
    expect((await complete(tokens[0]!)).statusCode).toBe(400)
    expect((await complete(tokens[1]!)).statusCode).toBe(400)
    expect((await complete(tokens[2]!)).statusCode).toBe(204)
    api.db.clock.advance(61 * 60_000)
    expect((await ask()).statusCode).toBe(202)
    expect(sent).toHaveLength(4)
    await app.close()
  })

  it('revokes all of the caller’s own API tokens at once, and no one else’s', async () => {
    const u = await api.user('author')
    const other = await api.user('author')
    const second = await api.call({
      as: u,
      via: 'cookie',
      method: 'POST',
      url: '/api/v1/tokens',
      payload: { name: 'second' },
    })
    const secondToken = second.json<{ token: string }>().token
    const res = await api.call({ as: u, via: 'cookie', method: 'DELETE', url: '/api/v1/tokens' })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual({ revoked: 2 })
    for (const token of [u.token, secondToken]) {
      const me = await api.call({
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${token}` },
      })
      expect(me.statusCode).toBe(401)
    }
    expect((await api.call({ as: u, via: 'cookie', url: '/api/v1/me' })).statusCode).toBe(200)
    expect((await api.call({ as: other, url: '/api/v1/me' })).statusCode).toBe(200)
    const log = await api.db.store.audit.list({ action: 'token.revoke-all' }, 10, null)
    expect(log[0]).toMatchObject({ actorUserId: u.userId, detail: { revoked: 2 } })
  })

  it('lets admins list, demote and disable accounts, but not demote themselves', async () => {
    const admin = await api.user('admin')
    const u = await api.user('editor')
    const list = await api.call({ as: admin, url: '/api/v1/users' })
    expect(list.json<{ items: { email: string }[] }>().items.map((x) => x.email)).toContain(u.email)
    expect(list.body).not.toContain('passwordHash')
    const demoted = await api.call({
      as: admin,
      method: 'PATCH',
      url: `/api/v1/users/${u.userId}`,
      payload: { role: 'author' },
    })
    expect(demoted.json()).toMatchObject({ role: 'author' })
    // The editor's token now acts as an author.
    const section = await api.call({
      as: u,
      method: 'POST',
      url: '/api/v1/sections',
      payload: { name: 'Weather' },
    })
    expect(section.statusCode).toBe(403)
    const self = await api.call({
      as: admin,
      method: 'PATCH',
      url: `/api/v1/users/${admin.userId}`,
      payload: { role: 'editor' },
    })
    expect(self.json()).toMatchObject({ status: 409, code: 'conflict' })
    expect(
      (
        await api.call({
          as: admin,
          method: 'PATCH',
          url: `/api/v1/users/${u.userId}`,
          payload: {},
        })
      ).statusCode,
    ).toBe(400)
    expect(
      (
        await api.call({
          as: admin,
          method: 'PATCH',
          url: '/api/v1/users/unknown',
          payload: { name: 'X' },
        })
      ).statusCode,
    ).toBe(404)
    const created = await api.call({
      as: admin,
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: u.email, name: 'Dup', role: 'author', password: 'long enough password' },
    })
    expect(created.json()).toMatchObject({ status: 409, code: 'duplicate' })
  })

  it('records every mutation in the audit log with who, what, when and from where', async () => {
    const admin = await api.user('admin')
    const created = await api.call({
      as: admin,
      method: 'POST',
      url: '/api/v1/articles',
      payload: { headline: 'Audited' },
      remoteAddress: '192.0.2.77',
    })
    const id = created.json<{ id: string }>().id
    const me = (await api.call({ as: admin, url: '/api/v1/me' })).json<{ name: string }>()
    const log = await api.call({ as: admin, url: `/api/v1/audit?subject=${id}` })
    expect(log.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({
        action: 'article.create',
        actorUserId: admin.userId,
        actorName: me.name,
        ip: '192.0.2.77',
        at: expect.any(String) as unknown,
      }),
    ])
    const page = (await api.call({ as: admin, url: '/api/v1/audit?limit=2' })).json<{
      items: { id: number }[]
      nextCursor: string
    }>()
    const next = (
      await api.call({ as: admin, url: `/api/v1/audit?limit=2&cursor=${page.nextCursor}` })
    ).json<{ items: { id: number }[] }>()
    expect(next.items[0]!.id).toBeLessThan(page.items[1]!.id)
  })

  it('changes settings with validation, and reads them in the newsroom only', async () => {
    const admin = await api.user('admin')
    const ok = await api.call({
      as: admin,
      method: 'PATCH',
      url: '/api/v1/settings',
      payload: {
        title: 'The Daily',
        timeZone: 'Europe/Oslo',
        permalinkPattern: '/{section}/{slug}/',
      },
    })
    expect(ok.json()).toMatchObject({ title: 'The Daily', timeZone: 'Europe/Oslo' })
    const bad = await api.call({
      as: admin,
      method: 'PATCH',
      url: '/api/v1/settings',
      payload: { timeZone: 'Mars/Base', permalinkPattern: 'no-slash' },
    })
    expect(
      bad
        .json<{ errors: { field: string }[] }>()
        .errors.map((e) => e.field)
        .sort(),
    ).toEqual(['permalinkPattern', 'timeZone'])
    expect((await api.call({ url: '/api/v1/settings' })).statusCode).toBe(401)
    await api.call({
      as: admin,
      method: 'PATCH',
      url: '/api/v1/settings',
      payload: { permalinkPattern: '/{yyyy}/{mm}/{dd}/{slug}/', timeZone: 'UTC' },
    })
  })

  it('adds, lists and deletes redirects', async () => {
    const editor = await api.user('editor')
    const add = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/redirects',
      payload: { from: '/old/story/', to: '/new/story/', statusCode: 308 },
    })
    expect(add.json()).toMatchObject({
      from: '/old/story/',
      to: '/new/story/',
      statusCode: 308,
      source: 'manual',
    })
    const bad = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/redirects',
      payload: { from: 'https://evil.example/', to: '//evil.example/' },
    })
    expect(bad.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      'from',
      'to',
    ])
    expect(
      (
        await api.call({
          as: editor,
          method: 'POST',
          url: '/api/v1/redirects',
          payload: { from: '/a/', to: '/b/', statusCode: 200 },
        })
      ).statusCode,
    ).toBe(400)
    const list = await api.call({ as: editor, url: '/api/v1/redirects' })
    expect(list.json<{ items: { from: string }[] }>().items.map((r) => r.from)).toContain(
      '/old/story/',
    )
    const { id } = add.json<{ id: string }>()
    expect(
      (await api.call({ as: editor, method: 'DELETE', url: `/api/v1/redirects/${id}` })).statusCode,
    ).toBe(204)
    expect(
      (await api.call({ as: editor, method: 'DELETE', url: `/api/v1/redirects/${id}` })).statusCode,
    ).toBe(404)
  })

  it('manages the section tree and its order, tags and bylines', async () => {
    const editor = await api.user('editor')
    const post = (payload: object) =>
      api.call({ as: editor, method: 'POST', url: '/api/v1/sections', payload })
    expect((await post({ name: 'World', slug: 'world' })).statusCode).toBe(201)
    expect((await post({ name: 'Europe', parent: 'world' })).json()).toMatchObject({
      slug: 'europe',
      parent: 'world',
    })
    expect((await post({ name: 'Asia', parent: 'world' })).statusCode).toBe(201)
    expect((await post({ name: 'Dup', slug: 'world' })).json()).toMatchObject({ code: 'duplicate' })
    const reorder = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/sections/reorder',
      payload: { parent: 'world', order: ['asia', 'europe'] },
    })
    const children = reorder
      .json<{ items: { slug: string; parent: string | null; position: number }[] }>()
      .items.filter((s) => s.parent === 'world')
    expect(children.map((s) => [s.slug, s.position])).toEqual([
      ['asia', 0],
      ['europe', 1],
    ])
    const partial = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/sections/reorder',
      payload: { parent: 'world', order: ['asia'] },
    })
    expect(partial.json()).toMatchObject({ status: 400, errors: [{ field: 'order' }] })
    const world = (await api.call({ url: '/api/v1/sections' }))
      .json<{ items: { id: string; slug: string }[] }>()
      .items.find((s) => s.slug === 'world')!
    expect(
      (
        await api.call({ as: editor, method: 'DELETE', url: `/api/v1/sections/${world.id}` })
      ).json(),
    ).toMatchObject({ code: 'conflict' })
    const cycle = await api.call({
      as: editor,
      method: 'PATCH',
      url: `/api/v1/sections/${world.id}`,
      payload: { parent: 'europe' },
    })
    expect(cycle.statusCode).toBe(400)

    await make.article(api.db, { tags: ['Heat wave'] })
    const tag = (await api.call({ url: '/api/v1/tags' }))
      .json<{ items: { id: string; slug: string }[] }>()
      .items.find((t) => t.slug === 'heat-wave')!
    const renamed = await api.call({
      as: editor,
      method: 'PATCH',
      url: `/api/v1/tags/${tag.id}`,
      payload: { name: 'Heatwave' },
    })
    expect(renamed.json()).toMatchObject({ name: 'Heatwave', slug: 'heatwave' })

    const author = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/authors',
      payload: {
        name: 'Wire Service',
        isWire: true,
        links: [{ label: 'Site', url: 'https://wire.example' }],
      },
    })
    expect(author.json()).toMatchObject({ slug: 'wire-service', isWire: true })
    const badLink = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/authors',
      payload: { name: 'Bad', links: [{ label: 'x', url: 'javascript:alert(1)' }] },
    })
    expect(badLink.json()).toMatchObject({ errors: [{ field: 'links.0.url' }] })
    const publicView = await api.call({ url: '/api/v1/authors/wire-service' })
    expect(publicView.json()).not.toHaveProperty('userId')
    expect((await api.call({ url: '/api/v1/authors/nobody' })).statusCode).toBe(404)
  })
})
