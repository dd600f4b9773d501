import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { make } from '../../support/make.js'
import type { Caller } from './support.js'
import { rowCounts, useApi } from './support.js'

/** mulberry32: a small seeded PRNG, so any failure can be replayed with the same seed. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const seed = Number(process.env.FUZZ_SEED ?? 20260302)
const perRoute = 100
const rand = prng(seed)
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!
const nasty = [
  '',
  ' ',
  'a',
  '0',
  '-1',
  '1e309',
  'null',
  'true',
  '<script>alert(1)</script>',
  "'; DROP TABLE articles; --",
  '../../etc/passwd',
  '%00',
  '\u0000',
  '\ud800',
  '🦆'.repeat(50),
  'x'.repeat(5000),
  '/old/',
  '2026-13-45T99:99:99Z',
  '2030-01-01T00:00:00Z',
  'mh_fake',
  'editor',
  'admin',
  'correction',
  'doc',
  '__proto__',
  'constructor',
]
const keys = [
  'headline',
  'dek',
  'body',
  'tags',
  'sections',
  'authors',
  'hero',
  'slug',
  'email',
  'password',
  'name',
  'role',
  'at',
  'kind',
  'text',
  'from',
  'to',
  'statusCode',
  'order',
  'parent',
  'disabled',
  'title',
  'timeZone',
  'token',
  'currentPassword',
  'newPassword',
  '__proto__',
  'constructor',
  'type',
  'content',
]

function value(depth = 0): unknown {
  const r = rand()
  if (depth > 3 || r < 0.3) return pick(nasty)
  if (r < 0.4) return Math.floor(rand() * 2 ** 40) * (rand() < 0.5 ? -1 : 1)
  if (r < 0.45) return rand()
  if (r < 0.5) return null
  if (r < 0.55) return rand() < 0.5
  if (r < 0.75) return Array.from({ length: Math.floor(rand() * 5) }, () => value(depth + 1))
  return object(depth + 1)
}

function object(depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (let i = Math.floor(rand() * 5); i > 0; i -= 1) out[pick(keys)] = value(depth)
  return out
}

/** A body: random JSON, a truncated or garbled document, or a wrong content type. */
function body(): { payload: string; headers: Record<string, string> } {
  const json = JSON.stringify(rand() < 0.7 ? object() : value())
  const r = rand()
  if (r < 0.6) return { payload: json, headers: { 'content-type': 'application/json' } }
  if (r < 0.75)
    return {
      payload: json.slice(0, Math.floor(rand() * json.length)),
      headers: { 'content-type': 'application/json' },
    }
  if (r < 0.85)
    return {
      payload: json.replace(/[:,]/g, () => pick([':', ',', '', '::', '}'])),
      headers: { 'content-type': 'application/json' },
    }
  if (r < 0.92)
    return {
      payload: json,
      headers: {
        'content-type': pick([
          'text/plain',
          'application/xml',
          'multipart/form-data; boundary=x',
          'application/x-www-form-urlencoded',
        ]),
      },
    }
  return {
    payload: Buffer.from(Array.from({ length: 64 }, () => Math.floor(rand() * 256))).toString(
      'latin1',
    ),
    headers: { 'content-type': 'application/json' },
  }
}

/** encodeURIComponent, except lone surrogates (which it cannot encode) become “x”. */
const encode = (text: string): string => {
  try {
    return encodeURIComponent(text)
  } catch {
    return 'x'
  }
}

function query(): string {
  const params = Array.from(
    { length: Math.floor(rand() * 4) },
    () =>
      `${encode(pick([...keys, 'limit', 'cursor', 'q', 'status']))}=${encode(String(value(3)))}`,
  )
  return params.length === 0 ? '' : `?${params.join('&')}`
}

describe('api fuzzing', () => {
  const api = useApi()
  const ids: Record<string, string> = {}
  let admin: Caller
  beforeAll(async () => {
    if (api.db.store === undefined) return
    admin = await api.user('admin')
    const article = await make.article(api.db, { status: 'published' })
    const section = await make.section(api.db)
    ids.article = article.id
    ids.section = section.id
    ids.user = (await api.user('author')).userId
  })

  it(`sends ${perRoute} random bodies and query strings to every mutation route without a 5xx (seed ${seed})`, async () => {
    const id = (kind: string) =>
      rand() < 0.6 ? (ids[kind] ?? 'x') : encode(String(pick(nasty)) || 'x')
    const routes: [string, () => string][] = [
      ['POST', () => '/api/v1/session'],
      ['POST', () => '/api/v1/me/password'],
      ['POST', () => '/api/v1/invitations'],
      ['POST', () => '/api/v1/invitations/accept'],
      ['POST', () => '/api/v1/password-resets'],
      ['POST', () => '/api/v1/password-resets/complete'],
      ['POST', () => '/api/v1/tokens'],
      ['DELETE', () => `/api/v1/tokens/${id('token')}`],
      ['POST', () => '/api/v1/users'],
      ['PATCH', () => `/api/v1/users/${id('user')}`],
      ['PATCH', () => '/api/v1/settings'],
      ['POST', () => '/api/v1/redirects'],
      ['DELETE', () => `/api/v1/redirects/${id('redirect')}`],
      ['POST', () => '/api/v1/sections'],
      ['PATCH', () => `/api/v1/sections/${id('section')}`],
      ['DELETE', () => `/api/v1/sections/${id('none')}`],
      ['POST', () => '/api/v1/sections/reorder'],
      ['PATCH', () => `/api/v1/tags/${id('tag')}`],
      ['POST', () => '/api/v1/authors'],
      ['PATCH', () => `/api/v1/authors/${id('author')}`],
      ['POST', () => '/api/v1/articles'],
      ['PATCH', () => `/api/v1/articles/${id('article')}`],
      ['DELETE', () => `/api/v1/articles/${id('none')}`],
      ...['submit', 'return', 'publish', 'unschedule', 'unpublish', 'schedule', 'corrections'].map(
        (action): [string, () => string] => [
          'POST',
          () => `/api/v1/articles/${id('article')}/${action}`,
        ],
      ),
      [
        'POST',
        () =>
          `/api/v1/articles/${id('article')}/revisions/${pick(['1', '0', '-1', 'x', '99999999999'])}/restore`,
      ],
      ['POST', () => '/api/v1/media'],
    ]
    let current = await rowCounts(api.db)
    const failures: string[] = []
    let sent = 0
    for (const [method, url] of routes) {
      for (let i = 0; i < perRoute; i += 1) {
        const { payload, headers } = body()
        const viaCookie = rand() < 0.2
        const ifMatch =
          rand() < 0.5
            ? { 'if-match': pick(['"1"', '"2"', 'W/"3"', '*', '"x"', String(value(3))]) }
            : {}
        const target = `${url()}${rand() < 0.3 ? query() : ''}`
        const res = await api.call({
          as: admin,
          via: viaCookie ? 'cookie' : 'token',
          csrf: rand() < 0.5,
          method: method,
          url: target,
          payload,
          headers: { ...headers, ...ifMatch },
        })
        sent += 1
        const label = `${method} ${target.slice(0, 120)}`
        if (res.statusCode >= 500)
          failures.push(
            `${label} ${payload.slice(0, 200)} → ${res.statusCode} ${res.body.slice(0, 300)}`,
          )
        const after = await rowCounts(api.db)
        if (res.statusCode >= 400 && JSON.stringify(after) !== JSON.stringify(current))
          failures.push(`refused ${label} (${res.statusCode}) changed rows`)
        // 414 comes from the router itself (a path parameter over 100 characters), before any plugin.
        const isProblem = String(res.headers['content-type']).includes('application/problem+json')
        if (res.statusCode >= 400 && res.statusCode !== 414 && !isProblem)
          failures.push(`${label} → ${res.statusCode} without problem+json`)
        current = after
      }
    }
    expect(failures.slice(0, 10)).toEqual([])
    expect(sent).toBe(routes.length * perRoute)
  }, 300_000)
})

describe('forged forwarding headers', () => {
  const api = useApi()
  const forgedHosts = ['forged.example', 'evil.example:8443', 'a.forged.example', '[2001:db8::1]']
  const forwardedHeaders = (): Record<string, string> => {
    const headers: Record<string, string> = {}
    const host = () => pick(forgedHosts)
    if (rand() < 0.7) headers['x-forwarded-host'] = rand() < 0.5 ? host() : `${host()}, ${host()}`
    if (rand() < 0.7)
      headers['x-forwarded-proto'] = pick(['https', 'http', 'javascript', 'https, http', ''])
    if (rand() < 0.7)
      headers['x-forwarded-for'] =
        `${pick(['203.0.113.5', '::1', 'junk', '10.0.0.1'])}, 198.51.100.${Math.floor(rand() * 255)}`
    if (rand() < 0.5) headers.forwarded = `for=198.51.100.7;host=${host()};proto=https`
    if (rand() < 0.3) headers['x-forwarded-port'] = pick(['443', '1', 'x'])
    return headers
  }

  it(`never lets them shape a link, a cache entry or an address (seed ${seed})`, async () => {
    const admin = await api.user('admin')
    const story = await make.article(api.db, { status: 'published', headline: 'Ferry timetable' })
    const urls = [
      '/',
      '/rss.xml',
      '/atom.xml',
      '/feed.json',
      '/sitemap.xml',
      '/sitemap-news.xml',
      '/robots.txt',
      '/search?q=ferry',
      '/api/v1/articles',
      `/api/v1/articles/${story.id}`,
      '/api/docs',
    ]
    const failures: string[] = []
    for (const url of urls)
      for (let i = 0; i < 25; i += 1) {
        const headers = forwardedHeaders()
        const res = await api.app.inject({
          url,
          headers,
          remoteAddress: pick(['127.0.0.1', '10.0.0.1', '192.0.2.9']),
        })
        const label = `${url} ${JSON.stringify(headers)}`
        if (res.statusCode !== 200) failures.push(`${label} → ${res.statusCode}`)
        // No trusted proxy: links keep the request's Host and plain http.
        if (forgedHosts.some((h) => res.body.includes(h)) || res.body.includes('https://localhost'))
          failures.push(`${label} → a forged origin in the body`)
        if (!url.startsWith('/api/docs') && !/\bHost\b/.test(String(res.headers.vary)))
          failures.push(`${label} → Vary without Host`)
      }
    for (let i = 0; i < 20; i += 1) {
      const headers = forwardedHeaders()
      const invited = await api.call({
        as: admin,
        method: 'POST',
        url: '/api/v1/invitations',
        headers,
        payload: { email: `fuzz${i}@example.com`, name: 'Fuzz', role: 'contributor' },
      })
      const link = invited.json<{ link?: string }>().link ?? ''
      if (!link.startsWith('http://127.0.0.1:3000/'))
        failures.push(`invitation ${JSON.stringify(headers)} → ${invited.statusCode} ${link}`)
      const reset = await api.call({
        method: 'POST',
        url: '/api/v1/password-resets',
        headers,
        payload: { email: admin.email },
        remoteAddress: '192.0.2.200',
      })
      if (reset.statusCode >= 500) failures.push(`reset ${JSON.stringify(headers)} → 5xx`)
    }
    const audit = await api.call({ as: admin, url: '/api/v1/audit?limit=100' })
    const ips = audit.json<{ items: { ip: string | null }[] }>().items.map((e) => e.ip)
    for (const ip of ips)
      if (ip !== null && /203\.0\.113\.5|198\.51\.100/.test(ip)) failures.push(`audit ip ${ip}`)
    expect(failures.slice(0, 10)).toEqual([])
  }, 300_000)
})

describe('deeply nested JSON', () => {
  const api = useApi()
  let admin: Caller
  let articleId = ''
  beforeAll(async () => {
    if (api.db.store === undefined) return
    admin = await api.user('admin')
    articleId = (await make.article(api.db, { status: 'draft' })).id
  })

  /** `{"key":[[[…]]]}`, or a bare array, nested `depth` levels. */
  const nested = (depth: number, key: string | null): string => {
    const inner = `${'['.repeat(depth)}${']'.repeat(depth)}`
    return key === null ? inner : `{${JSON.stringify(key)}:${inner}}`
  }

  it.each([
    ['POST', '/api/v1/session', 'email'],
    ['POST', '/api/v1/password-resets', 'email'],
    ['POST', '/api/v1/articles', 'body'],
    ['PATCH', '/api/v1/articles/:id', 'body'],
    ['POST', '/api/v1/articles/:id/corrections', 'text'],
    ['PATCH', '/api/v1/settings', null],
    ['POST', '/api/v1/sections', 'name'],
  ])(
    'answers %s %s nested 100,000 deep with a 400 problem, not a crash',
    async (method, path, key) => {
      const res = await api.call({
        as: admin,
        method,
        url: path.replace(':id', articleId),
        payload: nested(100_000, key),
        headers: { 'content-type': 'application/json', 'if-match': '"1"' },
      })
      expect(res.statusCode).toBe(400)
      expect(res.headers['content-type']).toContain('application/problem+json')
      const problem = res.json<{ code: string; errors: { field: string }[] }>()
      expect(problem.code).toBe('invalid-input')
      expect(problem.errors.map((e) => e.field)).toEqual(['body'])
    },
  )

  it('refuses nesting past the limit, and counts brackets only outside strings', async () => {
    const tooDeep = await api.call({
      as: admin,
      method: 'POST',
      url: '/api/v1/session',
      payload: nested(65, 'email'),
      headers: { 'content-type': 'application/json' },
    })
    expect(tooDeep.statusCode).toBe(400)
    expect(tooDeep.json<{ errors: { message: string }[] }>().errors[0]?.message).toMatch(/64/)
    const atLimit = await api.call({
      as: admin,
      method: 'POST',
      url: '/api/v1/session',
      payload: nested(63, 'email'),
      headers: { 'content-type': 'application/json' },
    })
    expect(atLimit.statusCode).toBe(400)
    expect(atLimit.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(
      'email',
    )
    const brackets = await api.call({
      as: admin,
      method: 'POST',
      url: '/api/v1/session',
      // Brackets inside strings are text, not nesting.
      payload: JSON.stringify({ email: '['.repeat(10_000), password: '{"\\'.repeat(1000) }),
      headers: { 'content-type': 'application/json' },
    })
    expect(brackets.statusCode).toBe(400)
    expect(brackets.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(
      'email',
    )
  })

  it('takes an article whose lists nest as deep as a document may', async () => {
    let block: object = { type: 'paragraph', content: [{ type: 'text', text: 'deepest' }] }
    for (let i = 0; i < 5; i += 1)
      block = {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [{ type: 'paragraph' }, block] }],
      }
    const res = await api.call({
      as: admin,
      method: 'POST',
      url: '/api/v1/articles',
      payload: { headline: 'Nested lists', body: { type: 'doc', content: [block] } },
    })
    expect(res.statusCode, res.body).toBe(201)
  })
})

/** A multipart part with odd headers: no name, no disposition, odd field names, files in text fields. */
function oddPart(b: string, image: Buffer): Buffer {
  const name = pick([
    'file',
    'credit',
    'caption',
    'copyright',
    'alt',
    '',
    '__proto__',
    'x'.repeat(300),
  ])
  const withFile =
    rand() < 0.5 ? `; filename="${pick(['a.png', '', '../../x.png', '\u0000.png'])}"` : ''
  const disposition = pick([
    `Content-Disposition: form-data; name="${name}"${withFile}`,
    `Content-Disposition: form-data${withFile}`,
    `Content-Disposition: attachment; name="${name}"`,
    'Content-Type: image/png',
    `Content-Disposition: form-data; name=${name}`,
    `Content-Disposition: form-data; name="${name}"; name="file"`,
    `Content-Disposition: form-data; name="${name}"\r\nContent-Type: multipart/mixed; boundary=inner`,
  ])
  const value = pick<string | Buffer>([image, image.subarray(0, 40), String(pick(nasty)), ''])
  const eol = rand() < 0.85 ? '\r\n' : '\n'
  return Buffer.concat([
    Buffer.from(`--${b}${eol}${disposition}${eol}${eol}`),
    Buffer.from(value),
    Buffer.from(eol),
  ])
}

/** A multipart upload: boundary missing, empty, quoted, mismatched or too long; odd or cut parts. */
function multipartBody(image: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const b = 'fuzz-boundary'
  const type = pick([
    'multipart/form-data',
    'multipart/form-data;',
    'multipart/form-data; boundary=',
    'multipart/form-data; boundary=""',
    `multipart/form-data; boundary="${b}"`,
    `multipart/form-data; boundary=${b}`,
    `multipart/form-data; boundary=${b}; boundary=other`,
    'multipart/form-data; boundary=other',
    `multipart/form-data; boundary=${'b'.repeat(200)}`,
    `multipart/form-data; charset=utf-8`,
    `multipart/mixed; boundary=${b}`,
  ])
  const parts = Array.from({ length: Math.floor(rand() * 4) }, () => oddPart(b, image))
  const end = pick([`--${b}--\r\n`, `--${b}--`, `--${b}`, '', `--other--\r\n`])
  let payload = Buffer.concat([...parts, Buffer.from(end)])
  if (rand() < 0.2) payload = payload.subarray(0, Math.floor(rand() * payload.length))
  return { payload, headers: { 'content-type': type } }
}

describe('api fuzzing: multipart uploads', () => {
  const api = useApi()

  it(`sends ${perRoute * 2} odd multipart bodies to the upload without a 5xx (seed ${seed})`, async () => {
    const contributor = await api.user('contributor')
    const image = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'red' } })
      .png()
      .toBuffer()
    let current = await rowCounts(api.db)
    const failures: string[] = []
    for (let i = 0; i < perRoute * 2; i += 1) {
      const { payload, headers } = multipartBody(image)
      const res = await api.call({
        as: contributor,
        method: 'POST',
        url: '/api/v1/media',
        payload,
        headers,
      })
      const label = `${headers['content-type']} ${JSON.stringify(payload.toString('latin1').slice(0, 160))}`
      if (res.statusCode >= 500)
        failures.push(`${label} → ${res.statusCode} ${res.body.slice(0, 200)}`)
      const isProblem = String(res.headers['content-type']).includes('application/problem+json')
      if (res.statusCode >= 400 && !isProblem)
        failures.push(`${label} → ${res.statusCode} not problem+json`)
      const after = await rowCounts(api.db)
      if (res.statusCode >= 400 && JSON.stringify(after) !== JSON.stringify(current))
        failures.push(`refused ${label} (${res.statusCode}) changed rows`)
      current = after
    }
    expect(failures.slice(0, 10)).toEqual([])
  }, 300_000)
})
