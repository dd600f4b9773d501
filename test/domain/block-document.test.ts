import { describe, expect, it } from 'vitest'
import type { BlockDocument } from '../../src/domain/block-document.js'
import {
  documentFromParagraphs,
  documentLimits,
  documentText,
  excerptOf,
  isSafeHref,
  parseDocument,
} from '../../src/domain/block-document.js'
import { InvalidInputError } from '../../src/domain/errors.js'

const text = (t: string, marks?: unknown[]) => ({
  type: 'text',
  text: t,
  ...(marks ? { marks } : {}),
})
const para = (...content: unknown[]) => ({ type: 'paragraph', content })
const doc = (...content: unknown[]) => ({ type: 'doc', content })
const item = (...content: unknown[]) => ({ type: 'listItem', content })
const link = (href: string) => text('here', [{ type: 'link', attrs: { href } }])

/** The field errors parseDocument reports, or [] when it accepts the input. */
function fieldErrors(input: unknown): { field: string; message: string }[] {
  try {
    parseDocument(input)
    return []
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError)
    return (error as InvalidInputError).errors
  }
}
const fields = (input: unknown): string[] => fieldErrors(input).map((e) => e.field)

describe('parseDocument accepts', () => {
  it.each([
    ['an empty document', doc()],
    ['an empty paragraph', doc({ type: 'paragraph' })],
    ['a paragraph', doc(para(text('Hello.')))],
    ...[2, 3, 4].map((level) => [
      `a level ${level} heading`,
      doc({ type: 'heading', attrs: { level }, content: [text('Title')] }),
    ]),
    [
      'a blockquote with speaker, role, source and sourceUrl',
      doc({
        type: 'blockquote',
        attrs: {
          speaker: 'Ada Lovelace',
          role: 'mathematician',
          source: 'The Courier',
          sourceUrl: 'https://courier.example/story',
        },
        content: [para(text('We will need more steam.'))],
      }),
    ],
    ['a blockquote without attrs', doc({ type: 'blockquote', content: [para(text('Quote.'))] })],
    [
      'a figure with a mediaId',
      doc({ type: 'figure', attrs: { mediaId: 'm1', caption: 'Harbour', credit: 'Photo: Desk' } }),
    ],
    [
      'a figure with an https src',
      doc({ type: 'figure', attrs: { src: 'https://img.example/a.jpg', alt: 'A boat' } }),
    ],
    [
      'nested bullet and ordered lists',
      doc({
        type: 'bulletList',
        content: [
          item(para(text('One')), {
            type: 'orderedList',
            attrs: { start: 3 },
            content: [item(para(text('Three')))],
          }),
          item(para(text('Two'))),
        ],
      }),
    ],
    ['a horizontal rule', doc({ type: 'horizontalRule' })],
    [
      'an embed',
      doc({ type: 'embed', attrs: { url: 'https://video.example/v/1', provider: 'video' } }),
    ],
    [
      'text with bold, italic, code and link marks',
      doc(
        para(
          text('all', [
            { type: 'link', attrs: { href: 'https://a.example/', title: 'A' } },
            { type: 'bold' },
            { type: 'italic' },
            { type: 'code' },
          ]),
        ),
      ),
    ],
    ['a hard break', doc(para(text('line one'), { type: 'hardBreak' }, text('line two')))],
    ...[
      'http://a.example/x',
      'HTTPS://A.EXAMPLE/',
      'mailto:desk@courier.example',
      '/2026/01/02/story/',
      '/search?q=a+b#top',
    ].map((href) => [`a link to ${href}`, doc(para(link(href)))]),
  ])('%s', (_name, input) => {
    expect(parseDocument(input)).toEqual(input)
  })
})

describe('parseDocument normalises', () => {
  it.each([
    [
      'null attributes on a quote',
      doc({
        type: 'blockquote',
        attrs: { speaker: 'Ann', role: null, source: null },
        content: [para(text('Hi'))],
      }),
      doc({ type: 'blockquote', attrs: { speaker: 'Ann' }, content: [para(text('Hi'))] }),
    ],
    [
      'a quote whose attributes are all null',
      doc({ type: 'blockquote', attrs: { speaker: null }, content: [para(text('Hi'))] }),
      doc({ type: 'blockquote', content: [para(text('Hi'))] }),
    ],
    [
      'Tiptap link attributes target, rel and class',
      doc(
        para(
          text('x', [
            {
              type: 'link',
              attrs: { href: '/a/', target: '_blank', rel: 'noopener', class: null, title: null },
            },
          ]),
        ),
      ),
      doc(para(text('x', [{ type: 'link', attrs: { href: '/a/' } }]))),
    ],
    [
      'an empty marks list and empty paragraph content',
      doc(para(text('x', [])), { type: 'paragraph', content: [] }),
      doc(para(text('x')), { type: 'paragraph' }),
    ],
    [
      'an ordered list starting at 1 and empty-string figure attributes',
      doc(
        { type: 'orderedList', attrs: { start: 1 }, content: [item(para(text('a')))] },
        { type: 'figure', attrs: { mediaId: 'm', caption: '', src: null } },
      ),
      doc(
        { type: 'orderedList', content: [item(para(text('a')))] },
        { type: 'figure', attrs: { mediaId: 'm' } },
      ),
    ],
  ])('drops %s', (_name, input, expected) => {
    expect(parseDocument(input)).toEqual(expected)
  })

  it('keeps marks in one order (link, bold, italic, code), as the editor does', () => {
    const marks = [{ type: 'code' }, { type: 'italic' }, { type: 'link', attrs: { href: '/a/' } }]
    expect(parseDocument(doc(para(text('x', [...marks, { type: 'bold' }]))))).toEqual(
      doc(para(text('x', [marks[2], { type: 'bold' }, marks[1], marks[0]]))),
    )
  })
})

describe('parseDocument rejects, naming the field', () => {
  it.each([
    ['a string', 'hello', ['body']],
    ['null', null, ['body']],
    ['a wrong doc type', { type: 'document', content: [] }, ['body']],
    ['unknown doc properties', { type: 'doc', content: [], attrs: {} }, ['body.attrs']],
    ['content that is not an array', { type: 'doc', content: {} }, ['body.content']],
    ['an unknown block type', doc({ type: 'table' }), ['body.content.0.type']],
    ['an unknown inline type', doc(para({ type: 'image' })), ['body.content.0.content.0.type']],
    [
      'an unknown mark',
      doc(para(text('x', [{ type: 'underline' }]))),
      ['body.content.0.content.0.marks.0.type'],
    ],
    [
      'an unknown attribute',
      doc({ type: 'paragraph', attrs: { align: 'left' } }),
      ['body.content.0.attrs.align'],
    ],
    [
      'an unknown property',
      doc({ type: 'horizontalRule', content: [] }),
      ['body.content.0.content'],
    ],
    [
      'an unknown quote attribute',
      doc({ type: 'blockquote', attrs: { colour: 'red' }, content: [para(text('q'))] }),
      ['body.content.0.attrs.colour'],
    ],
    ['an empty text node', doc(para(text(''))), ['body.content.0.content.0.text']],
    ['a text node without text', doc(para({ type: 'text' })), ['body.content.0.content.0.text']],
    [
      'heading level 1',
      doc({ type: 'heading', attrs: { level: 1 } }),
      ['body.content.0.attrs.level'],
    ],
    [
      'heading level 5',
      doc({ type: 'heading', attrs: { level: 5 } }),
      ['body.content.0.attrs.level'],
    ],
    ['a heading without level', doc({ type: 'heading' }), ['body.content.0.attrs.level']],
    [
      'a figure with neither mediaId nor src',
      doc({ type: 'figure', attrs: { caption: 'c' } }),
      ['body.content.0.attrs'],
    ],
    [
      'a figure with a data: src',
      doc({ type: 'figure', attrs: { src: 'data:image/png;base64,AAAA' } }),
      ['body.content.0.attrs.src', 'body.content.0.attrs'],
    ],
    [
      'a figure with an ftp src',
      doc({ type: 'figure', attrs: { src: 'ftp://img.example/a.jpg' } }),
      ['body.content.0.attrs.src', 'body.content.0.attrs'],
    ],
    [
      'a quote with a javascript: sourceUrl',
      doc({
        type: 'blockquote',
        attrs: { sourceUrl: 'javascript:alert(1)' },
        content: [para(text('q'))],
      }),
      ['body.content.0.attrs.sourceUrl'],
    ],
    [
      'an embed without url',
      doc({ type: 'embed', attrs: { provider: 'x' } }),
      ['body.content.0.attrs.url'],
    ],
    ['an empty blockquote', doc({ type: 'blockquote', content: [] }), ['body.content.0.content']],
    [
      'a heading inside a quote',
      doc({ type: 'blockquote', content: [{ type: 'heading', attrs: { level: 2 } }] }),
      ['body.content.0.content.0.type'],
    ],
    ['a list without items', doc({ type: 'bulletList', content: [] }), ['body.content.0.content']],
    [
      'a list holding a paragraph',
      doc({ type: 'bulletList', content: [para(text('x'))] }),
      ['body.content.0.content.0.type'],
    ],
    [
      'a fractional list start',
      doc({ type: 'orderedList', attrs: { start: 1.5 }, content: [item(para(text('a')))] }),
      ['body.content.0.attrs.start'],
    ],
    [
      'a link without href',
      doc(para(text('x', [{ type: 'link', attrs: {} }]))),
      ['body.content.0.content.0.marks.0.attrs.href'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(fields(input)).toEqual(expected)
  })

  it('reports every failing path at once', () => {
    const input = doc({ type: 'table' }, para(text('')), { type: 'heading', attrs: { level: 9 } })
    expect(fields(input)).toEqual([
      'body.content.0.type',
      'body.content.1.content.0.text',
      'body.content.2.attrs.level',
    ])
  })

  it('prefixes paths with the field name it is given', () => {
    expect(() => parseDocument(doc({ type: 'x' }), 'dek')).toThrow(
      expect.objectContaining({
        errors: [expect.objectContaining({ field: 'dek.content.0.type' })],
      }),
    )
  })
})

describe('links', () => {
  const unsafe = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    ' VBScript:msgbox(1)',
    '//evil.example/',
    '///evil.example/',
    '/\\evil.example/',
    '/\t/evil.example/',
    '/\n/evil.example/',
    'https://evil.example/\u0007',
    'https:evil.example',
    'ftp://files.example/',
    'evil.example',
    '',
  ]
  it.each(unsafe)('rejects %j', (href) => {
    expect(isSafeHref(href)).toBe(false)
    expect(fields(doc(para(link(href))))).toEqual(['body.content.0.content.0.marks.0.attrs.href'])
  })
})

describe('document limits', () => {
  it('rejects a document over the byte limit, counting UTF-8 bytes', () => {
    // 6 × 90,000 two-byte characters: 540,000 characters but 1,080,000 bytes.
    const big = doc(...Array.from({ length: 6 }, () => para(text('é'.repeat(90_000)))))
    expect(fields(big)).toEqual(['body'])
    const justUnder = doc(...Array.from({ length: 9 }, () => para(text('e'.repeat(100_000)))))
    expect(fields(justUnder)).toEqual([])
  })

  it('rejects more nodes than the limit', () => {
    const many = doc(
      ...Array.from({ length: documentLimits.maxNodes + 1 }, () => ({ type: 'horizontalRule' })),
    )
    expect(fields(many)).toEqual([`body.content.${documentLimits.maxNodes}`])
  })

  // Each list level adds a list and an item; the paragraph and its text sit below them.
  const nestedLists = (levels: number): unknown => {
    let node: unknown = para(text('deep'))
    for (let i = 0; i < levels; i += 1) node = { type: 'bulletList', content: [item(node)] }
    return doc(node)
  }
  it.each([
    [5, 'text at depth 12', 0],
    [6, 'paragraph at depth 13', 1],
    [20, 'paragraph at depth 41', 1],
  ])('lists nested %i levels (%s) give %i errors', (levels, _where, errors) => {
    expect(fieldErrors(nestedLists(levels))).toHaveLength(errors)
  })

  it('rejects a document too deep to serialise with an input error, not a crash', () => {
    const errors = fieldErrors(nestedLists(100_000))
    expect(errors.map((e) => e.field)).toEqual(['body'])
    expect(errors[0]?.message).toMatch(/deeper/)
  })
})

describe('documentText and excerptOf', () => {
  const story: BlockDocument = parseDocument(
    doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Title')] },
      para(text('First '), text('line', [{ type: 'bold' }]), { type: 'hardBreak' }, text('second')),
      { type: 'figure', attrs: { mediaId: 'm', caption: 'The quay at dawn' } },
      { type: 'blockquote', attrs: { speaker: 'Ann Lee' }, content: [para(text('We sail.'))] },
      { type: 'bulletList', content: [item(para(text('Point')))] },
      { type: 'horizontalRule' },
      { type: 'paragraph' },
    ),
  )

  it('joins the readable text of blocks with blank lines', () => {
    expect(documentText(story)).toBe(
      'Title\n\nFirst line\nsecond\n\nThe quay at dawn\n\nWe sail.\n\n— Ann Lee\n\nPoint',
    )
  })

  it.each([
    ['short text unchanged, whitespace flattened', 'a  b\n\nc', 280, 'a b c'],
    ['long text cut at a word boundary', 'one two three four', 12, 'one two…'],
    ['trailing punctuation dropped before the ellipsis', 'one two, three four', 10, 'one two…'],
    ['a long word cut hard at the limit', 'x'.repeat(100), 60, `${'x'.repeat(60)}…`],
    ['a word boundary far back is not used', `ab ${'x'.repeat(100)}`, 60, `ab ${'x'.repeat(57)}…`],
  ])('%s', (_name, input, max, expected) => {
    expect(excerptOf(input, max)).toBe(expected)
  })

  it('documentFromParagraphs keeps non-empty trimmed paragraphs and validates', () => {
    const made = documentFromParagraphs(['  One. ', '', '   ', 'Two.'])
    expect(made).toEqual(doc(para(text('One.')), para(text('Two.'))))
    expect(parseDocument(made)).toEqual(made)
  })
})
