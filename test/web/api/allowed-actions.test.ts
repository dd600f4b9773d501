import { describe, expect, it } from 'vitest'
import type { Role } from '../../../src/domain/roles.js'
import type { Caller } from './support.js'
import { useApi } from './support.js'

type Status = 'draft' | 'in_review' | 'scheduled' | 'published'
type Json = { id: string; revision: number; allowedActions?: string[]; createdBy?: unknown }

const future = () => new Date(Date.now() + 7 * 86_400_000).toISOString()

// The actions an article's JSON offers are exactly those the server then accepts.
describe('api allowedActions and createdBy on one article', () => {
  const api = useApi()
  const people = new Map<Role, Caller>()
  const person = async (role: Role, key: string = role) => {
    const k = key as Role
    if (!people.has(k)) people.set(k, await api.user(role))
    return people.get(k) as Caller
  }
  const ok = (res: { statusCode: number; body: string }) => {
    expect(res.statusCode, res.body).toBeLessThan(300)
    return JSON.parse(res.body) as Json
  }
  const move = async (as: Caller, id: string, action: string) =>
    ok(await api.call({ as, method: 'POST', url: `/api/v1/articles/${id}/${action}` }))

  /** A story by `owner` brought to `status` (the editor moves it along). */
  const story = async (owner: Caller, status: Status) => {
    const editor = await person('editor', 'desk-editor')
    const res = await api.call({
      as: owner,
      method: 'POST',
      url: '/api/v1/articles',
      payload: { headline: `By ${owner.role}, ${status}` },
    })
    const a = ok(res)
    if (status === 'in_review') await move(owner, a.id, 'submit')
    if (status === 'published') await move(editor, a.id, 'publish')
    if (status === 'scheduled')
      ok(
        await api.call({
          as: editor,
          method: 'POST',
          url: `/api/v1/articles/${a.id}/schedule`,
          payload: { at: future() },
        }),
      )
    return a.id
  }

  /** Performs one action as the caller; returns the status code. */
  const perform = async (as: Caller, id: string, action: string) => {
    const current = ok(
      await api.call({ as: await person('editor', 'desk-editor'), url: `/api/v1/articles/${id}` }),
    )
    const ifMatch = { 'if-match': `"${current.revision}"` }
    const call = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
      api.call({ as, method, url, headers: ifMatch, ...(payload ? { payload } : {}) })
    const url = `/api/v1/articles/${id}`
    switch (action) {
      case 'edit':
        return (await call('PATCH', url, { dek: 'A new standfirst.' })).statusCode
      case 'delete':
        return (await call('DELETE', url)).statusCode
      case 'restore':
        return (await call('POST', `${url}/revisions/1/restore`)).statusCode
      case 'correct':
        return (await call('POST', `${url}/corrections`, { kind: 'update', text: 'Added a line.' }))
          .statusCode
      case 'schedule':
        return (await call('POST', `${url}/schedule`, { at: future() })).statusCode
      default:
        return (await call('POST', `${url}/${action}`)).statusCode
    }
  }

  const all = [
    'edit',
    'submit',
    'return',
    'schedule',
    'unschedule',
    'publish',
    'unpublish',
    'correct',
    'restore',
    'delete',
  ]
  const cases: [string, Role, 'own' | 'other', Status, string[]][] = [
    [
      'contributor, own draft',
      'contributor',
      'own',
      'draft',
      ['edit', 'submit', 'restore', 'delete'],
    ],
    ['contributor, own story in review', 'contributor', 'own', 'in_review', []],
    ['contributor, someone else’s published story', 'contributor', 'other', 'published', []],
    [
      'author, own draft',
      'author',
      'own',
      'draft',
      ['edit', 'submit', 'schedule', 'publish', 'restore', 'delete'],
    ],
    [
      'author, own published story',
      'author',
      'own',
      'published',
      ['edit', 'unpublish', 'correct', 'restore'],
    ],
    ['author, someone else’s draft', 'author', 'other', 'draft', []],
    [
      'editor, someone else’s story in review',
      'editor',
      'other',
      'in_review',
      ['edit', 'return', 'schedule', 'publish', 'restore', 'delete'],
    ],
    [
      'editor, someone else’s scheduled story',
      'editor',
      'other',
      'scheduled',
      ['edit', 'schedule', 'unschedule', 'publish', 'restore'],
    ],
    [
      'editor, someone else’s published story',
      'editor',
      'other',
      'published',
      ['edit', 'unpublish', 'correct', 'restore'],
    ],
  ]

  it.each(cases)(
    '%s: the list is what the server accepts',
    async (_, role, whose, status, expected) => {
      const me = await person(role)
      const owner = whose === 'own' ? me : await person('author', 'other-author')
      const id = await story(owner, status)
      const shown = ok(await api.call({ as: me, url: `/api/v1/articles/${id}` }))
      expect(shown.allowedActions).toEqual(expected)
      expect(shown.createdBy).toEqual({ id: owner.userId, name: expect.any(String) })
      for (const action of all) {
        const fresh = await story(owner, status)
        const code = await perform(me, fresh, action)
        if (expected.includes(action)) expect(code, action).toBeLessThan(300)
        else expect([403, 409], action).toContain(code)
      }
    },
  )

  it('refuses a forbidden move with 403 when the status would allow it', async () => {
    const contributor = await person('contributor')
    const id = await story(contributor, 'draft')
    expect(await perform(contributor, id, 'publish')).toBe(403)
    const other = await story(await person('author', 'other-author'), 'published')
    expect(await perform(contributor, other, 'unpublish')).toBe(403)
  })

  it('carries the actions in the answers of saves and moves, and never to anonymous readers', async () => {
    const author = await person('author')
    const id = await story(author, 'draft')
    const saved = ok(
      await api.call({
        as: author,
        method: 'PATCH',
        url: `/api/v1/articles/${id}`,
        headers: { 'if-match': '"1"' },
        payload: { dek: 'Standfirst.' },
      }),
    )
    expect(saved.allowedActions).toContain('publish')
    const published = await move(author, id, 'publish')
    expect(published.allowedActions).toEqual(['edit', 'unpublish', 'correct', 'restore'])
    const anonymous = ok(await api.call({ url: `/api/v1/articles/${id}` }))
    expect(anonymous.allowedActions).toBeUndefined()
    expect(anonymous.createdBy).toBeUndefined()
  })
})
