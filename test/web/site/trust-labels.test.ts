import { parseHTML } from 'linkedom'
import { articlePath } from '../../../src/domain/permalink.js'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../src/domain/article.js'
import type { WorkType } from '../../../src/domain/attribution.js'
import { workTypes } from '../../../src/domain/attribution.js'
import { make, systemTestActor as system } from '../../support/make.js'
import { useApi } from '../api/support.js'

const origin = 'https://news.example.com'
type Ld = Record<string, unknown> & { '@type'?: string }

/** Every JSON-LD block of a page, each parsed with JSON.parse as a search engine would. */
function jsonLd(html: string): Ld[] {
  const { document } = parseHTML(html)
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => JSON.parse(s.textContent ?? '') as Ld,
  )
}

const linkDoc = (href: string) => ({
  type: 'doc' as const,
  content: [
    {
      type: 'paragraph' as const,
      content: [
        { type: 'text' as const, text: 'Opening words of the story. ' },
        {
          type: 'text' as const,
          text: 'the maker',
          marks: [{ type: 'link' as const, attrs: { href } }],
        },
      ],
    },
  ],
})

describe('trust labels on the public site', () => {
  const api = useApi({ MASTHEAD_PUBLIC_URL: origin })
  const pathOf = async (a: Article) => articlePath(a, await api.db.services.settings.get())

  it('gives each type of work its JSON-LD type and its label, and news no label', async () => {
    const expected: Record<WorkType, string> = {
      news: 'NewsArticle',
      analysis: 'AnalysisNewsArticle',
      opinion: 'OpinionNewsArticle',
      review: 'ReviewNewsArticle',
      explainer: 'BackgroundNewsArticle',
      sponsored: 'AdvertiserContentArticle',
    }
    for (const workType of workTypes) {
      const story = await make.article(api.db, {
        status: 'published',
        workType,
        headline: `A ${workType} story`,
      })
      const res = await api.call({ url: await pathOf(story) })
      expect(res.statusCode).toBe(200)
      const article = jsonLd(res.body).find((t) => t.headline === `A ${workType} story`)
      expect(article?.['@type'], workType).toBe(expected[workType])
      expect(article?.url).toBe(`${origin}${await pathOf(story)}`)
      const { document } = parseHTML(res.body)
      const label = document.querySelector('.article-header .work-type')
      if (workType === 'news') expect(label).toBeNull()
      else expect(label?.textContent, workType).toMatch(/^[A-Z][a-z]+$/)
    }
    const sponsored = parseHTML((await api.call({ url: '/' })).body).document.querySelectorAll(
      '.story .work-type-sponsored',
    )
    expect([...sponsored].map((l) => l.textContent)).toEqual(['Sponsored'])
  })

  it('prints the dateline before the first paragraph and in JSON-LD as a Place', async () => {
    const story = await make.article(api.db, {
      status: 'published',
      headline: 'Talks resume',
      dateline: '  Port   Ilsk ',
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Diplomats met.' }] }],
      },
    })
    expect(story.dateline).toBe('Port Ilsk')
    const res = await api.call({ url: await pathOf(story) })
    const { document } = parseHTML(res.body)
    const first = document.querySelector('.article-body p')
    expect(first?.querySelector('.story-dateline')?.textContent).toBe('Port Ilsk —')
    expect(first?.textContent).toBe('Port Ilsk — Diplomats met.')
    const ld = jsonLd(res.body).find((t) => t.headline === 'Talks resume')
    expect(ld?.locationCreated).toEqual({ '@type': 'Place', name: 'Port Ilsk' })
    expect(ld?.contentLocation).toEqual({ '@type': 'Place', name: 'Port Ilsk' })
  })

  it('marks the outbound links of sponsored stories rel="sponsored", and only theirs', async () => {
    const sponsored = await make.article(api.db, {
      status: 'published',
      workType: 'sponsored',
      body: linkDoc('https://example.org/cider'),
    })
    const news = await make.article(api.db, {
      status: 'published',
      body: linkDoc('https://example.org/cider'),
    })
    const rel = async (a: Article) =>
      parseHTML((await api.call({ url: await pathOf(a) })).body)
        .document.querySelector('.article-body a[href="https://example.org/cider"]')
        ?.getAttribute('rel')
    expect(await rel(sponsored)).toBe('sponsored noopener')
    expect(await rel(news)).toBe('noopener')
    const page = parseHTML((await api.call({ url: await pathOf(sponsored) })).body).document
    expect(page.querySelector('.sponsored-note')?.textContent).toContain('Paid content')
  })

  it('refuses an unknown type of work and an overlong dateline', async () => {
    const editor = await api.user('editor')
    const story = await make.article(api.db)
    const bad = await api.call({
      as: editor,
      method: 'PATCH',
      url: `/api/v1/articles/${story.id}`,
      headers: { 'if-match': `"${story.revision}"` },
      payload: { workType: 'advertorial' },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.headers['content-type']).toContain('application/problem+json')
    await expect(
      api.db.services.articles.save({
        actor: system,
        id: story.id,
        revision: story.revision,
        changes: { dateline: 'x'.repeat(81) },
      }),
    ).rejects.toMatchObject({ code: 'invalid-input', errors: [{ field: 'dateline' }] })
  })

  it('keeps the type and dateline in the API, in revisions and when an old revision is restored', async () => {
    const editor = await api.user('editor')
    const story = await make.article(api.db)
    const res = await api.call({
      as: editor,
      method: 'PATCH',
      url: `/api/v1/articles/${story.id}`,
      headers: { 'if-match': `"${story.revision}"` },
      payload: { workType: 'analysis', dateline: 'Kyiv' },
    })
    expect(res.statusCode, res.body).toBe(200)
    const saved = res.json<{ workType: string; dateline: string | null; revision: number }>()
    expect(saved).toMatchObject({ workType: 'analysis', dateline: 'Kyiv' })
    const read = await api.call({ as: editor, url: `/api/v1/articles/${story.id}` })
    expect(read.json()).toMatchObject({ workType: 'analysis', dateline: 'Kyiv' })
    const [latest] = await api.db.services.articles.listRevisions({ actor: system, id: story.id })
    expect(latest?.snapshot).toMatchObject({ workType: 'analysis', dateline: 'Kyiv' })
    const restored = await api.db.services.articles.restoreRevision({
      actor: system,
      id: story.id,
      revision: saved.revision,
      from: story.revision,
    })
    expect(restored).toMatchObject({ workType: 'news', dateline: null })
  })
})
