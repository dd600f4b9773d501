import { describe, expect, it } from 'vitest'
import type { Attribution } from '../../src/domain/attribution.js'
import { parseAttributions, parseSources } from '../../src/domain/attribution-parse.js'
import {
  carrySignOffs,
  summarizeAttribution,
  unknownAttributionErrors,
  unsignedAttributions,
} from '../../src/domain/attribution.js'
import type { BlockDocument } from '../../src/domain/block-document.js'
import { documentText, parseDocument } from '../../src/domain/block-document.js'
import type { FieldError } from '../../src/domain/errors.js'

const attribution = (id: string, over: Partial<Attribution> = {}): Attribution => ({
  id,
  speaker: { entityId: null, name: 'Ana Ruiz' },
  role: null,
  sourcing: 'on-record',
  description: null,
  relayed: null,
  documentUrl: null,
  sourceIds: [],
  event: null,
  saidOn: null,
  signOff: null,
  ...over,
})

const quoted = (text: string, id?: string) => ({
  type: 'text' as const,
  text,
  marks: [{ type: 'quote' as const, ...(id !== undefined ? { attrs: { attribution: id } } : {}) }],
})

const body: BlockDocument = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The minister said ' },
        quoted('the plan ', 'minister'),
        {
          ...quoted('works', 'minister'),
          marks: [{ type: 'bold' }, { type: 'quote', attrs: { attribution: 'minister' } }],
        },
        { type: 'text', text: ', and an official added ' },
        quoted('it will not', 'official'),
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'blockquote',
      attrs: { attribution: 'agency' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We saw it.' }] }],
    },
    { type: 'paragraph', content: [quoted('Nobody knows')] },
    {
      type: 'blockquote',
      attrs: { attribution: 'filing' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Revenue fell.' }] }],
    },
  ],
}

const attributions: Attribution[] = [
  attribution('minister'),
  attribution('official', {
    speaker: null,
    sourcing: 'anonymous',
    description: 'an official who asked not to be named',
  }),
  attribution('agency', {
    speaker: null,
    sourcing: 'background',
    description: 'a member of the delegation',
    relayed: { outlet: 'A news agency', url: null, date: '2026-03-01' },
    signOff: { userId: 'u1', name: 'Editor', at: '2026-03-01T10:00:00.000Z' },
  }),
  attribution('filing', {
    speaker: null,
    sourcing: 'document',
    documentUrl: 'https://example.org/f',
  }),
  attribution('unused', { speaker: null, sourcing: 'anonymous', description: 'someone' }),
]

describe('summarizeAttribution', () => {
  it('counts each quote once by its sourcing, relayed, speakerless and unsigned ones', () => {
    expect(summarizeAttribution(body, attributions)).toEqual({
      quotes: 5,
      onRecord: 1,
      background: 1,
      anonymous: 1,
      document: 1,
      relayed: 1,
      withoutSpeaker: 1,
      unsigned: 1,
      anonymousOrRelayedShare: 2 / 5,
    })
  })

  it('answers zeros for a story without quotes', () => {
    const plain = parseDocument({ type: 'doc', content: [{ type: 'paragraph' }] })
    expect(summarizeAttribution(plain, [])).toMatchObject({ quotes: 0, anonymousOrRelayedShare: 0 })
  })

  it('finds unsigned unnamed sources only among those the body quotes', () => {
    expect(unsignedAttributions(body, attributions).map((a) => a.id)).toEqual(['official'])
  })
})

describe('the quote mark and attributed blockquotes', () => {
  it('parse, keep the mark order link, bold, italic, code, quote, and leave the text alone', () => {
    const parsed = parseDocument({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'yes',
              marks: [{ type: 'quote', attrs: { attribution: 'a-1' } }, { type: 'bold' }],
            },
          ],
        },
        {
          type: 'blockquote',
          attrs: { attribution: 'a-2', speaker: 'Old' },
          content: [{ type: 'paragraph' }],
        },
      ],
    })
    expect(parsed.content[0]).toEqual({
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'yes',
          marks: [{ type: 'bold' }, { type: 'quote', attrs: { attribution: 'a-1' } }],
        },
      ],
    })
    expect(parsed.content[1]).toMatchObject({ attrs: { attribution: 'a-2', speaker: 'Old' } })
    expect(documentText(parsed)).toBe('yes\n\n— Old')
  })

  it('refuses an attribution attribute that is not an id', () => {
    expect(() =>
      parseDocument({
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'x',
                marks: [{ type: 'quote', attrs: { attribution: 'Not An Id' } }],
              },
            ],
          },
        ],
      }),
    ).toThrow(/not a valid document/)
  })

  it('names quotes of attributions the story lacks as unknown-attribution at their block', () => {
    expect(unknownAttributionErrors(body, attributions.slice(0, 1))).toEqual([
      { field: 'body.content.0', message: expect.stringContaining('unknown-attribution') },
      { field: 'body.content.1', message: expect.stringContaining('“agency”') },
      { field: 'body.content.3', message: expect.stringContaining('“filing”') },
    ])
  })
})

describe('parsing attributions and sources', () => {
  it('reads clean input, trims text and drops a client sign-off', () => {
    const errors: FieldError[] = []
    const sources = parseSources(
      [
        {
          id: 'wire-1',
          kind: 'wire',
          title: ' Agency copy ',
          url: 'https://example.org/w',
          retrievedAt: '2026-03-01T10:00:00Z',
        },
      ],
      errors,
    )
    const parsed = parseAttributions(
      [
        {
          id: 'a',
          sourcing: 'anonymous',
          description: 'an  official',
          sourceIds: ['wire-1'],
          signOff: { userId: 'me', name: 'Me', at: '2026-03-01T10:00:00Z' },
        },
      ],
      sources,
      errors,
    )
    expect(errors).toEqual([])
    expect(sources[0]).toEqual({
      id: 'wire-1',
      kind: 'wire',
      title: 'Agency copy',
      url: 'https://example.org/w',
      retrievedAt: '2026-03-01T10:00:00.000Z',
    })
    expect(parsed[0]).toMatchObject({
      description: 'an official',
      sourceIds: ['wire-1'],
      signOff: null,
      speaker: null,
    })
  })

  it('names every bad field: repeated ids, unknown sources, bad URLs, dates and lengths', () => {
    const errors: FieldError[] = []
    const sources = parseSources(
      [
        { id: 's', kind: 'wire', title: 'x' },
        { id: 's', kind: 'fax', title: '', url: 'ftp://x' },
      ],
      errors,
    )
    parseAttributions(
      [
        { id: 'A', sourcing: 'rumour' },
        {
          id: 'b',
          sourcing: 'on-record',
          sourceIds: ['nope'],
          saidOn: '2026-02-30',
          documentUrl: 'javascript:x',
          role: 'r'.repeat(201),
        },
        { id: 'b', sourcing: 'document', relayed: { outlet: '' } },
      ],
      sources,
      errors,
    )
    expect(errors.map((e) => e.field)).toEqual([
      'sources.1.id',
      'sources.1.kind',
      'sources.1.title',
      'sources.1.url',
      'attributions.0.id',
      'attributions.0.sourcing',
      'attributions.1.sourceIds.0',
      'attributions.1.role',
      'attributions.1.documentUrl',
      'attributions.1.saidOn',
      'attributions.2.id',
      'attributions.2.relayed.outlet',
    ])
  })
})

describe('carrySignOffs', () => {
  const signed = attribution('x', {
    speaker: null,
    sourcing: 'anonymous',
    description: 'an official',
    signOff: { userId: 'u', name: 'Ed', at: '2026-03-01T10:00:00.000Z' },
  })

  it('keeps a sign-off while sourcing, description, speaker and relay stay the same', () => {
    const next = carrySignOffs([signed], [{ ...signed, role: 'a new role', signOff: null }])
    expect(next[0]?.signOff).toEqual(signed.signOff)
  })

  it.each([
    ['sourcing', { sourcing: 'background' as const }],
    ['description', { description: 'a senior official' }],
    ['speaker', { speaker: { entityId: null, name: 'Someone' } }],
    ['relay', { relayed: { outlet: 'Paper', url: null, date: null } }],
  ])('drops it when the %s changes', (_what, change) => {
    expect(carrySignOffs([signed], [{ ...signed, ...change }])[0]?.signOff).toBeNull()
  })

  it('never takes one from the client', () => {
    const sent = { ...signed, id: 'new' }
    expect(carrySignOffs([signed], [sent])[0]?.signOff).toBeNull()
  })
})
