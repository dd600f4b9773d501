/**
 * A story written before attributed reporting (issue 20): legacy quote attributes (speaker, role,
 * source, source URL), links, lists, a heading, corrections and tags, no attributions, sources,
 * type of work or dateline. `test/fixtures/legacy-story/article.html` is this view rendered by the
 * default theme before those features existed (see its PROVENANCE.md); the theme must still render
 * it byte for byte the same.
 */
import type { ArticleView, Links, SiteView } from '../../../src/render/views.js'

const origin = 'https://news.example.com'

const links: Links = {
  origin,
  articlePath: (a) => (a.kind === 'page' ? `/${a.slug}/` : `/2026/03/02/${a.slug}/`),
  sectionPath: (slug) => `/section/${slug}/`,
  tagPath: (slug) => `/tag/${slug}/`,
  authorPath: (slug) => `/author/${slug}/`,
  image: () => {
    throw new Error('the legacy story has no pictures')
  },
  stylesheet: '/assets/default.000000000000.css',
  fonts: [],
  icon: '/assets/default-icon.000000000000.svg',
}

const site = {
  title: 'The Harbour Courier',
  tagline: 'News from the quays',
  locale: 'en-GB',
  timeZone: 'Europe/London',
  logo: null,
  banner: null,
  menus: { main: [{ label: 'News', href: '/section/news/' }], secondary: [], footer: [] },
  policies: [],
  links,
} satisfies SiteView

const text = (t: string) => ({ type: 'text' as const, text: t })
const para = (...content: ReturnType<typeof text>[]) => ({ type: 'paragraph' as const, content })

export const legacyView = {
  site,
  article: {
    id: 'a1',
    kind: 'article',
    slug: 'ferry-fares-rise',
    status: 'published',
    headline: 'Ferry fares to rise by a tenth',
    dek: 'The operator blames fuel costs.',
    body: {
      type: 'doc',
      content: [
        para(text('Fares on the harbour ferry will rise from April, the operator said.')),
        {
          type: 'paragraph',
          content: [
            text('The notice was posted on the '),
            {
              type: 'text',
              text: 'operator’s website',
              marks: [{ type: 'link', attrs: { href: 'https://example.org/fares' } }],
            },
            text(' and at '),
            {
              type: 'text',
              text: 'the quay',
              marks: [{ type: 'bold' }, { type: 'italic' }],
            },
            text('.'),
          ],
        },
        {
          type: 'blockquote',
          attrs: {
            speaker: 'Ada Lind',
            role: 'managing director',
            source: 'told the Courier',
            sourceUrl: 'https://example.org/interview',
          },
          content: [para(text('We held fares for three years. We cannot hold them longer.'))],
        },
        {
          type: 'blockquote',
          attrs: { speaker: 'A regular passenger' },
          content: [para(text('It adds up over a month.'))],
        },
        { type: 'heading', attrs: { level: 2 }, content: [text('What changes')] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [para(text('Single fares: £2.20'))] },
            { type: 'listItem', content: [para(text('Season tickets unchanged'))] },
          ],
        },
        { type: 'embed', attrs: { url: 'https://example.org/timetable.pdf' } },
      ],
    },
    bodyText: '',
    excerpt: '',
    hero: null,
    primarySectionId: 's1',
    sections: [{ id: 's1', slug: 'news', name: 'News' }],
    tags: [{ id: 't1', slug: 'ferries', name: 'Ferries' }],
    authors: [{ id: 'au1', slug: 'mara-quill', name: 'Mara Quill' }],
    createdAt: '2026-03-02T08:00:00.000Z',
    editedAt: '2026-03-02T09:00:00.000Z',
    publishedAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T11:00:00.000Z',
    scheduledAt: null,
    revision: 4,
    seoTitle: null,
    seoDescription: null,
    canonicalUrl: null,
    noindex: false,
    language: null,
    createdBy: null,
    workType: 'news',
    dateline: null,
    attributions: [],
    sources: [],
  },
  authors: [
    {
      id: 'au1',
      slug: 'mara-quill',
      name: 'Mara Quill',
      bio: 'Covers transport.',
      photoMediaId: null,
      links: [],
      userId: null,
      isWire: false,
      jobTitle: null,
      expertise: [],
      profileLinks: [],
    },
  ],
  media: new Map(),
  corrections: [
    {
      id: 'c1',
      articleId: 'a1',
      kind: 'update',
      text: 'Season ticket prices were confirmed.',
      createdAt: '2026-03-02T11:00:00.000Z',
      editedAt: null,
      history: [],
      withdrawn: null,
    },
  ],
  related: [],
} satisfies ArticleView
