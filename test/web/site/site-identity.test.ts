import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { articlePath } from '../../../src/domain/permalink.js'
import { make, systemTestActor as system } from '../../support/make.js'
import { useApi } from '../api/support.js'

const doc = (html: string) => parseHTML(html).document
const texts = (html: string, selector: string) =>
  [...doc(html).querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '')

describe('the reader’s site identity', () => {
  const api = useApi({ MASTHEAD_PUBLIC_URL: 'https://news.example.com' })
  const get = (url: string) => api.call({ url })
  const patchSettings = async (payload: Record<string, unknown>) =>
    api.call({ as: await api.user('admin'), method: 'PATCH', url: '/api/v1/settings', payload })

  it('preloads the self-hosted text face and serves it at an immutable, hashed URL', async () => {
    const home = await get('/')
    const page = doc(home.body)
    const preloads = [...page.querySelectorAll('link[rel="preload"][as="font"]')]
    expect(preloads.map((l) => l.getAttribute('href'))).toEqual([
      expect.stringMatching(
        /^\/assets\/fonts\/source-serif-4-latin-400-normal\.[0-9a-f]{12}\.woff2$/,
      ),
      expect.stringMatching(
        /^\/assets\/fonts\/source-serif-4-latin-700-normal\.[0-9a-f]{12}\.woff2$/,
      ),
    ])
    for (const link of preloads) {
      expect(link.getAttribute('crossorigin')).toBe('anonymous')
      expect(link.getAttribute('type')).toBe('font/woff2')
    }
    const fontUrl = preloads[0]?.getAttribute('href') ?? ''
    const font = await get(fontUrl)
    expect(font.statusCode).toBe(200)
    expect(font.headers['content-type']).toBe('font/woff2')
    expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(font.rawPayload.subarray(0, 4).toString('latin1')).toBe('wOF2')
    // Same origin: the site's CSP (default-src 'self', no font-src) lets the page load it.
    expect(home.headers['content-security-policy']).toContain("default-src 'self'")
    expect(home.headers['content-security-policy']).not.toContain('font-src')
    const cssUrl = page.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? ''
    const css = (await get(cssUrl)).body
    expect(css).toContain(`src:url(${fontUrl}) format("woff2")`)
    expect(css).toContain('font-display:swap')
    expect(css).toMatch(
      /@font-face\{font-family:"Source Serif 4 Fallback";src:local\("Times New Roman"\)/,
    )
    expect(css).toContain('--serif:"Source Serif 4","Source Serif 4 Fallback",Georgia')
    expect((await get(fontUrl.replace(/\.[0-9a-f]{12}\./, '.000000000000.'))).statusCode).toBe(404)
    expect((await get('/assets/default-modern.000000000000.css')).statusCode).toBe(404)
  })

  it('refuses bad theming with problem+json naming each field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ theming: { look: 'gothic' } }, 'theming.look'],
      [{ theming: { typeface: 'comic-sans' } }, 'theming.typeface'],
      [{ theming: { colours: { light: { accent: 'red' } } } }, 'theming.colours.light.accent'],
      [{ theming: { colours: { light: { glow: '#ffffff' } } } }, 'theming.colours.light'],
      [{ theming: {} }, 'theming'],
    ]
    for (const [payload, field] of cases) {
      const res = await patchSettings(payload)
      expect(res.statusCode, JSON.stringify(payload)).toBe(400)
      expect(res.headers['content-type']).toContain('application/problem+json')
      const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)
      expect(
        fields.some((f) => f.startsWith(field)),
        `${JSON.stringify(payload)}: ${fields.join()}`,
      ).toBe(true)
    }
    // Well-formed, but pale grey text on the default look's paper is unreadable.
    const faint = await patchSettings({ theming: { colours: { light: { ink: '#dddddd' } } } })
    expect(faint.statusCode, faint.body).toBe(400)
    const problem = faint.json<{ code: string; errors: { field: string }[] }>()
    expect(problem.code).toBe('invalid-input')
    expect(new Set(problem.errors.map((e) => e.field))).toEqual(
      new Set(['theming.colours.light.ink']),
    )
    const contributor = await api.user('contributor')
    const forbidden = await api.call({
      as: contributor,
      method: 'PATCH',
      url: '/api/v1/settings',
      payload: { theming: { look: 'modern' } },
    })
    expect(forbidden.statusCode).toBe(403)
  })

  it('switches look, typeface and colours at once on cached pages, at a new stylesheet URL', async () => {
    const before = await get('/')
    expect((await get('/')).headers['x-cache']).toBe('hit')
    const oldCss = doc(before.body).querySelector('link[rel="stylesheet"]')?.getAttribute('href')
    const res = await patchSettings({
      theming: { look: 'modern', colours: { light: { accent: '#0b5394' } } },
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({
      theming: {
        look: 'modern',
        typeface: null,
        colours: { light: { accent: '#0b5394' }, dark: {} },
      },
    })
    const after = doc((await get('/')).body)
    const cssUrl = after.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? ''
    expect(cssUrl).not.toBe(oldCss)
    expect(cssUrl).toMatch(/^\/assets\/default-modern\.[0-9a-f]{12}\.css$/)
    const css = (await get(cssUrl)).body
    expect(css).toContain('--serif:"Libre Franklin"')
    expect(css).toContain('--accent:#0b5394;')
    expect(css).toContain('@media (prefers-color-scheme:dark){:root{--ink:#f2f2f2;')
    expect(
      [...after.querySelectorAll('link[rel="preload"]')].map((l) => l.getAttribute('href')),
    ).toEqual([
      expect.stringContaining('/libre-franklin-latin-400-normal.'),
      expect.stringContaining('/libre-franklin-latin-800-normal.'),
    ])
    // Another typeface on the same look; a system face downloads nothing.
    await patchSettings({ theming: { typeface: 'system-serif', colours: { light: {} } } })
    const plain = doc((await get('/')).body)
    expect(plain.querySelectorAll('link[rel="preload"]').length).toBe(0)
    const plainCss = (
      await get(plain.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '')
    ).body
    expect(plainCss).toContain('--serif:Georgia,')
    expect(plainCss).not.toContain('--accent:#0b5394')
    await patchSettings({ theming: { look: 'default', typeface: null } })
  })

  it('shows the logo as the nameplate, with the publication’s name as its text', async () => {
    const logo = await make.media(api.db, { width: 400, height: 80 })
    expect((await patchSettings({ logoMediaId: logo.id })).statusCode).toBe(200)
    const settings = await api.db.services.settings.get()
    const img = doc((await get('/')).body).querySelector('.masthead .nameplate img')
    expect(img?.getAttribute('alt')).toBe(settings.title)
    expect(img?.getAttribute('src')).toBe(`https://news.example.com/media/${logo.id}/original.png`)
    expect(img?.getAttribute('width')).toBe('400')
    expect((await get(`/media/${logo.id}/original.png`)).statusCode).toBe(200)
    await patchSettings({ logoMediaId: null })
    expect(texts((await get('/')).body, '.masthead .nameplate')).toEqual([settings.title])
  })

  it('puts the footer menu, the standards and the feeds in every footer', async () => {
    const about = await make.article(api.db, {
      kind: 'page',
      status: 'published',
      headline: 'About us',
      slug: 'about-us',
    })
    await api.db.services.fronts.menu.save({
      actor: system,
      menu: 'footer',
      revision: 0,
      items: [
        { kind: 'page', articleId: about.id, label: 'About' },
        { kind: 'link', url: 'https://example.org/jobs', label: 'Jobs' },
      ],
    })
    for (const url of ['/', '/search?q=x', '/corrections/', '/no/such/page/']) {
      const html = (await get(url)).body
      expect(texts(html, '.site-footer h2'), url).toEqual(['More', 'Standards', 'Follow'])
      expect(texts(html, '.site-footer nav:first-of-type a'), url).toEqual(['About', 'Jobs'])
      expect(texts(html, '.site-footer .policies a'), url).toContain('Corrections')
      const feeds = [...doc(html).querySelectorAll('.site-footer a')].map((a) =>
        a.getAttribute('href'),
      )
      expect(feeds, url).toEqual(expect.arrayContaining(['/rss.xml', '/atom.xml', '/feed.json']))
    }
  })

  it('gives a byline with no photo or bio a monogram, a job line and its links', async () => {
    const author = await api.db.services.taxonomy.saveAuthor({
      actor: system,
      author: {
        name: 'Ines de la Cruz',
        slug: 'ines-de-la-cruz',
        links: [{ label: 'Newsletter', url: 'https://example.org/ines' }],
        profileLinks: ['https://www.example.com/people/ines/'],
      },
    })
    const story = await make.article(api.db, {
      status: 'published',
      headline: 'Quay lights replaced',
      authors: [author.slug],
    })
    const storyHtml = (await get(articlePath(story, await api.db.services.settings.get()))).body
    const box = doc(storyHtml).querySelector('.author-box')
    expect(box?.querySelector('.monogram')?.textContent).toBe('IC')
    expect(box?.querySelector('.monogram')?.getAttribute('aria-hidden')).toBe('true')
    expect(box?.querySelector('.author-role')?.textContent).toBe('Reporter')
    expect(
      [...(box?.querySelectorAll('.author-profiles a') ?? [])].map((a) => a.textContent),
    ).toEqual(['Newsletter', 'example.com/people/ines'])
    const authorHtml = (await get('/author/ines-de-la-cruz/')).body
    expect(texts(authorHtml, '.list-header .author-job')).toEqual(['Reporter'])
    expect(texts(authorHtml, '.list-header .monogram')).toEqual(['IC'])
    expect(texts(authorHtml, '.list-header .author-profiles a')).toEqual([
      'Newsletter',
      'example.com/people/ines',
    ])
  })

  it('polishes search: one box, marked headlines, separated list items, "More results"', async () => {
    const body = {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph' as const,
          content: [{ type: 'text' as const, text: 'The lighthouse keepers list:' }],
        },
        {
          type: 'bulletList' as const,
          content: ['lamp oil', 'lamp wicks', 'lamp glass'].map((text) => ({
            type: 'listItem' as const,
            content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
          })),
        },
      ],
    }
    for (let i = 0; i < 12; i++)
      await make.article(api.db, { status: 'published', headline: `Lamp supplies ${i}`, body })
    const html = (await get('/search?q=lamp')).body
    const page = doc(html)
    expect(page.querySelectorAll('form[role="search"]').length).toBe(1)
    expect(page.querySelector('.masthead .site-search')).toBeNull()
    expect(page.querySelector('.results .story-headline mark')?.textContent).toBe('Lamp')
    const snippet = page.querySelector('.results .snippet')?.textContent ?? ''
    expect(snippet).toMatch(/oil · lamp wicks · lamp glass/)
    expect(texts(html, '.pager a')).toEqual(['More results →'])
    expect(texts((await get('/search?q=lamp&page=2')).body, '.pager a')).toEqual([
      '← Previous results',
    ])
    // Other pages keep their masthead search box and their time-ordered pager.
    expect(doc((await get('/')).body).querySelector('.masthead .site-search')).not.toBeNull()
  })
})
