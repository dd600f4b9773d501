import { beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../../src/domain/roles.js'
import type { Caller } from './support.js'
import { make } from '../../support/make.js'
import { rowCounts, useApi } from './support.js'

type Setup = (
  api: ReturnType<typeof useApi>,
  me: Caller,
  other: Caller,
) => Promise<{
  method: 'POST' | 'PATCH' | 'DELETE' | 'GET'
  url: string
  payload?: object
  headers?: Record<string, string>
}>

const draftBy = async (api: ReturnType<typeof useApi>, who: Caller) => {
  // Admins get no byline of their own, and a story needs one to be published or scheduled.
  if (who.role === 'admin' && (await api.db.store.authors.findBySlug('desk')) === null)
    await make.author(api.db, { slug: 'desk' })
  const res = await api.call({
    as: who,
    method: 'POST',
    url: '/api/v1/articles',
    payload: {
      headline: `Draft by ${who.role}`,
      ...(who.role === 'admin' ? { authors: ['desk'] } : {}),
    },
  })
  return res.json<{ id: string; revision: number }>()
}
const publishedBy = async (api: ReturnType<typeof useApi>, who: Caller, editor: Caller) => {
  const a = await draftBy(api, who)
  await api.call({ as: editor, method: 'POST', url: `/api/v1/articles/${a.id}/publish` })
  return a
}

let n = 0
/** Each action and the status every role gets: [contributor, author, editor, admin]. */
const matrix: [string, Setup, [number, number, number, number]][] = [
  [
    'create a draft',
    async () => ({ method: 'POST', url: '/api/v1/articles', payload: { headline: 'New' } }),
    [201, 201, 201, 201],
  ],
  [
    'edit own draft',
    async (api, me) => {
      const a = await draftBy(api, me)
      return {
        method: 'PATCH',
        url: `/api/v1/articles/${a.id}`,
        headers: { 'if-match': '"1"' },
        payload: { dek: 'x' },
      }
    },
    [200, 200, 200, 200],
  ],
  [
    'edit someone else’s draft',
    async (api, _me, other) => {
      const a = await draftBy(api, other)
      return {
        method: 'PATCH',
        url: `/api/v1/articles/${a.id}`,
        headers: { 'if-match': '"1"' },
        payload: { dek: 'x' },
      }
    },
    [403, 403, 200, 200],
  ],
  [
    'submit own draft',
    async (api, me) => {
      const a = await draftBy(api, me)
      return { method: 'POST', url: `/api/v1/articles/${a.id}/submit` }
    },
    [200, 200, 200, 200],
  ],
  [
    'publish own draft',
    async (api, me) => {
      const a = await draftBy(api, me)
      return { method: 'POST', url: `/api/v1/articles/${a.id}/publish` }
    },
    [403, 200, 200, 200],
  ],
  [
    'publish someone else’s draft',
    async (api, _me, other) => {
      const a = await draftBy(api, other)
      return { method: 'POST', url: `/api/v1/articles/${a.id}/publish` }
    },
    [403, 403, 200, 200],
  ],
  [
    'schedule own draft',
    async (api, me) => {
      const a = await draftBy(api, me)
      return {
        method: 'POST',
        url: `/api/v1/articles/${a.id}/schedule`,
        payload: { at: '2027-01-01T00:00:00Z' },
      }
    },
    [403, 200, 200, 200],
  ],
  [
    'delete own draft',
    async (api, me) => {
      const a = await draftBy(api, me)
      return { method: 'DELETE', url: `/api/v1/articles/${a.id}` }
    },
    [204, 204, 204, 204],
  ],
  [
    'delete someone else’s draft',
    async (api, _me, other) => {
      const a = await draftBy(api, other)
      return { method: 'DELETE', url: `/api/v1/articles/${a.id}` }
    },
    [403, 403, 204, 204],
  ],
  [
    'correct someone else’s story',
    async (api, _me, other) => {
      const a = await publishedBy(api, other, editorOf(api))
      return {
        method: 'POST',
        url: `/api/v1/articles/${a.id}/corrections`,
        payload: { kind: 'update', text: 'More.' },
      }
    },
    [403, 403, 201, 201],
  ],
  [
    'unpublish someone else’s story',
    async (api, _me, other) => {
      const a = await publishedBy(api, other, editorOf(api))
      return { method: 'POST', url: `/api/v1/articles/${a.id}/unpublish` }
    },
    [403, 403, 200, 200],
  ],
  [
    'read someone else’s draft',
    async (api, _me, other) => {
      const a = await draftBy(api, other)
      return { method: 'GET', url: `/api/v1/articles/${a.id}` }
    },
    [404, 200, 200, 200],
  ],
  [
    'create a section',
    async () => ({
      method: 'POST',
      url: '/api/v1/sections',
      payload: { name: `Desk ${(n += 1)}` },
    }),
    [403, 403, 201, 201],
  ],
  [
    'add a redirect',
    async () => ({
      method: 'POST',
      url: '/api/v1/redirects',
      payload: { from: `/old-${(n += 1)}/`, to: '/new/' },
    }),
    [403, 403, 201, 201],
  ],
  [
    'change settings',
    async () => ({ method: 'PATCH', url: '/api/v1/settings', payload: { tagline: 'Local news' } }),
    [403, 403, 403, 200],
  ],
  ['list accounts', async () => ({ method: 'GET', url: '/api/v1/users' }), [403, 403, 403, 200]],
  [
    'read the audit log',
    async () => ({ method: 'GET', url: '/api/v1/audit' }),
    [403, 403, 403, 200],
  ],
  [
    'invite someone',
    async () => ({
      method: 'POST',
      url: '/api/v1/invitations',
      payload: { email: `inv${(n += 1)}@example.com`, name: 'New Hire', role: 'author' },
    }),
    [403, 403, 403, 201],
  ],
  [
    'change someone’s role',
    async (_api, _me, other) => ({
      method: 'PATCH',
      url: `/api/v1/users/${other.userId}`,
      payload: { role: 'author' },
    }),
    [403, 403, 403, 200],
  ],
]

const callers = new Map<string, Caller>()
const editorOf = (_api: ReturnType<typeof useApi>): Caller => callers.get('desk')!
const roleNames: Role[] = ['contributor', 'author', 'editor', 'admin']

describe('api role × action matrix', () => {
  const api = useApi()
  beforeAll(async () => {
    if (api.db.store === undefined) return
    for (const role of roleNames) callers.set(role, await api.user(role))
    callers.set('other', await api.user('contributor'))
    callers.set('desk', await api.user('editor'))
  })

  for (const [action, setup, expected] of matrix) {
    for (const [i, role] of roleNames.entries()) {
      it(`${role}: ${action} → ${expected[i]}`, async () => {
        const me = callers.get(role)!
        const request = await setup(api, me, callers.get('other')!)
        const before = await rowCounts(api.db)
        const res = await api.call({ as: me, ...request })
        expect(res.statusCode, res.body).toBe(expected[i])
        if (res.statusCode >= 400) {
          expect(res.headers['content-type']).toContain('application/problem+json')
          expect(await rowCounts(api.db)).toEqual(before)
        }
      })
    }
  }

  it('refuses every mutation to anonymous callers with 401', async () => {
    for (const [, setup] of matrix) {
      const request = await setup(api, callers.get('desk')!, callers.get('other')!)
      const res = await api.call(request)
      if (request.method === 'GET' && request.url.startsWith('/api/v1/articles/'))
        expect(res.statusCode).toBe(404)
      else expect(res.statusCode, request.url).toBe(401)
    }
  })
})
