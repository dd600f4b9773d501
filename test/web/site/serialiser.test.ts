import type { FastifyInstance } from 'fastify'
import { articlePath } from '../../../src/domain/permalink.js'
import { h } from 'preact'
import { render } from 'preact-render-to-string'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type * as HtmlModule from '../../../src/render/html.js'
import { useTestDatabase } from '../../support/database.js'
import type { SiteContent } from '../../support/site-content.js'
import { seedSite } from '../../support/site-content.js'
import { testApp } from '../../support/web.js'

// The fast-path equivalence test of the serialiser (docs/performance.md): every page the site
// renders goes through both serialisers, ours (render/fast/) and the plain path
// (preact-render-to-string, then the code points HTML forbids removed from the whole document);
// the test fails on the first byte where they differ. The app serves ours.
const compared = vi.hoisted(() => ({ renders: 0, mismatches: [] as string[] }))
vi.mock('../../../src/render/html.js', async (importOriginal) => {
  const actual = await importOriginal<typeof HtmlModule>()
  const fast = await import('../../../src/render/fast/serialiser.js')
  const compare = (ours: string, theirs: string) => {
    compared.renders += 1
    if (ours !== theirs) {
      let i = 0
      while (ours[i] === theirs[i]) i += 1
      compared.mismatches.push(`${ours.slice(i - 60, i + 60)}\n≠\n${theirs.slice(i - 60, i + 60)}`)
    }
  }
  const decode = (bytes: Buffer) => new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  return {
    ...actual,
    renderHtml: (node: Parameters<typeof actual.renderHtml>[0]) => {
      const ours = fast.renderHtmlFast(node)
      compare(ours, actual.renderHtmlPlain(node))
      return ours
    },
    // Whole pages come as UTF-8 bytes: the same bytes both ways.
    renderDocument: (node: Parameters<typeof actual.renderDocument>[0]) => {
      const ours = fast.renderDocumentFast(node)
      const theirs = actual.renderDocumentPlain(node)
      if (!ours.equals(theirs)) compare(decode(ours), decode(theirs))
      else compared.renders += 1
      return ours
    },
  }
})

describe('the HTML serialiser', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  let content: SiteContent

  beforeAll(async () => {
    content = await seedSite(db)
    app = await testApp(db)
  })
  afterAll(async () => app?.close())

  it('writes every page, feed item and error exactly as preact-render-to-string does', async () => {
    const settings = await db.services.settings.get()
    const stories = [content.feature, content.hostileStory, ...content.filler.slice(0, 3)]
    const paths = [
      ...stories.map((a) => articlePath(a, settings)),
      '/',
      '/section/news/',
      '/section/courts/?page=2',
      `/author/${content.reporter.slug}/`,
      `/author/${content.hostileAuthor.slug}/`,
      '/search?q=court',
      '/search?q=%3Cscript%3E&section=news',
      '/corrections/',
      '/no-such-page/',
      articlePath(content.gone, settings),
      '/rss.xml',
      '/atom.xml',
      '/feed.json',
      '/section/news/rss.xml',
    ]
    for (const path of paths) {
      const res = await app.inject(path)
      expect(res.statusCode, path).toBeLessThan(500)
    }
    expect(compared.renders).toBeGreaterThan(paths.length)
    expect(compared.mismatches).toEqual([])
  })
})

const serialisers = async () => {
  const plain = await import('../../../src/render/html.js')
  const fast = await import('../../../src/render/fast/serialiser.js')
  return [
    { name: 'fast', renderHtml: fast.renderHtmlFast, renderDocument: fast.renderDocumentFast },
    { name: 'plain', renderHtml: plain.renderHtmlPlain, renderDocument: plain.renderDocumentPlain },
  ]
}

describe.each(['fast', 'plain'])('text and attribute values (%s)', (kind) => {
  const serialiser = async () => (await serialisers()).find((s) => s.name === kind)!

  it('drop the code points HTML forbids and keep every other character', async () => {
    const { renderHtml } = await serialiser()
    const text = 'a\u0001b\u000Bc\u000Cd\u0085e\uFDD0f\uFFFEg 🗞 \uD83D h \uDC1E i\t\n\r'
    const node = h('p', { title: text }, text)
    const kept = 'abc\u000Cdefg 🗞  h  i\t\n\r'
    expect(renderHtml(node)).toBe(`<p title="${kept}">${kept}</p>`)
    expect(renderHtml(h('p', {}, 'x < y & "z"'))).toBe('<p>x &lt; y &amp; &quot;z&quot;</p>')
    // Short values are checked without the regex: the same characters go.
    expect(renderHtml(h('p', { title: 'a\u0001\uFFFE' }, 'b\u0085\uD83D c'))).toBe(
      '<p title="a">b c</p>',
    )
  })

  it('are written as their UTF-8 bytes in a whole document, whatever their characters', async () => {
    const { renderDocument, renderHtml } = await serialiser()
    const text = 'Café · “quoted” – 🗞 naïve \u00A0 ASCII & <tag> a\u0001b \uD83D c'
    const kept = 'Café · “quoted” – 🗞 naïve \u00A0 ASCII &amp; &lt;tag> ab  c'
    const json = '{"headline":"Zürich – “x” 🗞 </script>"}'
    const node = h('html', { lang: 'de' }, [
      h('p', { title: text, 'data-x': 'é' }, text),
      h('p', {}, 'é'),
      h('script', { type: 'application/ld+json', dangerouslySetInnerHTML: { __html: json } }),
    ])
    const bytes = renderDocument(node)
    const expected = `<!DOCTYPE html><html lang="de"><p title="${kept}" data-x="é">${kept}</p><p>é</p><script type="application/ld+json">${json}</script></html>`
    expect(bytes.equals(Buffer.from(expected, 'utf8'))).toBe(true)
    // The same tree as text is the same document.
    expect(`<!DOCTYPE html>${renderHtml(node)}`).toBe(expected)
  })

  it('write attributes as preact-render-to-string does, the first time a name is seen and after', async () => {
    // A fresh module: the pages above have already taught it most of these names.
    vi.resetModules()
    const { renderHtml } = await serialiser()
    const element = (n: number) =>
      h(
        'div',
        {
          'data-n': n,
          'aria-hidden': n % 2 === 0,
          draggable: false,
          spellcheck: true,
          tabIndex: -n,
          htmlFor: `f${n}`,
          className: 'short',
          srcSet: 'a.jpg 1x',
          hidden: n % 2 === 1,
          title: `a < b & "c" ${n}`,
          'bad name': 'x',
        },
        h('label', { htmlFor: 'q' }, 'Search'),
        h('input', { id: 'q', value: `v${n}`, autoFocus: true }),
        h('img', { src: '/a.jpg', alt: '' }),
      )
    for (const n of [1, 2, 3]) expect(renderHtml(element(n))).toBe(render(element(n)))
    // Short and long values take different paths through the escaping.
    for (const value of ['&', 'x'.repeat(30) + '<', 'y'.repeat(23) + '"', 'plain'])
      expect(renderHtml(h('a', { title: value }, value))).toBe(
        render(h('a', { title: value }, value)),
      )
  })
})
