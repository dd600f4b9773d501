import { parseHTML } from 'linkedom'
import { articlePath } from '../../../src/domain/permalink.js'
import { describe, expect, it } from 'vitest'
import { make, systemTestActor as system } from '../../support/make.js'
import { useApi } from '../api/support.js'

const origin = 'https://news.example.com'
type Ld = Record<string, unknown> & { '@type'?: string }

function jsonLd(html: string): Ld[] {
  const { document } = parseHTML(html)
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => JSON.parse(s.textContent ?? '') as Ld,
  )
}

// The policy pages in the footer's Standards list (which also always links the corrections page).
const footerLinks = (html: string) =>
  [
    ...parseHTML(html).document.querySelectorAll(
      '.site-footer .policies a:not([href="/corrections/"])',
    ),
  ].map((a) => [a.textContent, a.getAttribute('href')])

describe('publication policies', () => {
  const api = useApi({ MASTHEAD_PUBLIC_URL: origin })

  it('shows the chosen policy pages in every footer and in the Organization JSON-LD', async () => {
    const admin = await api.user('admin')
    const ethics = await make.article(api.db, {
      kind: 'page',
      slug: 'ethics',
      headline: 'Ethics',
      status: 'published',
    })
    const masthead = await make.article(api.db, {
      kind: 'page',
      slug: 'masthead',
      headline: 'Masthead',
      status: 'published',
    })
    const draft = await make.article(api.db, { kind: 'page', slug: 'diversity', headline: 'D' })
    const story = await make.article(api.db, { status: 'published', headline: 'Harbour news' })
    const path = articlePath(story, await api.db.services.settings.get())
    // Cached before the settings change: the change must refresh it.
    expect(footerLinks((await api.call({ url: path })).body)).toEqual([])
    const res = await api.call({
      as: admin,
      method: 'PATCH',
      url: '/api/v1/settings',
      payload: { policies: { ethics: ethics.id, masthead: masthead.id, diversity: draft.id } },
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<{ policies: Record<string, string | null> }>().policies).toEqual({
      ethics: ethics.id,
      corrections: null,
      unnamedSources: null,
      diversity: draft.id,
      ownershipFunding: null,
      masthead: masthead.id,
    })
    const expected = [
      ['Ethics policy', '/ethics/'],
      ['Masthead', '/masthead/'],
    ]
    for (const url of [path, '/', '/section/no-such/', '/corrections/'])
      if ((await api.call({ url })).statusCode === 200)
        expect(footerLinks((await api.call({ url })).body), url).toEqual(expected)
    const page = await api.call({ url: path })
    const article = jsonLd(page.body).find((t) => t.headline === 'Harbour news')
    expect(article?.publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      publishingPrinciples: `${origin}/ethics/`,
      ethicsPolicy: `${origin}/ethics/`,
      masthead: `${origin}/masthead/`,
    })
    expect(article?.publisher).not.toHaveProperty('diversityPolicy')
    // Publishing the draft page, then moving a policy page, each reach the cached footers.
    await api.db.services.articles.publish({ actor: system, id: draft.id })
    expect(footerLinks((await api.call({ url: path })).body)).toContainEqual([
      'Diversity',
      '/diversity/',
    ])
    const current = await api.db.services.articles.get({ actor: system, id: ethics.id })
    await api.db.services.articles.save({
      actor: system,
      id: ethics.id,
      revision: current.revision,
      changes: { slug: 'our-ethics' },
    })
    expect(footerLinks((await api.call({ url: '/' })).body)[0]).toEqual([
      'Ethics policy',
      '/our-ethics/',
    ])
    // Only the changed policy went: other settings stay.
    const again = await api.call({
      as: admin,
      method: 'PATCH',
      url: '/api/v1/settings',
      payload: { policies: { masthead: null } },
    })
    expect(again.json<{ policies: Record<string, string | null> }>().policies).toMatchObject({
      ethics: ethics.id,
      masthead: null,
    })
    expect(footerLinks((await api.call({ url: '/' })).body).map((l) => l[0])).toEqual([
      'Ethics policy',
      'Diversity',
    ])
  })

  it('refuses a policy that is not a static page, and settings from a non-admin', async () => {
    const admin = await api.user('admin')
    const editor = await api.user('editor')
    const story = await make.article(api.db, { status: 'published' })
    const res = await api.call({
      as: admin,
      method: 'PATCH',
      url: '/api/v1/settings',
      payload: { policies: { corrections: story.id, ethics: 'no-such-page' } },
    })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(
      res
        .json<{ errors: { field: string }[] }>()
        .errors.map((e) => e.field)
        .sort(),
    ).toEqual(['policies.corrections', 'policies.ethics'])
    const unknownKind = await api.call({
      as: admin,
      method: 'PATCH',
      url: '/api/v1/settings',
      payload: { policies: { advertising: null } },
    })
    expect(unknownKind.statusCode).toBe(400)
    const forbidden = await api.call({
      as: editor,
      method: 'PATCH',
      url: '/api/v1/settings',
      payload: { policies: { ethics: null } },
    })
    expect(forbidden.statusCode).toBe(403)
  })
})

describe('byline details', () => {
  const api = useApi({ MASTHEAD_PUBLIC_URL: origin })

  it('keeps job title, expertise and profile links, and shows them on the author page and its Person', async () => {
    const editor = await api.user('editor')
    const created = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/authors',
      payload: {
        name: 'Mara Quill',
        slug: 'mara-quill',
        jobTitle: ' Energy correspondent ',
        expertise: ['Energy markets', 'Offshore wind', 'Energy markets', ' '],
        profileLinks: ['https://example.org/people/mara-quill'],
      },
    })
    expect(created.statusCode, created.body).toBe(201)
    expect(created.json()).toMatchObject({
      jobTitle: 'Energy correspondent',
      expertise: ['Energy markets', 'Offshore wind'],
      profileLinks: ['https://example.org/people/mara-quill'],
    })
    await make.article(api.db, { status: 'published', authors: ['mara-quill'] })
    const page = await api.call({ url: '/author/mara-quill/' })
    expect(page.statusCode).toBe(200)
    const { document } = parseHTML(page.body)
    expect(document.querySelector('.author-job')?.textContent).toBe('Energy correspondent')
    expect(document.querySelector('.author-expertise')?.textContent).toContain('Offshore wind')
    expect(document.querySelector('.author-profiles a')?.getAttribute('href')).toBe(
      'https://example.org/people/mara-quill',
    )
    const profile = jsonLd(page.body).find((t) => t['@type'] === 'ProfilePage')
    expect(profile?.mainEntity).toMatchObject({
      '@type': 'Person',
      name: 'Mara Quill',
      jobTitle: 'Energy correspondent',
      knowsAbout: ['Energy markets', 'Offshore wind'],
      sameAs: ['https://example.org/people/mara-quill'],
    })
    // A later edit of the profile reaches the cached author page.
    const id = created.json<{ id: string }>().id
    const edited = await api.call({
      as: editor,
      method: 'PATCH',
      url: `/api/v1/authors/${id}`,
      payload: { jobTitle: 'Energy editor' },
    })
    expect(edited.statusCode, edited.body).toBe(200)
    expect(edited.json()).toMatchObject({ expertise: ['Energy markets', 'Offshore wind'] })
    const again = parseHTML((await api.call({ url: '/author/mara-quill/' })).body).document
    expect(again.querySelector('.author-job')?.textContent).toBe('Energy editor')
  })

  it('refuses profile links that are not http(s) URLs and an overlong job title', async () => {
    const editor = await api.user('editor')
    const res = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/authors',
      payload: {
        name: 'Bad Links',
        profileLinks: ['javascript:alert(1)', 'https://example.org/ok'],
      },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      'profileLinks.0',
    ])
    const long = await api.call({
      as: editor,
      method: 'POST',
      url: '/api/v1/authors',
      payload: { name: 'Long Title', jobTitle: 'x'.repeat(121) },
    })
    expect(long.statusCode).toBe(400)
  })
})
