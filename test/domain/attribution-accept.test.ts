import { describe, expect, it } from 'vitest'
import type { Attribution } from '../../src/domain/attribution.js'
import {
  attributionIdFor,
  markSuggestedQuote,
  withSuggestedAttribution,
} from '../../src/domain/attribution-accept.js'
import { parseDocument } from '../../src/domain/block-document.js'
import type { BlockDocument } from '../../src/domain/block-document.js'
import { suggestAttributions } from '../../src/domain/attribution-suggest.js'

const body: BlockDocument = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'After the vote, “We will ' },
        { type: 'text', text: 'appeal', marks: [{ type: 'bold' }] },
        { type: 'text', text: ',” said councillor Ana Ruiz.' },
      ],
    },
    {
      type: 'blockquote',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '“And we will win.”' }] }],
    },
  ],
}

describe('accepting an attribution suggestion', () => {
  const [inline, block] = suggestAttributions(body)

  it('marks the quoted words across text nodes, keeping their other marks, in a valid document', () => {
    const marked = markSuggestedQuote(body, inline!, 'ana-ruiz')
    const quote = { type: 'quote', attrs: { attribution: 'ana-ruiz' } }
    expect(marked?.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'After the vote, ' },
        { type: 'text', text: '“We will ', marks: [quote] },
        { type: 'text', text: 'appeal', marks: [{ type: 'bold' }, quote] },
        { type: 'text', text: ',”', marks: [quote] },
        { type: 'text', text: ' said councillor Ana Ruiz.' },
      ],
    })
    expect(parseDocument(marked)).toEqual(marked)
  })

  it('sets a block quote’s attribution, and refuses when the words moved since', () => {
    expect(markSuggestedQuote(body, block!, 'ana-ruiz')?.content[1]).toMatchObject({
      type: 'blockquote',
      attrs: { attribution: 'ana-ruiz' },
    })
    const edited: BlockDocument = { ...body, content: [body.content[1]!, body.content[0]!] }
    expect(markSuggestedQuote(edited, inline!, 'ana-ruiz')).toBeNull()
  })

  it('reuses an attribution with the same speaker, sourcing and outlet, and makes unique ids', () => {
    const first = withSuggestedAttribution([], inline!, 'entity-1')
    expect(first.id).toBe('ana-ruiz')
    expect(first.attributions[0]).toMatchObject({
      speaker: { entityId: 'entity-1', name: 'Ana Ruiz' },
      role: 'councillor',
      sourcing: 'on-record',
      signOff: null,
    })
    const again = withSuggestedAttribution(first.attributions, block!, null)
    expect(again).toEqual({ attributions: first.attributions, id: 'ana-ruiz' })
    const other: Attribution = { ...first.attributions[0]!, sourcing: 'document' }
    expect(attributionIdFor('Ana Ruiz', new Set([other.id]))).toBe('ana-ruiz-2')
    expect(attributionIdFor('  ', new Set())).toBe('source')
  })
})
