import { describe, expect, it } from 'vitest'
import { make } from '../../support/make.js'
import { useApi } from './support.js'

const body = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'A source said ' },
        {
          type: 'text',
          text: 'no deal',
          marks: [{ type: 'quote', attrs: { attribution: 'src' } }],
        },
      ],
    },
  ],
}
const attributions = [{ id: 'src', sourcing: 'anonymous', description: 'a negotiator' }]

describe('api attributed reporting', () => {
  const api = useApi()

  const draft = async () => {
    const editor = await api.user('editor')
    const author = await make.author(api.db)
    const res = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/articles',
      payload: { headline: 'Talks', authors: [author.slug], body, attributions, sources: [] },
    })
    expect(res.statusCode, res.body).toBe(201)
    return {
      editor,
      article: res.json<{ id: string; revision: number; attributions: unknown[] }>(),
    }
  }

  it('answers 422 unsigned-anonymous-source on publish until an editor signs off', async () => {
    const { editor, article } = await draft()
    expect(article.attributions).toEqual([expect.objectContaining({ id: 'src', signOff: null })])
    const url = `/api/v1/articles/${article.id}/publish`
    const refused = await api.call({ as: editor, method: 'POST', url })
    expect(refused.statusCode).toBe(422)
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(refused.json()).toMatchObject({
      code: 'unsigned-anonymous-source',
      errors: [
        {
          field: 'attributions[0]',
          message: "An editor must sign off on the unnamed source 'a negotiator'",
        },
      ],
    })
    const signUrl = `/api/v1/articles/${article.id}/attributions/src/sign-off`
    const author = await api.user('author')
    const forbidden = await api.call({
      as: author,
      method: 'POST',
      url: signUrl,
      payload: { revision: article.revision },
    })
    expect(forbidden.statusCode).toBe(403)
    const stale = await api.call({
      as: editor,
      method: 'POST',
      url: signUrl,
      payload: { revision: article.revision + 3 },
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json()).toMatchObject({
      code: 'stale-revision',
      currentRevision: article.revision,
    })
    const signed = await api.call({
      as: editor,
      method: 'POST',
      url: signUrl,
      payload: { revision: article.revision },
    })
    expect(signed.statusCode, signed.body).toBe(200)
    expect(signed.json()).toMatchObject({ attributions: [{ signOff: { userId: editor.userId } }] })
    expect((await api.call({ as: editor, method: 'POST', url })).statusCode).toBe(200)
    const summary = await api.call({
      as: editor,
      method: 'GET',
      url: `/api/v1/articles/${article.id}/attribution-summary`,
    })
    expect(summary.json()).toMatchObject({
      quotes: 1,
      anonymous: 1,
      unsigned: 0,
      anonymousOrRelayedShare: 1,
    })
    const report = await api.call({
      as: editor,
      method: 'GET',
      url: '/api/v1/reports/sourcing?limit=5',
    })
    expect(report.statusCode).toBe(200)
    expect(report.json<{ items: { id: string }[] }>().items[0]).toMatchObject({
      id: article.id,
      headline: 'Talks',
    })
    expect(
      (await api.call({ as: author, method: 'GET', url: '/api/v1/reports/sourcing' })).statusCode,
    ).toBe(403)
  })

  it('refuses bad attributions with invalid-input naming the fields', async () => {
    const { editor, article } = await draft()
    const res = await api.call({
      as: editor,
      method: 'PATCH',
      url: `/api/v1/articles/${article.id}`,
      headers: { 'if-match': `"${article.revision}"` },
      payload: {
        attributions: [
          {
            id: 'src',
            sourcing: 'anonymous',
            documentUrl: 'javascript:alert(1)',
            saidOn: '2026-13-01',
          },
        ],
        sources: [{ id: 'Bad Id', kind: 'wire', title: 'x' }],
      },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'invalid-input' })
    const removed = await api.call({
      as: editor,
      method: 'PATCH',
      url: `/api/v1/articles/${article.id}`,
      headers: { 'if-match': `"${article.revision}"` },
      payload: { attributions: [] },
    })
    expect(removed.statusCode).toBe(400)
    expect(removed.json()).toMatchObject({
      errors: [
        { field: 'body.content.0', message: expect.stringContaining('unknown-attribution') },
      ],
    })
  })

  it('searches, creates, changes and merges entities, by role', async () => {
    const author = await api.user('author')
    const editor = await api.user('editor')
    const create = (name: string) =>
      api.call({
        as: author,
        method: 'POST',
        url: '/api/v1/entities',
        payload: { kind: 'person', name },
      })
    const a = (await create('Zoë Ångström')).json<{ id: string }>()
    const b = await create('Z. Angstrom')
    expect(b.statusCode).toBe(201)
    const found = await api.call({
      as: author,
      method: 'GET',
      url: '/api/v1/entities?q=angstr&kind=person',
    })
    expect(found.json<{ items: unknown[] }>().items).toHaveLength(2)
    const patched = await api.call({
      as: author,
      method: 'PATCH',
      url: `/api/v1/entities/${a.id}`,
      payload: { description: 'Physicist', wikidataId: 'Q1' },
    })
    expect(patched.json()).toMatchObject({ description: 'Physicist', wikidataId: 'Q1' })
    const mergeUrl = `/api/v1/entities/${b.json<{ id: string }>().id}/merge`
    expect(
      (await api.call({ as: author, method: 'POST', url: mergeUrl, payload: { into: a.id } }))
        .statusCode,
    ).toBe(403)
    const merged = await api.call({
      as: editor,
      method: 'POST',
      url: mergeUrl,
      payload: { into: a.id },
    })
    expect(merged.json()).toMatchObject({ id: a.id, aliases: ['Z. Angstrom'] })
    const bad = await api.call({
      as: author,
      method: 'POST',
      url: '/api/v1/entities',
      payload: { kind: 'robot', name: '' },
    })
    expect(bad.statusCode).toBe(400)
    expect((await api.call({ method: 'GET', url: '/api/v1/entities?q=z' })).statusCode).toBe(401)
  })
})
