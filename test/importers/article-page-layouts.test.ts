import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import {
  importArticlePages,
  readPage,
} from '../../src/importers/article-page/import-article-page.js'
import { formatReport } from '../../src/importers/progress.js'
import { useTestDatabase } from '../support/database.js'
import { fixture, requireShared, sharedFixture } from './fixtures.js'

const actor = systemActor('test')
const page = (name: string): string => fixture('article-pages', name)

/** A file's non-blank lines, trimmed, read here independently of the importer. */
const linesOf = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/\u00a0/g, ' ').trim())
    .filter((l) => l !== '')

describe('article page text: headline, credit, byline and date in any layout', () => {
  it('takes the headline printed twice over a lone section label on the first line', async () => {
    const found = await readPage(page('single-label.txt'))
    const lines = linesOf(page('single-label.txt'))
    expect(found.sections).toEqual(['World'])
    expect(found.headline).toBe(lines[1])
    expect(found.heroCredit).toBe('Jonas Vell/Harbour Pictures')
    expect(found.publishedAt).toBe('2025-04-02T00:00:00.000Z')
    expect(found.datePrecision).toBe('day')
    expect(found.author?.name).toBe('Tilde Marsh')
    expect(found.paragraphs[0]).toMatch(/^The city council postponed/)
  })

  it('reads a date line above a credit line, and the longest title-like line as headline', async () => {
    const found = await readPage(page('credit-after-date.txt'))
    expect(found.sections).toEqual(['Europe', 'Politics', 'Harbours'])
    expect(found.headline).toBe('Dock workers end their strike after a night of talks')
    expect(found.heroCredit).toBe('Port Authority handout')
    expect(found.publishedAt).toBe('2025-05-14T00:00:00.000Z')
    expect(found.author).toBeNull()
  })

  it('reads a date above the headline and a “By” byline below it', async () => {
    const found = await readPage(page('date-before-headline.txt'))
    expect(found.headline).toBe('New lighthouse keeper takes over the oldest light on the coast')
    expect(found.publishedAt).toBe('2025-06-03T00:00:00.000Z')
    expect(found.author).toEqual({ name: 'Aino Kask', bio: '' })
    expect(found.sections).toEqual([])
  })

  it('finds the headline inside a breadcrumb trail, the trail’s sections, and a time of day', async () => {
    const found = await readPage(page('breadcrumb.txt'))
    expect(found.headline).toBe('Ferry operator orders two electric boats for the island route')
    expect(found.sections).toEqual(['World', 'Europe'])
    expect(found.publishedAt).toBe('2025-02-12T14:05:00.000Z')
    expect(found.datePrecision).toBe('minute')
    expect(found.author?.name).toBe('Mira Holm')
  })

  it('never glues credit or date lines into a body paragraph', async () => {
    for (const name of ['glued.txt', 'single-label.txt', 'credit-after-date.txt']) {
      const found = await readPage(page(name))
      expect(found.headline, name).not.toBe('')
      for (const p of found.paragraphs) {
        expect(p, name).not.toMatch(/Published|Photo|Source:|Image:/)
        expect(p, name).not.toContain(found.headline)
      }
    }
    const glued = await readPage(page('glued.txt'))
    expect(glued.heroCredit).toBe('Sanna Ilves')
    expect(glued.publishedAt?.slice(0, 10)).toBe('2025-08-01')
  })
})

describe('article page import report: what is missing is said', () => {
  const db = useTestDatabase()

  it('says “warnings: none” only for a page that lacks nothing', async () => {
    const complete = await importArticlePages(db.services, actor, [
      page('date-before-headline.txt'),
    ])
    expect(formatReport(complete)).toMatch(/warnings: {2}none/)
    const noDate = await importArticlePages(db.services, actor, [page('no-date.txt')])
    expect(noDate.warnings['no-date']).toBe(1)
    expect(noDate.warnings['no-byline']).toBeUndefined()
    const noByline = await importArticlePages(db.services, actor, [page('credit-after-date.txt')])
    expect(noByline.warnings['no-byline']).toBe(1)
    expect(formatReport(noByline)).not.toMatch(/warnings: {2}none/)
  })

  it('skips a page without a headline, with a reason and a warning', async () => {
    const file = join(db.dataDir, 'labels-only.txt')
    writeFileSync(file, 'World\n\nPolitics\n')
    const report = await importArticlePages(db.services, actor, [file])
    expect(Object.keys(report.skipped)[0]).toMatch(/no headline found/)
    expect(report.warnings['no-headline']).toBe(1)
    expect(report.imported.article ?? 0).toBe(0)
  })
})

describe('article page text: variants of the seed page', () => {
  requireShared('seed')
  const seed = (): string[] =>
    readFileSync(sharedFixture('seed', 'article.txt'), 'utf8').split('\n')
  // The seed's first lines: labels, blank, headline, blank, headline, credit, date, blank, body.
  const variant = async (name: string, lines: string[]) => {
    const file = join(db.dataDir, name)
    writeFileSync(file, lines.join('\n'))
    return readPage(file)
  }
  const db = useTestDatabase()

  it('finds the same headline, credit and date whatever the order above the body', async () => {
    const [, , headline = '', , , credit = '', date = '', ...rest] = seed()
    const cases: Record<string, string[]> = {
      'one label first': ['World', '', headline, '', headline, credit, date, ...rest],
      'credit after date': ['World', '', headline, '', headline, date, credit, ...rest],
      'date before headline': [date, '', 'World', '', headline, credit, ...rest],
      'headline once, no labels': [headline, credit, date, ...rest],
    }
    for (const [name, lines] of Object.entries(cases)) {
      const found = await variant(`${name}.txt`, lines)
      expect(found.headline, name).toBe(headline.trim())
      expect(credit, name).toContain(found.heroCredit)
      expect(found.publishedAt, name).toBe('2025-03-26T00:00:00.000Z')
      expect(found.paragraphs.join(' '), name).not.toContain(credit.trim())
    }
  })

  it('warns about the missing date when the date line is gone', async () => {
    const lines = seed()
    const file = join(db.dataDir, 'no-date.txt')
    writeFileSync(file, [...lines.slice(0, 6), ...lines.slice(7)].join('\n'))
    const report = await importArticlePages(db.services, actor, [file])
    expect(report.warnings['no-date']).toBe(1)
    expect(report.warnings['no-byline']).toBeUndefined()
  })
})
