import { describe, expect, it } from 'vitest'
import { htmlToBlocks } from '../../src/domain/html-to-blocks.js'

const t = (text: string, ...marks: string[]) =>
  marks.length > 0
    ? { type: 'text', text, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text }
const p = (...content: unknown[]) => ({ type: 'paragraph', content })

describe('pasted HTML to blocks', () => {
  it('reads Google Docs: the bold wrapper is not bold, styled spans are', () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b"><h2 dir="ltr"><span style="font-size:16pt;font-weight:400">Council vote</span></h2><p dir="ltr"><span style="font-weight:400">The council </span><span style="font-weight:700">voted</span><span style="font-style:italic;font-weight:400"> late</span><span>.</span></p><ul><li dir="ltr"><p dir="ltr"><span>One</span></p></li></ul></b><br class="Apple-interchange-newline">'
    expect(htmlToBlocks(html).content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [t('Council vote')] },
      p(t('The council '), t('voted', 'bold'), t(' late', 'italic'), t('.')),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('One'))] }] },
    ])
  })

  it('reads Word: Mso paragraphs, o:p, conditional comments and mso-list paragraphs as lists', () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--></head><body lang=EN-GB>
<p class=MsoNormal><b>Budget<o:p></o:p></b></p>
<p class=MsoNormal>The <i>new</i> plan.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Roads<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span>·<span>&nbsp;&nbsp; </span></span><![endif]>Schools<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span>1.<span>&nbsp; </span></span><![endif]>First<o:p></o:p></p>
</body></html>`
    expect(htmlToBlocks(html).content).toEqual([
      p(t('Budget', 'bold')),
      p(t('The '), t('new', 'italic'), t(' plan.')),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(t('Roads'))] },
          { type: 'listItem', content: [p(t('Schools'))] },
        ],
      },
      { type: 'orderedList', content: [{ type: 'listItem', content: [p(t('First'))] }] },
    ])
  })

  it('reads a web page: scripts, handlers and javascript: links are gone, text stays', () => {
    const html =
      '<div class="article"><h1 onclick="alert(1)">Title</h1><script>alert(1)</script><p>See <a href="javascript:alert(1)">this</a> and <a href="https://example.com/a">that</a><img src="x" onerror="alert(1)"></p></div>'
    expect(htmlToBlocks(html).content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [t('Title')] },
      p(t('See this and '), {
        type: 'text',
        text: 'that',
        marks: [{ type: 'link', attrs: { href: 'https://example.com/a' } }],
      }),
    ])
  })
})
