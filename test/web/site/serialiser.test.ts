import type { FastifyInstance } from 'fastify'
import type { VNode } from 'preact'
import { h } from 'preact'
import { render } from 'preact-render-to-string'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type * as HtmlModule from '../../../src/render/html.js'
import { useTestDatabase } from '../../support/database.js'
import type { SiteContent } from '../../support/site-content.js'
import { seedSite } from '../../support/site-content.js'
import { testApp } from '../../support/web.js'

// Every page the site renders goes through both serialisers; the test fails on the first byte
// where ours differs from preact-render-to-string's output with the code points HTML forbids
// removed from the whole document (ours drops them from each text and attribute value).
/* eslint-disable no-control-regex -- control characters are what this removes */
const forbidden =
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
/* eslint-enable no-control-regex */
const compared = vi.hoisted(() => ({ renders: 0, mismatches: [] as string[] }))
vi.mock('../../../src/render/html.js', async (importOriginal) => {
  const actual = await importOriginal<typeof HtmlModule>()
  const compare = (ours: string, node: unknown, prefix = '') => {
    // Our templates hand the serialiser one element (a document or a fragment).
    const theirs = prefix + render(node as VNode).replace(forbidden, '')
    compared.renders += 1
    if (ours !== theirs) {
      let i = 0
      while (ours[i] === theirs[i]) i += 1
      compared.mismatches.push(`${ours.slice(i - 60, i + 60)}\n≠\n${theirs.slice(i - 60, i + 60)}`)
    }
  }
  return {
    renderHtml: (node: Parameters<typeof actual.renderHtml>[0]) => {
      const ours = actual.renderHtml(node)
      compare(ours, node)
      return ours
    },
    // Whole pages come as UTF-8 bytes: decoded, they must be the same document.
    renderDocument: (node: Parameters<typeof actual.renderDocument>[0]) => {
      const ours = actual.renderDocument(node)
      compare(new TextDecoder('utf-8', { fatal: true }).decode(ours), node, '<!DOCTYPE html>')
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
    const settings = await db.services.getSettings()
    const stories = [content.feature, content.hostileStory, ...content.filler.slice(0, 3)]
    const paths = [
      ...stories.map((a) => db.services.articlePath(a, settings)),
      '/',
      '/section/news/',
      '/section/courts/?page=2',
      `/author/${content.reporter.slug}/`,
      `/author/${content.hostileAuthor.slug}/`,
      '/search?q=court',
      '/search?q=%3Cscript%3E&section=news',
      '/corrections/',
      '/no-such-page/',
      db.services.articlePath(content.gone, settings),
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

describe('text and attribute values', () => {
  it('drop the code points HTML forbids and keep every other character', async () => {
    const { renderHtml } = await import('../../../src/render/html.js')
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
    const { renderDocument, renderHtml } = await import('../../../src/render/html.js')
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
    const { renderHtml } = await import('../../../src/render/html.js')
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
