import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '../../src/domain/errors.js'
import type { PermalinkSubject } from '../../src/domain/permalink.js'
import {
  articlePath,
  defaultPermalinkPattern,
  parsePermalink,
  renderPermalink,
  validatePermalinkPattern,
} from '../../src/domain/permalink.js'
import { datePartsIn, isValidTimeZone } from '../../src/domain/time.js'

const id = '01900000-0000-7000-8000-00000000abcd'
const story = (publishedAt: string | null, section: string | null = 'city'): PermalinkSubject => ({
  id,
  kind: 'article',
  slug: 'bridge-reopens',
  publishedAt,
  sections: section === null ? [] : [{ slug: section }],
})

describe('renderPermalink and parsePermalink', () => {
  it.each([
    [
      'the default pattern',
      defaultPermalinkPattern,
      story('2026-03-02T09:00:00Z'),
      'UTC',
      '/2026/03/02/bridge-reopens/',
      { yyyy: '2026', mm: '03', dd: '02', slug: 'bridge-reopens' },
    ],
    [
      'section and slug',
      '/{section}/{slug}/',
      story('2026-03-02T09:00:00Z'),
      'UTC',
      '/city/bridge-reopens/',
      { section: 'city', slug: 'bridge-reopens' },
    ],
    [
      'section defaulting to news',
      '/{section}/{slug}/',
      story('2026-03-02T09:00:00Z', null),
      'UTC',
      '/news/bridge-reopens/',
      { section: 'news', slug: 'bridge-reopens' },
    ],
    ['an id only', '/{id}/', story('2026-03-02T09:00:00Z'), 'UTC', `/${id}/`, { id }],
    [
      'a fixed prefix with dots',
      '/archive/{yyyy}.{mm}/{slug}/',
      story('2026-03-02T09:00:00Z'),
      'UTC',
      '/archive/2026.03/bridge-reopens/',
      { yyyy: '2026', mm: '03', slug: 'bridge-reopens' },
    ],
    [
      'New Year in Berlin: 23:30 UTC on 31 December is already 1 January',
      defaultPermalinkPattern,
      story('2025-12-31T23:30:00Z'),
      'Europe/Berlin',
      '/2026/01/01/bridge-reopens/',
      { yyyy: '2026', mm: '01', dd: '01', slug: 'bridge-reopens' },
    ],
    [
      'the same instant in UTC',
      defaultPermalinkPattern,
      story('2025-12-31T23:30:00Z'),
      'UTC',
      '/2025/12/31/bridge-reopens/',
      { yyyy: '2025', mm: '12', dd: '31', slug: 'bridge-reopens' },
    ],
    [
      'Los Angeles: 05:00 UTC on 1 January is still 31 December',
      defaultPermalinkPattern,
      story('2026-01-01T05:00:00Z'),
      'America/Los_Angeles',
      '/2025/12/31/bridge-reopens/',
      { yyyy: '2025', mm: '12', dd: '31', slug: 'bridge-reopens' },
    ],
    [
      'a leap day in Tokyo',
      '/{yyyy}/{mm}/{dd}/{id}/',
      story('2028-02-28T15:00:00Z'),
      'Asia/Tokyo',
      `/2028/02/29/${id}/`,
      { yyyy: '2028', mm: '02', dd: '29', id },
    ],
  ])('%s', (_name, pattern, article, timeZone, path, tokens) => {
    validatePermalinkPattern(pattern)
    expect(renderPermalink(pattern, article, timeZone)).toBe(path)
    expect(parsePermalink(pattern, path)).toEqual(tokens)
  })

  it.each([
    [defaultPermalinkPattern, '/2026/03/02/bridge-reopens'],
    [defaultPermalinkPattern, '/2026/3/2/bridge-reopens/'],
    [defaultPermalinkPattern, '/2026/03/02/Bridge-Reopens/'],
    [defaultPermalinkPattern, '/2026/03/02/bridge-reopens/extra/'],
    [defaultPermalinkPattern, '/x/2026/03/02/bridge-reopens/'],
    [defaultPermalinkPattern, '/section/city/'],
    ['/{section}/{slug}/', '/city/'],
    ['/{section}/{slug}/', '/city/bridge_reopens/'],
    ['/{id}/', '/not-an-id/'],
    ['/archive/{yyyy}.{mm}/{slug}/', '/archive/2026x03/bridge-reopens/'],
  ])('%s does not match %s', (pattern, path) => {
    expect(parsePermalink(pattern, path)).toBeNull()
  })
})

describe('articlePath', () => {
  const settings = { permalinkPattern: '/{section}/{yyyy}/{slug}/', timeZone: 'Pacific/Auckland' }

  it('puts an article under the pattern, dated in the time zone, in its primary section', () => {
    const article = {
      ...story('2026-12-31T12:30:00Z'),
      sections: [{ slug: 'city' }, { slug: 'x' }],
    }
    expect(articlePath(article, settings)).toBe('/city/2027/bridge-reopens/')
  })

  it('gives a sitemap entry, which knows only its primary section, the same path as the article', () => {
    const article = story('2026-03-02T09:00:00Z')
    const entry = { ...article, headline: 'Bridge reopens', sections: [{ slug: 'city' }] }
    expect(articlePath(entry, settings)).toBe(articlePath(article, settings))
    expect(articlePath({ ...article, sections: [] }, settings)).toBe('/news/2026/bridge-reopens/')
  })

  it('puts a static page at its slug, whatever the pattern', () => {
    expect(articlePath({ ...story(null), kind: 'page' }, settings)).toBe('/bridge-reopens/')
  })
})

describe('validatePermalinkPattern', () => {
  it.each([
    defaultPermalinkPattern,
    '/{section}/{slug}/',
    '/{id}/',
    '/news/{yyyy}/{slug}/',
    '/archive/{yyyy}.{mm}/{slug}/',
    '/n_{id}/',
  ])('accepts %s', (pattern) => {
    expect(() => validatePermalinkPattern(pattern)).not.toThrow()
  })

  it.each([
    ['{slug}/', /start and end/],
    ['/{slug}', /start and end/],
    ['/news/{yyyy}/{mm}/{slug}.html', /start and end/],
    ['/{yyyy}/{mm}/', /\{slug\} or \{id\}/],
    ['/{title}/{slug}/', /unknown token \{title\}/],
    ['/News/{slug}/', /may hold only/],
    ['/news stories/{slug}/', /may hold only/],
    ['/{slug}/?page=1/', /may hold only/],
    ['//{slug}/', /segments/],
    ['/news//{slug}/', /segments/],
    ['/../{slug}/', /segments/],
    ['/./{slug}/', /segments/],
    ['/{slug/{id}/', /outside a token/],
    ['/{slug}/}/', /outside a token/],
  ])('rejects %s', (pattern, problem) => {
    let error: unknown
    try {
      validatePermalinkPattern(pattern)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InvalidInputError)
    const errors = (error as InvalidInputError).errors
    expect(errors.map((e) => e.field)).toEqual(['permalinkPattern'])
    expect(errors[0]?.message).toMatch(problem)
  })
})

describe('time zones', () => {
  it.each([
    ['2026-06-30T22:30:00Z', 'Europe/Berlin', { yyyy: '2026', mm: '07', dd: '01' }],
    ['2026-06-30T22:30:00Z', 'UTC', { yyyy: '2026', mm: '06', dd: '30' }],
    ['2026-03-01T07:59:59Z', 'America/Los_Angeles', { yyyy: '2026', mm: '02', dd: '28' }],
    ['2026-03-01T11:00:00Z', 'Pacific/Kiritimati', { yyyy: '2026', mm: '03', dd: '02' }],
  ])('%s in %s', (iso, timeZone, parts) => {
    expect(datePartsIn(iso, timeZone)).toEqual(parts)
  })

  it.each([
    ['Europe/London', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('%j is a time zone: %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid)
  })
})
