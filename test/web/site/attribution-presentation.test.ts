import { parseHTML } from 'linkedom'
import { articlePath } from '../../../src/domain/permalink.js'
import { describe, expect, it } from 'vitest'
import { make, systemTestActor as system } from '../../support/make.js'
import { useApi } from '../api/support.js'

const origin = 'https://news.example.com'
type Ld = Record<string, unknown> & { '@type'?: string }

const text = (t: string, marks?: { type: 'quote'; attrs: { attribution: string } }[]) => ({
  type: 'text' as const,
  text: t,
  ...(marks !== undefined ? { marks } : {}),
})
const quoteMark = (attribution: string) => [{ type: 'quote' as const, attrs: { attribution } }]

describe('attributed quotes and sources on the article page', () => {
  const api = useApi({ MASTHEAD_PUBLIC_URL: origin })

  it('prints speaker, role and sourcing in words, quote marks as <q>, a Sources list, and JSON-LD citation, isBasedOn and Quotations', async () => {
    const kremlin = await api.db.services.entities.create({
      actor: system,
      input: { kind: 'organization', name: 'Kremlin press office', wikidataId: 'Q1140232' },
    })
    const draft = await make.article(api.db, {
      headline: 'Talks to resume',
      dateline: 'Moscow',
      sources: [
        {
          id: 'wire',
          kind: 'wire',
          title: 'Agency copy, 3 March',
          url: 'https://example.org/wire/1',
          retrievedAt: null,
        },
        {
          id: 'call',
          kind: 'interview',
          title: 'Telephone interview',
          url: null,
          retrievedAt: null,
        },
      ],
      attributions: [
        {
          id: 'office',
          speaker: { entityId: kremlin.id, name: 'Kremlin press office' },
          role: null,
          sourcing: 'on-record',
          description: null,
          relayed: { outlet: 'Interfax', url: 'https://example.org/interfax/7', date: null },
          documentUrl: null,
          sourceIds: ['wire'],
          event: null,
          saidOn: null,
          signOff: null,
        },
        {
          id: 'delegate',
          speaker: null,
          role: null,
          sourcing: 'background',
          description: 'a member of the delegation',
          relayed: null,
          documentUrl: null,
          sourceIds: ['call'],
          event: 'a briefing in Geneva',
          saidOn: '2026-03-03',
          signOff: null,
        },
      ],
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              text('The office said the talks were '),
              text('useful and ', quoteMark('office')),
              text('businesslike', quoteMark('office')),
              text('.'),
            ],
          },
          {
            type: 'blockquote',
            attrs: { attribution: 'delegate' },
            content: [{ type: 'paragraph', content: [text('Nobody expects a deal this week.')] }],
          },
        ],
      },
    })
    const signed = await api.db.services.attribution.signOff({
      actor: system,
      articleId: draft.id,
      attributionId: 'delegate',
      revision: draft.revision,
    })
    const story = await api.db.services.articles.publish({ actor: system, id: signed.id })
    const path = articlePath(story, await api.db.services.settings.get())
    const res = await api.call({ url: path })
    expect(res.statusCode).toBe(200)
    const { document } = parseHTML(res.body)

    const q = document.querySelector('.article-body q')
    expect(q?.textContent).toBe('useful and businesslike')
    expect(q?.getAttribute('cite')).toBe('https://example.org/interfax/7')
    // The dateline still opens the first paragraph.
    expect(document.querySelector('.article-body p')?.textContent).toMatch(/^Moscow — The office/)

    const caption = document.querySelector('.article-body figure.quote figcaption')
    expect(caption?.textContent).toBe(
      'A member of the delegation, said on background, at a briefing in Geneva, on 3 March 2026',
    )
    expect(caption?.querySelector('.speaker')?.textContent).toBe('A member of the delegation')

    const sources = document.querySelector('section.sources')
    expect(sources?.querySelector('h2')?.textContent).toBe('Sources')
    expect([...(sources?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Agency copy, 3 March (wire copy)',
      'Telephone interview (interview)',
    ])
    expect(sources?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/wire/1')

    const ld = [...document.querySelectorAll('script[type="application/ld+json"]')]
      .map((s) => JSON.parse(s.textContent ?? '') as Ld)
      .find((t) => t.headline === 'Talks to resume')
    expect(ld?.citation).toEqual([
      { '@type': 'CreativeWork', name: 'Agency copy, 3 March', url: 'https://example.org/wire/1' },
      { '@type': 'CreativeWork', name: 'Telephone interview' },
    ])
    expect(ld?.isBasedOn).toEqual([
      { '@type': 'CreativeWork', name: 'Agency copy, 3 March', url: 'https://example.org/wire/1' },
    ])
    expect(ld?.hasPart).toEqual([
      {
        '@type': 'Quotation',
        text: 'useful and businesslike',
        creator: {
          '@type': 'Organization',
          name: 'Kremlin press office',
          sameAs: 'https://www.wikidata.org/wiki/Q1140232',
        },
      },
      { '@type': 'Quotation', text: 'Nobody expects a deal this week.' },
    ])

    // An attributed quote with a named speaker and a relaying outlet reads as one line.
    const current = await api.db.services.articles.get({ actor: system, id: story.id })
    await api.db.services.articles.save({
      actor: system,
      id: story.id,
      revision: current.revision,
      changes: {
        body: {
          type: 'doc',
          content: [
            {
              type: 'blockquote',
              attrs: { attribution: 'office' },
              content: [{ type: 'paragraph', content: [text('The talks were useful.')] }],
            },
          ],
        },
      },
    })
    const again = parseHTML((await api.call({ url: path })).body).document
    const line = again.querySelector('.article-body figure.quote figcaption')
    expect(line?.textContent).toBe('Kremlin press office, according to Interfax')
    expect(line?.querySelector('cite a')?.getAttribute('href')).toBe(
      'https://example.org/interfax/7',
    )
  })
})
