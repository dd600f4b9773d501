import { describe, expect, it } from 'vitest'
import type { BlockDocument } from '../../src/domain/block-document.js'
import type { SuggestedAttribution } from '../../src/domain/attribution-suggest.js'
import { suggestAttributions } from '../../src/domain/attribution-suggest.js'
import { blockText } from '../../src/domain/document-text.js'
import {
  paragraphsToBlocks,
  readPage,
} from '../../src/importers/article-page/import-article-page.js'
import { evaluate, loadPassages, rates } from '../../bench/attribution/evaluate.js'
import { requireShared, sharedFixture } from '../support/fixtures.js'

const paragraphs = (...texts: string[]): BlockDocument => ({
  type: 'doc',
  content: texts.map((text) =>
    text.startsWith('> ')
      ? {
          type: 'blockquote',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: text.slice(2) }] }],
        }
      : { type: 'paragraph', content: [{ type: 'text', text }] },
  ),
})
const fact = (s: SuggestedAttribution): string =>
  [s.speakerName ?? '—', s.sourcing, s.relayed?.outlet ?? '—'].join(' | ')
const facts = (doc: BlockDocument): string[] => [...new Set(suggestAttributions(doc).map(fact))]

describe('suggestAttributions', () => {
  it('finds the speaker, role and trigger of “X said” with curly or straight quotes alike', () => {
    for (const [open, close] of [
      ['“', '”'],
      ['"', '"'],
    ]) {
      const doc = paragraphs(
        `${open}The ferry will run all winter,${close} said harbour master Ines Kowal.`,
      )
      const [s] = suggestAttributions(doc)
      expect(s).toMatchObject({
        speakerName: 'Ines Kowal',
        role: 'harbour master',
        sourcing: 'on-record',
        trigger: 'said',
      })
      expect(s?.quote).toBe(`${open}The ferry will run all winter,${close}`)
      expect(blockText(doc.content[0]!).slice(s!.at.start, s!.at.end)).toBe(s?.quote)
    }
  })

  it('keeps a quotation of several sentences in one suggestion', () => {
    const [s, ...rest] = suggestAttributions(
      paragraphs(
        '“We opened at six. We sold out by nine. We will bake more tomorrow,” baker Tom Reyes said.',
      ),
    )
    expect(rest).toEqual([])
    expect(s?.speakerName).toBe('Tom Reyes')
    expect(s?.quote?.split('. ').length).toBe(3)
  })

  it('gives “he said” the one person named before, and no speaker when two could be meant', () => {
    expect(
      facts(paragraphs('Coach Lena Ortiz praised the defence.', '“They never gave up,” she said.')),
    ).toEqual(['Lena Ortiz | on-record | —'])
    expect(
      facts(
        paragraphs(
          'Judge Amos Reed and prosecutor Paul Imre left the court together.',
          'He said the case was closed.',
        ),
      ),
    ).toEqual(['— | on-record | —'])
  })

  it('reads an outlet told, cited or reporting as relaying the statement', () => {
    expect(
      facts(paragraphs('Minister Eva Lund told the Coastal Herald that the port would expand.')),
    ).toEqual(['Eva Lund | on-record | Coastal Herald'])
    const cited = suggestAttributions(
      paragraphs('The talks have stalled, Reuters reported, citing an unnamed diplomat.'),
    )
    expect(cited.map(fact)).toEqual(['— | anonymous | Reuters'])
    expect(cited[0]?.description).toBe('an unnamed diplomat')
  })

  it('reads documents, background and anonymous sourcing', () => {
    expect(
      facts(paragraphs('Rents rose 9 percent, according to figures from the Housing Office.')),
    ).toEqual(['Housing Office | document | —'])
    expect(
      facts(paragraphs('The deal is close, a senior official said at a background briefing.')),
    ).toEqual(['— | background | —'])
    expect(
      facts(paragraphs('The mill will close, two people familiar with the plan said.')),
    ).toEqual(['— | anonymous | —'])
  })

  it('proposes nothing for “said to be”, “so-called”, “said nothing” or “according to plan”', () => {
    const negatives = [
      'The bridge, said to be the oldest in the county, will be repaired.',
      'The so-called “quiet zone” around the school starts on Monday.',
      'The report said nothing about the cost.',
      'Building is going according to plan.',
      'It is said that the well never runs dry.',
    ]
    for (const text of negatives) expect(suggestAttributions(paragraphs(text)), text).toEqual([])
  })

  it('does not read inside a quotation, nested quotes included', () => {
    const doc = paragraphs(
      '“She said, ‘Nobody told me,’ and walked off,” the witness, Ada Brook, told the court.',
    )
    expect(facts(doc)).toEqual(['Ada Brook | on-record | —'])
  })

  it('carries the speaker into a quotation standing alone in the next paragraph or block quote', () => {
    const doc = paragraphs(
      'Captain Mo Ainsley spoke to the crowd:',
      '> “This one is for you.”',
      '“And the next one too.”',
    )
    const found = suggestAttributions(doc)
    expect(found.map((s) => [s.at.block, s.speakerName])).toEqual([
      [1, 'Mo Ainsley'],
      [2, 'Mo Ainsley'],
    ])
  })

  it('skips a block quote that already names its speaker, and counts offsets across marks', () => {
    const quoted: BlockDocument = {
      type: 'doc',
      content: [
        {
          type: 'blockquote',
          attrs: { speaker: 'Someone' },
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: '“Already attributed,” she said.' }],
            },
          ],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '“Fine', marks: [{ type: 'italic' }] },
            { type: 'text', text: ' weather,” said forecaster Lia Moss.' },
          ],
        },
      ],
    }
    const [s, ...rest] = suggestAttributions(quoted)
    expect(rest).toEqual([])
    expect(s).toMatchObject({ speakerName: 'Lia Moss', at: { block: 1, start: 0, end: 15 } })
  })
})

describe('suggestAttributions on the seed article', () => {
  requireShared('seed')

  it('finds the spokesman, the agency relaying an unnamed source, the opening outlet and the named officials', async () => {
    const page = await readPage(sharedFixture('seed', 'article.txt'))
    const found = suggestAttributions(paragraphsToBlocks(page.paragraphs))
    expect([...new Set(found.map(fact))].sort()).toEqual(
      [
        'Bloomberg | on-record | Bloomberg', // the news service the story opens with
        'Dmitry Peskov | on-record | —',
        '— | anonymous | Tass',
        'Rustem Umerov | on-record | —',
        'Grigory Karasin | on-record | Tass',
        'US | on-record | —',
        'Washington and Moscow | document | —',
        'Sergei Lavrov | on-record | First Channel TV',
        'Mike Waltz | on-record | —',
      ].sort(),
    )
    const by = (name: string | null): SuggestedAttribution | undefined =>
      found.find((s) => s.speakerName === name)
    expect(found[0]).toMatchObject({
      speakerName: 'Bloomberg',
      trigger: 'reports',
      at: { block: 0 },
    })
    expect(by('Dmitry Peskov')).toMatchObject({
      role: 'Kremlin spokesman',
      trigger: 'told reporters',
    })
    expect(by(null)?.trigger).toMatch(/^cited an unnamed/)
    expect(by(null)?.description).toMatch(/^an unnamed member of the Russian delegation$/)
    expect(by('Grigory Karasin')?.trigger).toBe('told Tass')
    expect(by('Sergei Lavrov')?.role).toBe('Russian Foreign Minister')
    expect(by('Mike Waltz')?.role).toBe('White House National Security Advisor')
  })
})

describe('attribution suggester evaluation (bench/attribution)', () => {
  it('keeps precision ≥ 0.9 and recall ≥ 0.8 over every passage', () => {
    const { development, heldOut, blind } = loadPassages()
    expect(development.length + heldOut.length + blind.length).toBeGreaterThanOrEqual(40)
    const { precision, recall } = rates(evaluate([...development, ...heldOut, ...blind]).overall)
    expect(precision).toBeGreaterThanOrEqual(0.9)
    expect(recall).toBeGreaterThanOrEqual(0.8)
  })
})
