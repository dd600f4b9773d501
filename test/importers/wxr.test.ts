import { readFileSync } from 'node:fs'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import { importWxr } from '../../src/importers/wxr/import-wxr.js'
import { useTestDatabase } from '../support/database.js'
import { fixture, sharedFixture, skipWithoutShared } from './fixtures.js'

const actor = systemActor('test')

interface Item {
  'wp:post_id'?: number | string
  'wp:post_type'?: string
  'wp:status'?: string
  'wp:post_name'?: string
  'wp:post_date_gmt'?: string
  title?: string | number
  link?: string
}

/** The items of a WXR file, read independently of the importer. */
function itemsOf(file: string): Item[] {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' })
  const xml = parser.parse(readFileSync(file, 'utf8')) as { rss: { channel: { item?: Item[] } } }
  return xml.rss.channel.item ?? []
}

const imported = ['publish', 'draft', 'pending', 'future', 'private']
const expected = (items: Item[], type: string) =>
  items.filter((i) => i['wp:post_type'] === type && imported.includes(i['wp:status'] ?? '')).length

describe('WordPress import', () => {
  const db = useTestDatabase()

  it(
    'imports every post and page of the newspaper export, with sections, authors and heroes',
    { timeout: 300_000 },
    async () => {
      const file = fixture('wordpress', 'wxr-full.xml')
      const items = itemsOf(file)
      const report = await importWxr(db.services, actor, file, {
        uploads: fixture('wordpress', 'uploads'),
      })
      expect(report.imported.article).toBe(expected(items, 'post'))
      expect(report.imported.page).toBe(expected(items, 'page'))
      expect(report.imported.media).toBe(
        items.filter((i) => i['wp:post_type'] === 'attachment').length,
      )
      const sections = await db.store.sections.list()
      const world = sections.find((s) => s.slug === 'world')
      expect(sections.find((s) => s.slug === 'eastern-europe')?.parentId).toBe(world?.id)
      const page = await db.services.articles.list({ actor: null, kind: 'page', limit: 50 })
      expect(page.items.every((p) => p.kind === 'page')).toBe(true)
      const published = items.find(
        (i) => i['wp:post_type'] === 'post' && i['wp:status'] === 'publish',
      )
      const old = new URL(String(published?.link)).pathname
      const redirect = await db.store.redirects.findByPath(old)
      expect(redirect?.statusCode).toBe(301)
      expect(await db.store.redirects.findByPath(`/?p=${published?.['wp:post_id']}`)).not.toBeNull()
      const comments = readFileSync(file, 'utf8').match(/<wp:comment>/g)?.length
      expect(await db.store.importedComments.count()).toBe(comments)
      // A sampled post: headline, GMT date and slug as the file has them.
      const article = await db.store.articles.findBySlug(String(published?.['wp:post_name']))
      expect(article?.headline).toBe(String(published?.title))
      const gmt = String(published?.['wp:post_date_gmt']).replace(' ', 'T')
      expect(article?.publishedAt).toBe(new Date(`${gmt}Z`).toISOString())
    },
  )

  it(
    'updates instead of duplicating when the same file is imported again',
    { timeout: 300_000 },
    async () => {
      const file = fixture('wordpress', 'wxr-full.xml')
      const before = await db.store.articles.countByStatus()
      const report = await importWxr(db.services, actor, file)
      expect(report.imported.article ?? 0).toBe(0)
      expect(await db.store.articles.countByStatus()).toEqual(before)
    },
  )

  it('gives heroes their caption and credit, and bodies structured blocks', async () => {
    const { items } = await db.services.articles.list({ actor: null, limit: 100 })
    const withHero = items.find((a) => a.hero !== null)
    expect(withHero?.hero?.credit).toBeTruthy()
    const types = new Set(items.flatMap((a) => a.body.content.map((b) => b.type)))
    expect(types).toContain('paragraph')
    expect(types).toContain('blockquote')
    const quote = items.flatMap((a) => a.body.content).find((b) => b.type === 'blockquote')
    expect(quote?.type === 'blockquote' && quote.attrs?.source).toBeTruthy()
  })
})

describe('WordPress import of other exports', () => {
  const db = useTestDatabase()
  const files = [
    ['wxr-theme-unit-test', 'themeunittestdata.wordpress.xml'],
    ['wxr-theme-unit-test', '64-block-test-data.xml'],
    ['wxr-theme-unit-test', 'theme-preview.xml'],
    ['wxr-wordpress-importer', 'valid-wxr-1.0.xml'],
    ['wxr-wordpress-importer', 'small-export.xml'],
    ['wxr-wordpress-importer', 'adversarial', 'wxr-utf-8-challenges.xml'],
    ['wxr-wordpress-importer', 'adversarial', 'crazy-cdata-escaped.xml'],
    ['wxr-wordpress-com', 'sitetitle.wordpress.2025-01-19.000.xml'],
    ['wxr-tryghost-migrate', 'co-authors-plus.xml'],
    ['wxr-tryghost-migrate', 'has-yoast-meta.xml'],
    ['wordpress', 'wxr-small.xml'],
  ]
  for (const parts of files) {
    it(
      `imports ${parts.at(-1)} with counts matching the file`,
      { timeout: 120_000 },
      async (ctx) => {
        // Only the theme unit test data has no open licence: it stays in ../shared/fixtures.
        const isShared = parts[0] === 'wxr-theme-unit-test'
        if (isShared) skipWithoutShared(ctx, 'wxr-theme-unit-test')
        const file = isShared ? sharedFixture(...parts) : fixture(...parts)
        const items = itemsOf(file)
        const report = await importWxr(db.services, actor, file)
        const posts =
          (report.imported.article ?? 0) +
          (report.updated.article ?? 0) +
          (report.unchanged.article ?? 0)
        const pages =
          (report.imported.page ?? 0) + (report.updated.page ?? 0) + (report.unchanged.page ?? 0)
        expect(posts).toBe(expected(items, 'post'))
        expect(pages).toBe(expected(items, 'page'))
      },
    )
  }

  it('keeps Co-Authors Plus bylines in order without duplicates', async () => {
    const ids = await db.store.db.selectFrom('articles').select('id').execute()
    const all = await db.store.articles.findManyByIds(ids.map((r) => r.id))
    const bylines = all.map((a) => a.authors.map((w) => w.slug).join(','))
    expect(bylines).toContain('alice-smith,bob-jones')
  })

  it('imports Yoast SEO titles and descriptions', async () => {
    const row = await db.store.db
      .selectFrom('articles')
      .select(['seo_title', 'seo_description'])
      .where('seo_title', 'is not', null)
      .executeTakeFirst()
    expect(row?.seo_title).toBeTruthy()
    expect(row?.seo_description).toBeTruthy()
  })

  for (const name of [
    'malformed.xml',
    'crazy-cdata.xml',
    'missing-version-tag.xml',
    'invalid-version-tag.xml',
  ]) {
    it(`refuses ${name} with a clear error and changes nothing`, async () => {
      const before = await db.store.articles.countByStatus()
      const run = importWxr(
        db.services,
        actor,
        fixture('wxr-wordpress-importer', 'adversarial', name),
      )
      await expect(run).rejects.toMatchObject({ code: 'invalid-input' })
      expect(await db.store.articles.countByStatus()).toEqual(before)
    })
  }
})
