import { describe, expect, it } from 'vitest'
import { doc, make } from '../../support/make.js'
import type { Caller } from './support.js'
import { rowCounts, useApi } from './support.js'

type ArticleBody = {
  id: string
  revision: number
  status: string
  url: string | null
  headline: string
}

describe('api articles', () => {
  const api = useApi()
  const create = async (
    as: Caller,
    payload: Record<string, unknown> = { headline: 'A headline' },
  ) => {
    const res = await api.call({ as, method: 'POST', url: '/api/v1/articles', payload })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<ArticleBody>()
  }

  it('creates a draft with sections, tags and authors by slug and name', async () => {
    const editor = await api.user('editor')
    const section = await make.section(api.db, { slug: 'harbour' })
    const author = await make.author(api.db, { slug: 'kim-lee' })
    const a = await create(editor, {
      headline: 'Ferry strike ends',
      dek: 'Talks succeed.',
      body: doc('Crews return.'),
      sections: [section.slug],
      tags: ['Ferries', 'Labour'],
      authors: [author.slug],
    })
    const res = await api.call({ as: editor, url: `/api/v1/articles/${a.id}` })
    expect(res.json()).toMatchObject({
      status: 'draft',
      revision: 1,
      url: null,
      sections: [{ slug: 'harbour' }],
      tags: [{ name: 'Ferries' }, { name: 'Labour' }],
      authors: [{ slug: 'kim-lee' }],
      corrections: [],
    })
  })

  it('lists every failing field, rejects unknown fields and wrong types', async () => {
    const editor = await api.user('editor')
    const before = await rowCounts(api.db)
    const res = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/articles',
      payload: { dek: 5, color: 'red', sections: 'x' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)
    expect(fields).toEqual(expect.arrayContaining(['headline', 'color', 'dek', 'sections']))
    const unknownSection = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/articles',
      payload: { headline: 'x', sections: ['nope'] },
    })
    expect(unknownSection.json()).toMatchObject({
      status: 400,
      code: 'invalid-input',
      errors: [{ field: 'sections.0' }],
    })
    const badBody = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/articles',
      payload: { headline: 'x', body: { type: 'doc', content: [{ type: 'script' }] } },
    })
    expect(badBody.statusCode).toBe(400)
    expect(await rowCounts(api.db)).toEqual(before)
  })

  it('answers malformed JSON with 400, other media types with 415, huge bodies with 413', async () => {
    const editor = await api.user('editor')
    const post = (payload: string, type = 'application/json') =>
      api.call({
        as: editor,
        method: 'POST',
        url: '/api/v1/articles',
        payload,
        headers: { 'content-type': type },
      })
    expect((await post('{"headline": ')).statusCode).toBe(400)
    expect((await post('')).statusCode).toBe(400)
    expect((await post('{"__proto__": {"x": 1}, "headline": "p"}')).statusCode).toBe(400)
    expect((await post('<headline/>', 'application/xml')).statusCode).toBe(415)
    const huge = await post(JSON.stringify({ headline: 'x', dek: 'y'.repeat(1_100_000) }))
    expect(huge.statusCode).toBe(413)
    expect(huge.json()).toMatchObject({ status: 413, code: 'payload-too-large' })
  })

  it('saves with If-Match: 200, 409 with the current revision when stale, 428 without, 400 when malformed', async () => {
    const editor = await api.user('editor')
    const a = await create(editor)
    const patch = (ifMatch: string | undefined, payload: object) =>
      api.call({
        as: editor,
        method: 'PATCH',
        url: `/api/v1/articles/${a.id}`,
        payload,
        headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
      })
    const ok = await patch('"1"', { headline: 'Edited once' })
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toMatchObject({ revision: 2, headline: 'Edited once' })
    const stale = await patch('"1"', { headline: 'Edited from an old view' })
    expect(stale.statusCode).toBe(409)
    expect(stale.json()).toMatchObject({ code: 'stale-revision', currentRevision: 2 })
    expect((await patch(undefined, { headline: 'No precondition' })).statusCode).toBe(428)
    expect((await patch('"abc"', { headline: 'Bad header' })).statusCode).toBe(400)
    expect((await patch('"2"', { nope: true })).statusCode).toBe(400)
    const after = await api.call({ as: editor, url: `/api/v1/articles/${a.id}` })
    expect(after.json()).toMatchObject({ revision: 2, headline: 'Edited once' })
  })

  it('moves through the workflow and gives a public url once published', async () => {
    const editor = await api.user('editor')
    const a = await create(editor, { headline: 'Council votes on budget' })
    const submit = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${a.id}/submit`,
    })
    expect(submit.json()).toMatchObject({ status: 'in_review', url: null })
    const publish = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${a.id}/publish`,
    })
    expect(publish.json<ArticleBody>().url).toMatch(
      /^http:\/\/localhost(:80)?\/2026\/03\/02\/council-votes-on-budget\/$/,
    )
    const again = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${a.id}/publish`,
    })
    expect(again.json()).toMatchObject({ status: 409, code: 'invalid-transition' })
    const correction = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${a.id}/corrections`,
      payload: { kind: 'correction', text: 'An earlier version misstated the total.' },
    })
    expect(correction.statusCode).toBe(201)
    const badKind = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${a.id}/corrections`,
      payload: { kind: 'erratum', text: 'x' },
    })
    expect(badKind.statusCode).toBe(400)
    const unpublish = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${a.id}/unpublish`,
    })
    expect(unpublish.json()).toMatchObject({ status: 'unpublished', url: null })
    const stale = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${a.id}/publish`,
      headers: { 'if-match': '"1"' },
    })
    expect(stale.statusCode).toBe(409)
  })

  it('schedules in the future only, and deletes drafts but not published stories', async () => {
    const editor = await api.user('editor')
    const a = await create(editor)
    const past = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${a.id}/schedule`,
      payload: { at: '2020-01-01T00:00:00Z' },
    })
    expect(past.statusCode).toBe(409)
    const notDate = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${a.id}/schedule`,
      payload: { at: 'tomorrow' },
    })
    expect(notDate.statusCode).toBe(400)
    const ok = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${a.id}/schedule`,
      payload: { at: '2026-03-03T09:00:00+01:00' },
    })
    expect(ok.json()).toMatchObject({
      status: 'scheduled',
      scheduledAt: '2026-03-03T08:00:00.000Z',
    })
    const draft = await create(editor)
    expect(
      (await api.call({ as: editor, method: 'DELETE', url: `/api/v1/articles/${draft.id}` }))
        .statusCode,
    ).toBe(204)
    expect((await api.call({ as: editor, url: `/api/v1/articles/${draft.id}` })).statusCode).toBe(
      404,
    )
    const live = await make.article(api.db, { status: 'published' })
    expect(
      (await api.call({ as: editor, method: 'DELETE', url: `/api/v1/articles/${live.id}` }))
        .statusCode,
    ).toBe(409)
  })

  it('lists revisions, diffs two of them and restores an old one', async () => {
    const editor = await api.user('editor')
    const a = await create(editor, {
      headline: 'Bridge closes for repairs',
      body: doc('The bridge closes on Monday.'),
    })
    await api.call({
      as: editor,
      method: 'PATCH',
      url: `/api/v1/articles/${a.id}`,
      headers: { 'if-match': '"1"' },
      payload: {
        headline: 'Bridge closes for two weeks',
        body: doc('The bridge closes on Tuesday.'),
        tags: ['Roads'],
      },
    })
    const revisions = await api.call({ as: editor, url: `/api/v1/articles/${a.id}/revisions` })
    expect(
      revisions.json<{ items: { revision: number }[] }>().items.map((r) => r.revision),
    ).toEqual([2, 1])
    const diff = await api.call({ as: editor, url: `/api/v1/articles/${a.id}/diff?from=1&to=2` })
    expect(diff.statusCode).toBe(200)
    const d = diff.json<{
      fields: { field: string }[]
      text: { field: string; changes: { op: string; value: string }[] }[]
    }>()
    expect(d.fields.map((f) => f.field)).toEqual(
      expect.arrayContaining(['headline', 'body', 'tags']),
    )
    const body = d.text.find((t) => t.field === 'body')!
    expect(body.changes).toEqual(
      expect.arrayContaining([
        { op: 'delete', value: 'Monday' },
        { op: 'insert', value: 'Tuesday' },
      ]),
    )
    expect(
      (await api.call({ as: editor, url: `/api/v1/articles/${a.id}/diff?from=1&to=9` })).statusCode,
    ).toBe(404)
    expect(
      (await api.call({ as: editor, url: `/api/v1/articles/${a.id}/diff?from=x&to=2` })).statusCode,
    ).toBe(400)
    const noIf = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${a.id}/revisions/1/restore`,
    })
    expect(noIf.statusCode).toBe(428)
    const restored = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${a.id}/revisions/1/restore`,
      headers: { 'if-match': '"2"' },
    })
    expect(restored.json()).toMatchObject({ revision: 3, headline: 'Bridge closes for repairs' })
  })

  it('paginates with an opaque cursor and filters by status, section, tag, author and text', async () => {
    const editor = await api.user('editor')
    const section = await make.section(api.db, { slug: 'paging' })
    for (let i = 0; i < 5; i += 1) {
      api.db.clock.advance(60_000)
      await make.article(api.db, {
        status: 'published',
        headline: `Paging story ${i} about lighthouses`,
        sections: [section.slug],
        tags: ['Lighthouses'],
      })
    }
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const qs: string = `section=paging&limit=2${cursor !== null ? `&cursor=${cursor}` : ''}`
      const page = (await api.call({ url: `/api/v1/articles?${qs}` })).json<{
        items: ArticleBody[]
        nextCursor: string | null
      }>()
      seen.push(...page.items.map((i) => i.headline))
      cursor = page.nextCursor
    } while (cursor !== null && seen.length < 20)
    expect(seen).toEqual([4, 3, 2, 1, 0].map((i) => `Paging story ${i} about lighthouses`))
    expect(
      (await api.call({ url: '/api/v1/articles?tag=lighthouses' })).json<{ items: unknown[] }>()
        .items,
    ).toHaveLength(5)
    expect(
      (await api.call({ url: '/api/v1/articles?author=nobody' })).json<{ items: unknown[] }>()
        .items,
    ).toHaveLength(0)
    const found = (await api.call({ url: '/api/v1/articles?q=lighthouses&limit=3' })).json<{
      items: unknown[]
      nextCursor: string | null
    }>()
    expect(found.items).toHaveLength(3)
    expect(found.nextCursor).not.toBeNull()
    expect((await api.call({ url: '/api/v1/articles?cursor=not-a-cursor' })).statusCode).toBe(400)
    expect((await api.call({ url: '/api/v1/articles?limit=1000' })).statusCode).toBe(400)
    expect((await api.call({ url: '/api/v1/articles?status=gone' })).statusCode).toBe(400)
    expect((await api.call({ url: '/api/v1/articles?unknown=1' })).statusCode).toBe(400)
    const drafts = (await api.call({ as: editor, url: '/api/v1/articles?status=draft' })).json<{
      items: ArticleBody[]
    }>()
    expect(drafts.items.every((a) => a.status === 'draft')).toBe(true)
  })

  it('serves published content to anonymous readers with caching headers, and never drafts', async () => {
    const live = await make.article(api.db, { status: 'published' })
    const draft = await make.article(api.db)
    const res = await api.call({ url: `/api/v1/articles/${live.id}` })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toContain('public')
    expect(res.headers.vary).toContain('Authorization')
    expect((await api.call({ url: `/api/v1/articles/${draft.id}` })).statusCode).toBe(404)
    expect(
      (await api.call({ url: '/api/v1/articles?status=draft' })).json<{ items: unknown[] }>().items,
    ).toHaveLength(0)
    const list = (await api.call({ url: '/api/v1/articles?limit=100' })).json<{
      items: ArticleBody[]
    }>()
    expect(list.items.every((a) => a.status === 'published')).toBe(true)
    for (const url of ['/api/v1/sections', '/api/v1/tags', '/api/v1/authors']) {
      const r = await api.call({ url })
      expect(r.statusCode, url).toBe(200)
      expect(r.headers['cache-control']).toContain('public')
    }
    const editor = await api.user('editor')
    expect(
      (await api.call({ as: editor, url: `/api/v1/articles/${draft.id}` })).headers[
        'cache-control'
      ],
    ).toContain('private')
    expect(
      (await api.call({ method: 'POST', url: '/api/v1/articles', payload: { headline: 'x' } }))
        .statusCode,
    ).toBe(401)
  })

  it('stops a revoked token at once and refuses bearer tokens it does not know', async () => {
    const author = await api.user('author')
    const created = await api.call({
      as: author,
      method: 'POST',
      url: '/api/v1/tokens',
      payload: { name: 'script' },
    })
    expect(created.statusCode).toBe(201)
    const token = created.json<{ token: string; id: string }>()
    expect(token.token).toMatch(/^mh_/)
    const asScript = { ...author, token: token.token }
    expect((await api.call({ as: asScript, url: '/api/v1/me' })).statusCode).toBe(200)
    const list = (await api.call({ as: author, url: '/api/v1/tokens' })).body
    expect(list).not.toContain(token.token)
    expect(list).toContain('lastUsedAt')
    expect(
      (await api.call({ as: author, method: 'DELETE', url: `/api/v1/tokens/${token.id}` }))
        .statusCode,
    ).toBe(204)
    const after = await api.call({
      as: asScript,
      method: 'POST',
      url: '/api/v1/articles',
      payload: { headline: 'x' },
    })
    expect(after.statusCode).toBe(401)
    expect(
      (await api.call({ url: '/api/v1/me', headers: { authorization: 'Bearer mh_forged' } }))
        .statusCode,
    ).toBe(401)
    expect(
      (await api.call({ url: '/api/v1/me', headers: { authorization: 'Basic abc' } })).statusCode,
    ).toBe(401)
    const tooHigh = await api.call({
      as: author,
      method: 'POST',
      url: '/api/v1/tokens',
      payload: { name: 'x', role: 'admin' },
    })
    expect(tooHigh.statusCode).toBe(400)
    const other = await api.user('author')
    const theirs = (
      await api.call({
        as: other,
        method: 'POST',
        url: '/api/v1/tokens',
        payload: { name: 'theirs' },
      })
    ).json<{ id: string }>()
    expect(
      (await api.call({ as: author, method: 'DELETE', url: `/api/v1/tokens/${theirs.id}` }))
        .statusCode,
    ).toBe(404)
  })
})
