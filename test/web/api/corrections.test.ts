import { parseHTML } from 'linkedom'
import { articlePath } from '../../../src/domain/permalink.js'
import { describe, expect, it } from 'vitest'
import { make, systemTestActor as system } from '../../support/make.js'
import { useApi } from './support.js'

type CorrectionJson = {
  id: string
  text: string
  editedAt: string | null
  history: { text: string; replacedAt: string }[]
  withdrawn: { at: string; note: string } | null
}

describe('api corrections: edit and withdraw', () => {
  const api = useApi()

  const publishedWithCorrection = async () => {
    const story = await make.article(api.db, { status: 'published' })
    const correction = await api.db.services.articles.addCorrection({
      actor: system,
      id: story.id,
      kind: 'correction',
      text: 'An earlier version misspelt the harbour masterr.',
    })
    const settings = await api.db.services.settings.get()
    return { story, correction, path: articlePath(story, settings) }
  }

  it('rewords a correction, keeps the earlier wording public, and refreshes the cached page', async () => {
    const editor = await api.user('editor')
    const { story, correction, path } = await publishedWithCorrection()
    const before = await api.call({ url: path })
    expect(before.body).toContain('masterr')
    api.db.clock.advance(60_000)
    const res = await api.call({
      as: editor,
      method: 'PATCH',
      url: `/api/v1/articles/${story.id}/corrections/${correction.id}`,
      payload: { text: 'An earlier version misspelt the harbour master.' },
    })
    expect(res.statusCode, res.body).toBe(200)
    const edited = res.json<CorrectionJson>()
    expect(edited).toMatchObject({
      text: 'An earlier version misspelt the harbour master.',
      editedAt: expect.any(String),
      history: [{ text: 'An earlier version misspelt the harbour masterr.' }],
      withdrawn: null,
    })
    const listed = await api.call({ as: editor, url: `/api/v1/articles/${story.id}` })
    expect(listed.json<{ corrections: CorrectionJson[] }>().corrections[0]).toMatchObject({
      history: [{ text: 'An earlier version misspelt the harbour masterr.' }],
    })

    const page = await api.call({ url: path })
    const { document } = parseHTML(page.body)
    const item = document.querySelector(`#correction-${correction.id}`)
    expect(item?.textContent).toContain('misspelt the harbour master.')
    expect(item?.querySelector('details summary')?.textContent).toContain('Edited on')
    expect(item?.querySelector('details')?.textContent).toContain('harbour masterr.')
    const ld = [...document.querySelectorAll('script[type="application/ld+json"]')]
      .map((s) => JSON.parse(s.textContent ?? '{}') as { correction?: { text: string }[] })
      .find((t) => t.correction !== undefined)
    expect(ld?.correction?.map((c) => c.text)).toEqual([
      'An earlier version misspelt the harbour master.',
    ])
    const feed = await api.call({ url: '/corrections/rss.xml' })
    expect(feed.body).toContain('misspelt the harbour master.<')
  })

  it('withdraws a correction with a public note, never deleting it', async () => {
    const editor = await api.user('editor')
    const { story, correction, path } = await publishedWithCorrection()
    await api.call({ url: path })
    const url = `/api/v1/articles/${story.id}/corrections/${correction.id}/withdraw`
    const res = await api.call({
      as: editor,
      method: 'POST',
      url,
      payload: { note: 'The original spelling was right.' },
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<CorrectionJson>().withdrawn).toMatchObject({
      note: 'The original spelling was right.',
      at: expect.any(String),
    })
    const { document } = parseHTML((await api.call({ url: path })).body)
    const item = document.querySelector(`#correction-${correction.id}`)
    expect(item?.querySelector('del')?.textContent).toContain('masterr')
    expect(item?.textContent).toContain('Withdrawn')
    expect(item?.textContent).toContain('The original spelling was right.')
    const again = await api.call({ as: editor, method: 'POST', url, payload: { note: 'Twice.' } })
    expect(again.statusCode).toBe(409)
    const edit = await api.call({
      as: editor,
      method: 'PATCH',
      url: `/api/v1/articles/${story.id}/corrections/${correction.id}`,
      payload: { text: 'Too late.' },
    })
    expect(edit.statusCode).toBe(409)
  })

  it('lets only editors change corrections, and checks the input', async () => {
    const author = await api.user('author')
    const editor = await api.user('editor')
    const { story, correction } = await publishedWithCorrection()
    const url = `/api/v1/articles/${story.id}/corrections/${correction.id}`
    const denied = await api.call({ as: author, method: 'PATCH', url, payload: { text: 'x' } })
    expect(denied.statusCode).toBe(403)
    const blank = await api.call({ as: editor, method: 'PATCH', url, payload: { text: '  ' } })
    expect(blank.statusCode).toBe(400)
    const extra = await api.call({
      as: editor,
      method: 'PATCH',
      url,
      payload: { text: 'x', kind: 'update' },
    })
    expect(extra.statusCode).toBe(400)
    const other = await make.article(api.db, { status: 'published' })
    const wrong = await api.call({
      as: editor,
      method: 'PATCH',
      url: `/api/v1/articles/${other.id}/corrections/${correction.id}`,
      payload: { text: 'x' },
    })
    expect(wrong.statusCode).toBe(404)
  })
})
