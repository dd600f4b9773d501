import { describe, expect, it } from 'vitest'
import { htmlToBlocks } from '../../src/domain/html-to-blocks.js'
import { splitCredit } from '../../src/domain/media-text.js'
import { wordpressHtml } from '../../src/importers/wxr/wp-content.js'

const blocks = (content: string) => htmlToBlocks(wordpressHtml(content).html).content

describe('HTML to blocks', () => {
  it('applies WordPress paragraph rules to classic content', () => {
    expect(blocks('First line\nsecond line\n\nNext paragraph')).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'First line' },
          { type: 'hardBreak' },
          { type: 'text', text: 'second line' },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Next paragraph' }] },
    ])
  })

  it('turns [caption] into a figure with caption and credit', () => {
    const [figure] = blocks(
      '[caption id="attachment_5" align="alignnone" width="300"]<img src="https://example.com/a.jpg" alt="Quay" /> Boats at dawn. (Photo: R. Lee / Courier)[/caption]',
    )
    expect(figure).toEqual({
      type: 'figure',
      attrs: {
        src: 'https://example.com/a.jpg',
        alt: 'Quay',
        caption: 'Boats at dawn.',
        credit: 'R. Lee / Courier',
      },
    })
  })

  it('makes a URL alone on its line an embed, and a blockquote with cite a sourced quote', () => {
    const doc = blocks(
      'https://www.youtube.com/watch?v=abc\n\n<blockquote><p>It will reopen.</p><cite>Harbour office</cite></blockquote>',
    )
    expect(doc[0]).toEqual({
      type: 'embed',
      attrs: { url: 'https://www.youtube.com/watch?v=abc', provider: 'youtube' },
    })
    expect(doc[1]).toMatchObject({ type: 'blockquote', attrs: { source: 'Harbour office' } })
  })

  it('keeps unknown shortcodes as text and reports them', () => {
    const { html, unknown } = wordpressHtml('Before [contact-form-7 id="1"] after')
    expect(unknown).toEqual(['contact-form-7'])
    expect(JSON.stringify(htmlToBlocks(html))).toContain('[contact-form-7')
  })

  it('reports a [gallery] whose images are not in the export instead of keeping it as text', () => {
    const reported: string[] = []
    const { html, unknown } = wordpressHtml('Before\n\n[gallery ids="1,2"]\n\nafter', {
      report: (kind, detail) => reported.push(`${kind}: ${detail}`),
    })
    expect(unknown).toEqual([])
    expect(JSON.stringify(htmlToBlocks(html))).not.toContain('[gallery')
    expect(reported).toEqual([
      'gallery: [gallery] image 1 is not in the export; left out',
      'gallery: [gallery] image 2 is not in the export; left out',
    ])
  })

  it('splits a gallery figure into one figure per picture, captions kept', () => {
    const doc = htmlToBlocks(
      '<figure class="kg-card kg-gallery-card"><div class="kg-gallery-row"><div class="kg-gallery-image"><img src="https://example.com/a.jpg"></div><div class="kg-gallery-image"><img src="https://example.com/b.jpg"></div></div><figcaption>Both ends of the pier (Photo: Ana Ruiz)</figcaption></figure>',
    )
    expect(doc.content).toEqual([
      { type: 'figure', attrs: { src: 'https://example.com/a.jpg' } },
      {
        type: 'figure',
        attrs: {
          src: 'https://example.com/b.jpg',
          caption: 'Both ends of the pier',
          credit: 'Ana Ruiz',
        },
      },
    ])
  })

  it('drops scripts, handlers and unsafe links but keeps their text', () => {
    const doc = htmlToBlocks(
      '<p onclick="x()">Read <a href="javascript:alert(1)">this</a> and <a href="https://example.com/">that</a><script>alert(1)</script></p><style>p{}</style>',
    )
    expect(doc.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Read this and ' },
          {
            type: 'text',
            text: 'that',
            marks: [{ type: 'link', attrs: { href: 'https://example.com/' } }],
          },
        ],
      },
    ])
  })

  it('reads Gutenberg blocks as their HTML', () => {
    const doc = blocks(
      '<!-- wp:heading --><h2>Late changes</h2><!-- /wp:heading -->\n<!-- wp:paragraph --><p>Text.</p><!-- /wp:paragraph -->',
    )
    expect(doc.map((b) => b.type)).toEqual(['heading', 'paragraph'])
  })

  it('splits a trailing credit off a caption', () => {
    expect(splitCredit('Crowds on the pier. (Photo: A. Byrne)')).toEqual({
      caption: 'Crowds on the pier.',
      credit: 'A. Byrne',
    })
    expect(splitCredit('No credit here')).toEqual({ caption: 'No credit here', credit: '' })
  })
})
