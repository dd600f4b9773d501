import { describe, expect, it } from 'vitest'
import type { Caller } from './support.js'
import { useApi } from './support.js'

const story = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'Harbour master Ines Kowal told the Coastal Herald that the ferry would run all winter.',
        },
      ],
    },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: '“We have the crews for it,” she said.' }],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The pier will close for repairs, a council official said.' },
      ],
    },
  ],
}

interface SuggestionJson {
  id: string
  status: string
  origin: string
  speakerName: string | null
  sourcing: string
  relayed: { outlet: string } | null
  quote: string | null
  trigger: string
  at: { block: number; start: number; end: number }
}

describe('attribution suggestions API', () => {
  const api = useApi()

  const draft = async (as: Caller) => {
    const res = await api.call({
      as,
      method: 'POST',
      url: '/api/v1/articles',
      payload: { headline: 'Ferry to run all winter', body: story },
    })
    expect(res.statusCode).toBe(201)
    return res.json<{ id: string; revision: number }>()
  }
  const suggest = (as: Caller, id: string) =>
    api.call({ as, method: 'POST', url: `/api/v1/articles/${id}/attribution-suggestions` })

  it('stores what the suggester proposes, with the words that triggered it, and lists it', async () => {
    const me = await api.user('author')
    const a = await draft(me)
    const res = await suggest(me, a.id)
    expect(res.statusCode).toBe(200)
    const { items } = res.json<{ items: SuggestionJson[] }>()
    expect(items.map((s) => [s.speakerName, s.sourcing, s.relayed?.outlet ?? null])).toEqual([
      ['Ines Kowal', 'on-record', 'Coastal Herald'],
      ['Ines Kowal', 'on-record', 'Coastal Herald'],
      [null, 'anonymous', null],
    ])
    expect(items[0]).toMatchObject({
      status: 'open',
      origin: 'api',
      trigger: 'told the Coastal Herald',
    })
    expect(items[1]).toMatchObject({
      quote: '“We have the crews for it,”',
      at: { block: 1, start: 0, end: 27 },
    })
    const listed = await api.call({
      as: me,
      url: `/api/v1/articles/${a.id}/attribution-suggestions`,
    })
    expect(listed.json<{ items: SuggestionJson[] }>().items).toEqual(items)
  })

  it('replaces open suggestions when asked again, and keeps dismissed ones dismissed', async () => {
    const me = await api.user('author')
    const a = await draft(me)
    const first = (await suggest(me, a.id)).json<{ items: SuggestionJson[] }>().items
    const dismissed = await api.call({
      as: me,
      method: 'POST',
      url: `/api/v1/articles/${a.id}/attribution-suggestions/${first[2]!.id}/dismiss`,
    })
    expect(dismissed.statusCode).toBe(200)
    expect(dismissed.json<SuggestionJson>().status).toBe('dismissed')
    const again = await api.call({
      as: me,
      method: 'POST',
      url: `/api/v1/articles/${a.id}/attribution-suggestions/${first[2]!.id}/dismiss`,
    })
    expect(again.statusCode).toBe(409)
    expect(again.json<{ code: string }>().code).toBe('conflict')
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/)
    const second = (await suggest(me, a.id)).json<{ items: SuggestionJson[] }>().items
    expect(second).toHaveLength(3)
    expect(second.map((s) => s.id)).not.toContain(first[0]!.id)
    const all = await api.call({ as: me, url: `/api/v1/articles/${a.id}/attribution-suggestions` })
    expect(
      all
        .json<{ items: SuggestionJson[] }>()
        .items.map((s) => s.status)
        .sort(),
    ).toEqual(['dismissed', 'open', 'open', 'open'])
    const open = await api.call({
      as: me,
      url: `/api/v1/articles/${a.id}/attribution-suggestions?status=open`,
    })
    expect(open.json<{ items: SuggestionJson[] }>().items).toEqual(second)
  })

  it('answers 401 without a session, 404 to whom the story is hidden, 403 to an author of another story, 400 on bad input', async () => {
    const me = await api.user('author')
    const a = await draft(me)
    const url = `/api/v1/articles/${a.id}/attribution-suggestions`
    expect((await api.app.inject({ method: 'POST', url })).statusCode).toBe(401)
    const contributor = await api.user('contributor')
    const hidden = await api.call({ as: contributor, method: 'POST', url })
    expect(hidden.statusCode).toBe(404)
    expect(hidden.json<{ code: string }>().code).toBe('not-found')
    const other = await api.user('author')
    expect((await api.call({ as: other, url })).statusCode).toBe(200) // authors read all work
    const refused = await api.call({ as: other, method: 'POST', url })
    expect(refused.statusCode).toBe(403)
    expect(refused.json<{ code: string }>().code).toBe('forbidden')
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/)
    const editor = await api.user('editor')
    expect((await api.call({ as: editor, method: 'POST', url })).statusCode).toBe(200)
    const bad = await api.call({ as: me, url: `${url}?status=maybe` })
    expect(bad.statusCode).toBe(400)
    const missing = await api.call({
      as: me,
      method: 'POST',
      url: `${url}/no-such-suggestion/dismiss`,
    })
    expect(missing.statusCode).toBe(404)
  })

  describe('accept', () => {
    interface ArticleJson {
      revision: number
      body: { content: { type: string; content?: { text: string; marks?: unknown[] }[] }[] }
      attributions: {
        id: string
        speaker: { entityId: string | null; name: string } | null
        sourcing: string
        relayed: { outlet: string } | null
      }[]
    }
    const accept = (as: Caller, id: string, suggestionId: string, revision: number) =>
      api.call({
        as,
        method: 'POST',
        url: `/api/v1/articles/${id}/attribution-suggestions/${suggestionId}/accept`,
        payload: { revision },
      })

    it('adds the attribution, linked to the entity of that exact name, and marks the quote as a new revision', async () => {
      const me = await api.user('author')
      const entity = await api.call({
        as: me,
        method: 'POST',
        url: '/api/v1/entities',
        payload: { kind: 'person', name: 'Ines Kowal' },
      })
      expect(entity.statusCode).toBe(201)
      const a = await draft(me)
      const items = (await suggest(me, a.id)).json<{ items: SuggestionJson[] }>().items
      const res = await accept(me, a.id, items[1]!.id, a.revision)
      expect(res.statusCode).toBe(200)
      const article = res.json<ArticleJson>()
      expect(article.revision).toBe(a.revision + 1)
      expect(article.attributions).toEqual([
        expect.objectContaining({
          id: 'ines-kowal',
          speaker: { entityId: entity.json<{ id: string }>().id, name: 'Ines Kowal' },
          sourcing: 'on-record',
          relayed: { outlet: 'Coastal Herald', url: null, date: null },
        }),
      ])
      expect(article.body.content[1]?.content?.[0]).toEqual({
        text: '“We have the crews for it,”',
        type: 'text',
        marks: [{ type: 'quote', attrs: { attribution: 'ines-kowal' } }],
      })
      const listed = await api.call({
        as: me,
        url: `/api/v1/articles/${a.id}/attribution-suggestions?status=accepted`,
      })
      expect(listed.json<{ items: SuggestionJson[] }>().items.map((s) => s.id)).toEqual([
        items[1]!.id,
      ])
      const again = await accept(me, a.id, items[1]!.id, article.revision)
      expect(again.statusCode).toBe(409)
      expect(again.json<{ code: string }>().code).toBe('conflict')
      const summary = await api.call({
        as: me,
        url: `/api/v1/articles/${a.id}/attribution-summary`,
      })
      expect(summary.json<{ quotes: number; onRecord: number; relayed: number }>()).toMatchObject({
        quotes: 1,
        onRecord: 1,
        relayed: 1,
      })
    })

    it('answers 409 stale-revision for an old revision and 403 to another author; on a live story an unsigned anonymous quote answers 422', async () => {
      const me = await api.user('author')
      const a = await draft(me)
      const items = (await suggest(me, a.id)).json<{ items: SuggestionJson[] }>().items
      const stale = await accept(me, a.id, items[0]!.id, a.revision + 5)
      expect(stale.statusCode).toBe(409)
      expect(stale.json<{ code: string }>().code).toBe('stale-revision')
      const other = await api.user('author')
      expect((await accept(other, a.id, items[0]!.id, a.revision)).statusCode).toBe(403)
      const bad = await api.call({
        as: me,
        method: 'POST',
        url: `/api/v1/articles/${a.id}/attribution-suggestions/${items[0]!.id}/accept`,
        payload: { revision: 'one' },
      })
      expect(bad.statusCode).toBe(400)

      const editor = await api.user('editor')
      const published = await api.call({
        as: editor,
        method: 'POST',
        url: `/api/v1/articles/${a.id}/publish`,
        headers: { 'if-match': `"${a.revision}"` },
      })
      expect(published.statusCode).toBe(200)
      const live = published.json<{ revision: number }>()
      const anonymous = items.find((s) => s.sourcing === 'anonymous')!
      // The anonymous source is a paraphrase: no quote rests on it, so the story may stay live.
      const res = await accept(editor, a.id, anonymous.id, live.revision)
      expect(res.statusCode).toBe(200)
      expect(res.json<ArticleJson>().attributions.map((x) => x.sourcing)).toEqual(['anonymous'])

      const quoted = await api.call({
        as: editor,
        method: 'PATCH',
        url: `/api/v1/articles/${a.id}`,
        headers: { 'if-match': `"${res.json<ArticleJson>().revision}"` },
        payload: {
          body: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: '“The pier is rotten through,” a council official said.' },
                ],
              },
            ],
          },
          attributions: [],
        },
      })
      expect(quoted.statusCode).toBe(200)
      const fresh = (await suggest(editor, a.id)).json<{ items: SuggestionJson[] }>().items
      expect(fresh.map((x) => x.sourcing)).toEqual(['anonymous'])
      const refused = await accept(editor, a.id, fresh[0]!.id, quoted.json<ArticleJson>().revision)
      expect(refused.statusCode).toBe(422)
      expect(refused.json<{ code: string }>().code).toBe('unsigned-anonymous-source')
    })
  })
})
