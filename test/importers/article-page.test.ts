import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { documentText } from '../../src/domain/block-document.js'
import { systemActor } from '../../src/domain/roles.js'
import { htmlToBlocks } from '../../src/domain/html-to-blocks.js'
import { documentScore } from '../../bench/shingle-f1.js'
import {
  importArticlePages,
  readPage,
} from '../../src/importers/article-page/import-article-page.js'
import { useTestDatabase } from '../support/database.js'
import { requireShared, sharedFixture, sharedMissing } from './fixtures.js'

const actor = systemActor('test')
const seed = sharedFixture('seed', 'article.txt')

/** The seed's lines, read here independently: non-blank, trimmed. */
const seedLines = (): string[] =>
  readFileSync(seed, 'utf8')
    .split('\n')
    .map((l) => l.replace(/\u00a0/g, ' ').trim())
    .filter((l) => l !== '')

describe('article page import from text', () => {
  requireShared('seed')
  const db = useTestDatabase()

  it('finds the five section labels, the headline once, the credit, the date and the author box', async () => {
    const lines = seedLines()
    const page = await readPage(seed)
    expect(page.sections).toHaveLength(5)
    expect(page.sections.join(' ')).toBe(lines[0])
    expect(page.headline).toBe(lines[1])
    expect(lines[2]).toBe(lines[1]) // the page prints it twice; we keep it once
    expect(lines[3]).toContain(page.heroCredit)
    expect(page.publishedAt).toBe('2025-03-26T00:00:00.000Z')
    const name = lines[lines.length - 2]
    expect(page.author).toEqual({ name, bio: lines[lines.length - 1] })
    expect(page.paragraphs).not.toContain(page.headline)
    expect(page.paragraphs.some((p) => p.startsWith(name!))).toBe(false)
  })

  it('imports the page as a published article with sections, hero credit, body and author bio', async () => {
    const report = await importArticlePages(db.services, actor, [seed], { publish: true })
    expect(report.imported.article).toBe(1)
    const [article] = (await db.services.articles.list({ actor: null, limit: 5 })).items
    const lines = seedLines()
    expect(article?.sections.map((s) => s.name).join(' ')).toBe(lines[0])
    // The text page has a credit but no picture: no hero, the credit reported.
    expect(article?.hero).toBeNull()
    expect(report.warningSamples.join(' ')).toContain(lines[3]?.replace(/^[^:]+:\s*/, ''))
    expect(article?.publishedAt?.slice(0, 10)).toBe('2025-03-26')
    const text = documentText(article!.body)
    expect(text.split(lines[1]!).length).toBe(1) // headline not repeated in the body
    expect(article?.body.content.some((b) => b.type === 'blockquote')).toBe(true)
    const author = await db.store.authors.findBySlug(article!.authors[0]!.slug)
    expect(author?.bio).toBe(lines[lines.length - 1])
  })

  it('updates the same article when the page is imported again', async () => {
    const report = await importArticlePages(db.services, actor, [seed], { publish: true })
    expect(report.unchanged.article).toBe(1)
    expect((await db.services.articles.list({ actor: null, limit: 5 })).items).toHaveLength(1)
  })
})

describe('article page extraction from HTML (Readability)', () => {
  requireShared('article-extraction-benchmark')
  // Read while collecting; without the set there is one placeholder, skipped with the reason.
  const truth = (
    sharedMissing('article-extraction-benchmark') === ''
      ? JSON.parse(
          readFileSync(sharedFixture('article-extraction-benchmark', 'ground-truth.json'), 'utf8'),
        )
      : { 'benchmark-pages': { articleBody: '' } }
  ) as Record<string, { articleBody: string }>
  const ids = Object.keys(truth).sort().slice(0, 5)
  const flat = (text: string): string => text.replace(/\s+/g, ' ').trim()

  for (const id of ids) {
    it(`keeps the key sentences of page ${id.slice(0, 12)} and little else`, async () => {
      const page = await readPage(
        sharedFixture('article-extraction-benchmark', 'html', `${id}.html.gz`),
      )
      const text = flat(documentText(htmlToBlocks(page.bodyHtml ?? '')))
      const paragraphs = truth[id]!.articleBody.split(/\n+/)
        .map(flat)
        .filter((p) => p.length > 80)
      expect(text).toContain(paragraphs[0]!.slice(0, 60))
      expect(text).toContain(paragraphs[paragraphs.length - 1]!.slice(0, 60))
      // “Little else”: most of what we kept is article text, not menus and footers.
      expect(documentScore(text, truth[id]!.articleBody).precision).toBeGreaterThan(0.6)
    })
  }
})
