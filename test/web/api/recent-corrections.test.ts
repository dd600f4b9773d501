import { describe, expect, it } from 'vitest'
import type { Caller } from './support.js'
import { useApi } from './support.js'

type Item = {
  id: string
  text: string
  kind: string
  createdAt: string
  article: { id: string; headline: string; status: string; url: string | null }
}
type Page = { items: Item[]; nextCursor: string | null }

// The Desk's recent corrections: across every story, not only the latest few.
describe('api GET /corrections', () => {
  const api = useApi()
  const ok = async (res: Promise<{ statusCode: number; body: string }>) => {
    const done = await res
    expect(done.statusCode, done.body).toBeLessThan(300)
    return JSON.parse(done.body) as { id: string; revision: number }
  }
  const publishedStory = async (editor: Caller, headline: string) => {
    const a = await ok(
      api.call({ as: editor, method: 'POST', url: '/api/v1/articles', payload: { headline } }),
    )
    await ok(api.call({ as: editor, method: 'POST', url: `/api/v1/articles/${a.id}/publish` }))
    return a.id
  }
  const correct = (editor: Caller, id: string, text: string) => {
    api.db.clock.advance(1000)
    return ok(
      api.call({
        as: editor,
        method: 'POST',
        url: `/api/v1/articles/${id}/corrections`,
        payload: { kind: 'correction', text },
      }),
    )
  }
  const page = async (as: Caller | undefined, query = '') => {
    const res = await api.call({ ...(as ? { as } : {}), url: `/api/v1/corrections${query}` })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<Page>()
  }

  it('lists corrections of old and new stories newest first, with the story, in keyset pages', async () => {
    const editor = await api.user('editor')
    const old = await publishedStory(editor, 'An old story')
    for (let i = 0; i < 25; i++) await publishedStory(editor, `Filler ${i}`)
    const recent = await publishedStory(editor, 'A recent story')
    await correct(editor, recent, 'First fix.')
    await correct(editor, old, 'Second fix, on the old story.')
    await correct(editor, recent, 'Third fix.')
    const first = await page(editor, '?limit=2')
    expect(first.items.map((i) => i.text)).toEqual(['Third fix.', 'Second fix, on the old story.'])
    expect(first.items[1]?.article).toMatchObject({
      id: old,
      headline: 'An old story',
      status: 'published',
    })
    expect(first.items[1]?.article.url).toMatch(/^http:\/\/.+\/$/)
    expect(first.nextCursor).not.toBeNull()
    const second = await page(editor, `?limit=2&cursor=${first.nextCursor ?? ''}`)
    expect(second.items.map((i) => i.text)).toEqual(['First fix.'])
    expect(second.nextCursor).toBeNull()
  })

  it('shows readers corrections of published stories only; the newsroom sees them all', async () => {
    const editor = await api.user('editor')
    const contributor = await api.user('contributor')
    const id = await publishedStory(editor, 'Taken down later')
    await correct(editor, id, 'A fix before it was taken down.')
    await ok(api.call({ as: editor, method: 'POST', url: `/api/v1/articles/${id}/unpublish` }))
    const texts = async (as?: Caller) => (await page(as, '?limit=100')).items.map((i) => i.text)
    expect(await texts(editor)).toContain('A fix before it was taken down.')
    expect(await texts(undefined)).not.toContain('A fix before it was taken down.')
    expect(await texts(contributor)).not.toContain('A fix before it was taken down.')
    const shown = (await page(editor, '?limit=100')).items.find((i) => i.article.id === id)
    expect(shown?.article).toMatchObject({ status: 'unpublished', url: null })
  })

  it('refuses a bad cursor, an out-of-range limit and unknown parameters', async () => {
    const bad = ['?cursor=%%%', '?limit=0', '?limit=101', '?story=1']
    for (const query of bad) {
      const res = await api.call({ url: `/api/v1/corrections${query}` })
      expect(res.statusCode, query).toBe(400)
      expect(res.json<{ code: string }>().code).toBe('invalid-input')
    }
  })
})
