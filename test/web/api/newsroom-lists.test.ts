import { describe, expect, it } from 'vitest'
import { doc } from '../../support/make.js'
import type { Caller } from './support.js'
import { useApi } from './support.js'

type Item = { id: string; headline: string; status: string }

// What the newsroom's Desk and Stories screens ask of GET /api/v1/articles.
describe('api article lists for the newsroom', () => {
  const api = useApi()
  const create = async (as: Caller, headline: string, text = 'Plain words.') => {
    const res = await api.call({
      as,
      method: 'POST',
      url: '/api/v1/articles',
      payload: { headline, body: doc(text) },
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<Item & { revision: number }>()
  }
  const list = async (as: Caller | undefined, query: string) => {
    const res = await api.call({ ...(as ? { as } : {}), url: `/api/v1/articles?${query}` })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<{ items: Item[] }>().items.map((i) => i.headline)
  }

  it('mine=true lists only the stories the caller created, with or without a status', async () => {
    const author = await api.user('author')
    const other = await api.user('author')
    await create(author, 'Mine: harbour draft')
    await create(other, 'Theirs: market draft')
    expect(await list(author, 'mine=true')).toEqual(['Mine: harbour draft'])
    expect(await list(author, 'mine=true&status=draft')).toEqual(['Mine: harbour draft'])
    expect(await list(other, 'mine=true&status=draft')).toEqual(['Theirs: market draft'])
    expect(await list(author, 'status=draft')).toEqual(
      expect.arrayContaining(['Mine: harbour draft', 'Theirs: market draft']),
    )
  })

  it('a contributor lists their own drafts and stories in review by status', async () => {
    const contributor = await api.user('contributor')
    const editor = await api.user('editor')
    const own = await create(contributor, 'Contributor: allotments')
    await create(editor, 'Editor: not for contributors')
    expect(await list(contributor, 'status=draft')).toEqual(['Contributor: allotments'])
    expect(await list(contributor, 'status=draft&mine=true')).toEqual(['Contributor: allotments'])
    const submitted = await api.call({
      as: contributor,
      method: 'POST',
      url: `/api/v1/articles/${own.id}/submit`,
    })
    expect(submitted.statusCode, submitted.body).toBe(200)
    expect(await list(contributor, 'status=in_review')).toEqual(['Contributor: allotments'])
    expect(await list(contributor, 'status=draft')).toEqual([])
  })

  it('mine=true needs a signed-in caller', async () => {
    const res = await api.call({ url: '/api/v1/articles?mine=true' })
    expect(res.statusCode).toBe(401)
  })

  it('q finds words of drafts and of a published story’s unpublished edit for staff only', async () => {
    const editor = await api.user('editor')
    const draft = await create(editor, 'Council budget', 'The quillwort survey begins.')
    expect(await list(editor, 'q=quillwort')).toEqual(['Council budget'])
    expect(await list(undefined, 'q=quillwort')).toEqual([])
    const published = await create(editor, 'Bridge reopens', 'Traffic flows again.')
    const res = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${published.id}/publish`,
    })
    expect(res.statusCode, res.body).toBe(200)
    const saved = await api.call({
      as: editor,
      method: 'PATCH',
      url: `/api/v1/articles/${published.id}`,
      headers: { 'if-match': `"${res.json<{ revision: number }>().revision}"` },
      payload: { body: doc('Traffic flows again past the saltmarsh.') },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    expect(await list(editor, 'q=saltmarsh')).toEqual(['Bridge reopens'])
    expect(await list(editor, 'q=quillwort&mine=true')).toEqual(['Council budget'])
    expect(draft.status).toBe('draft')
  })

  it('a contributor’s q= search finds their own work by status, and nobody else’s drafts', async () => {
    const contributor = await api.user('contributor')
    const editor = await api.user('editor')
    const own = await create(contributor, 'Contributor: eelgrass count', 'The eelgrass beds grew.')
    await create(editor, 'Editor: eelgrass memo', 'Eelgrass notes for the desk.')
    expect(await list(contributor, 'q=eelgrass&status=draft')).toEqual([
      'Contributor: eelgrass count',
    ])
    expect(await list(contributor, 'q=eelgrass')).toEqual(['Contributor: eelgrass count'])
    expect(await list(contributor, 'q=eelgrass&mine=true&status=draft')).toEqual([
      'Contributor: eelgrass count',
    ])
    expect(await list(contributor, 'q=eelgrass&status=published')).toEqual([])
    expect(await list(undefined, 'q=eelgrass&status=draft')).toEqual([])
    expect(await list(editor, 'q=eelgrass&status=draft')).toEqual(
      expect.arrayContaining(['Contributor: eelgrass count', 'Editor: eelgrass memo']),
    )
    const submitted = await api.call({
      as: contributor,
      method: 'POST',
      url: `/api/v1/articles/${own.id}/submit`,
    })
    expect(submitted.statusCode, submitted.body).toBe(200)
    expect(await list(contributor, 'q=eelgrass&status=draft')).toEqual([])
    expect(await list(contributor, 'q=eelgrass&status=in_review')).toEqual([
      'Contributor: eelgrass count',
    ])
  })

  it('corrections=true includes each listed story’s corrections; without it they are left out', async () => {
    const editor = await api.user('editor')
    const story = await create(editor, 'Ferry timetable changes')
    const published = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${story.id}/publish`,
    })
    expect(published.statusCode, published.body).toBe(200)
    const corrected = await api.call({
      as: editor,
      method: 'POST',
      url: `/api/v1/articles/${story.id}/corrections`,
      payload: { kind: 'correction', text: 'The first sailing is at 6:40, not 6:10.' },
    })
    expect(corrected.statusCode, corrected.body).toBe(201)
    type Listed = { id: string; corrections?: { text: string }[] }
    const withThem = await api.call({
      as: editor,
      url: '/api/v1/articles?status=published&corrections=true',
    })
    const item = withThem.json<{ items: Listed[] }>().items.find((i) => i.id === story.id)
    expect(item?.corrections?.map((c) => c.text)).toEqual([
      'The first sailing is at 6:40, not 6:10.',
    ])
    const plain = await api.call({ as: editor, url: '/api/v1/articles?status=published' })
    const bare = plain.json<{ items: Listed[] }>().items.find((i) => i.id === story.id)
    expect(bare?.corrections).toBeUndefined()
  })
})
