import { describe, expect, it } from 'vitest'
import { make, systemTestActor as system } from '../../support/make.js'
import { useApi } from './support.js'

type ArticleJson = {
  id: string
  status: string
  returnNote?: { text: string; by: string; at: string } | null
}

describe('api workflow actions', () => {
  const api = useApi()

  it.each(['submit', 'return', 'publish', 'unschedule', 'unpublish'])(
    'refuses unknown fields sent to %s and leaves the story as it was',
    async (action) => {
      const editor = await api.user('editor')
      const author = await make.author(api.db)
      const story = await make.article(api.db, { status: 'published', authors: [author.slug] })
      const res = await api.call({
        as: editor,
        method: 'POST',
        url: `/api/v1/articles/${story.id}/${action}`,
        payload: { bogus: 1 },
      })
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({
        code: 'invalid-input',
        errors: [{ field: 'bogus' }],
      })
      expect((await api.db.services.articles.get({ actor: null, id: story.id })).status).toBe(
        'published',
      )
    },
  )

  it('still takes actions with no body, a null body or an empty object', async () => {
    const editor = await api.user('editor')
    const author = await make.author(api.db)
    const story = await make.article(api.db, { status: 'published', authors: [author.slug] })
    const url = `/api/v1/articles/${story.id}/unpublish`
    expect((await api.call({ as: editor, method: 'POST', url, payload: {} })).statusCode).toBe(200)
    const draft = await make.article(api.db, { authors: [author.slug] })
    const submit = `/api/v1/articles/${draft.id}/submit`
    const res = await api.call({
      as: editor,
      method: 'POST',
      url: submit,
      payload: 'null',
      headers: { 'content-type': 'application/json' },
    })
    expect(res.statusCode, res.body).toBe(200)
  })

  it('keeps the note an editor returns a story with, shows it to the writer until the next submit, and audits it', async () => {
    const admin = await api.user('admin')
    const editor = await api.user('editor')
    const writer = await api.user('author')
    const story = await make.article(api.db, {
      status: 'in_review',
      actor: await api.db.services.accounts.actorForUser({ userId: writer.userId }),
    })
    const returned = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${story.id}/return`,
      payload: { note: '  needs a second source  ' },
    })
    expect(returned.statusCode, returned.body).toBe(200)
    const expected = {
      text: 'needs a second source',
      by: expect.any(String),
      at: expect.any(String),
    }
    expect(returned.json<ArticleJson>()).toMatchObject({ status: 'draft', returnNote: expected })
    const seen = await api.call({ as: writer, url: `/api/v1/articles/${story.id}` })
    expect(seen.json<ArticleJson>().returnNote).toMatchObject(expected)
    expect(seen.json<ArticleJson>().returnNote?.by).toContain('editor')

    const log = await api.call({ as: admin, url: `/api/v1/audit?subject=${story.id}` })
    const entry = log
      .json<{ items: { action: string; detail: Record<string, unknown> | null }[] }>()
      .items.find((e) => e.action === 'article.return')
    expect(entry?.detail).toMatchObject({ note: 'needs a second source' })

    const submitted = await api.call({
      as: writer,
      method: 'POST',
      url: `/api/v1/articles/${story.id}/submit`,
    })
    expect(submitted.json<ArticleJson>().returnNote).toBeNull()
    const after = await api.call({ as: writer, url: `/api/v1/articles/${story.id}` })
    expect(after.json<ArticleJson>().returnNote).toBeNull()
  })

  it('limits the note and refuses an empty one', async () => {
    const editor = await api.user('editor')
    const story = await make.article(api.db, { status: 'in_review' })
    const url = `/api/v1/articles/${story.id}/return`
    const long = await api.call({
      as: editor,
      method: 'POST',
      url,
      payload: { note: 'x'.repeat(2001) },
    })
    expect(long.statusCode).toBe(400)
    expect(long.json()).toMatchObject({ errors: [{ field: 'note' }] })
    const blank = await api.call({ as: editor, method: 'POST', url, payload: { note: '   ' } })
    expect(blank.statusCode).toBe(400)
    expect(
      (await api.db.services.articles.get({ actor: null, id: story.id }).catch(() => null))?.status,
    ).not.toBe('draft')
  })

  it('shows no return note to anonymous readers of a published story', async () => {
    const author = await make.author(api.db)
    const story = await make.article(api.db, { status: 'published', authors: [author.slug] })
    const res = await api.call({ url: `/api/v1/articles/${story.id}` })
    expect(res.statusCode).toBe(200)
    expect(res.json<ArticleJson>().returnNote).toBeUndefined()
  })
})

describe('api byline rule', () => {
  const api = useApi()

  it('answers publishing an unsigned story with 409 missing-byline naming authors', async () => {
    const editor = await api.user('editor')
    // Created by the system, so no one's own byline is attached.
    const story = await api.db.services.articles.create({
      actor: system,
      headline: 'Unsigned story',
    })
    const res = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${story.id}/publish`,
    })
    expect(res.statusCode).toBe(409)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json()).toMatchObject({ code: 'missing-byline', errors: [{ field: 'authors' }] })
  })
})
