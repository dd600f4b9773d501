import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import { importArticlePages } from '../../src/importers/article-page/import-article-page.js'
import { useTestDatabase } from '../support/database.js'

const actor = systemActor('test')

/** A saved page's text, written for this test: a credit line but no picture. */
const page = [
  'World Politics',
  '',
  'Harbour board approves a night ferry to the islands',
  'Harbour board approves a night ferry to the islands',
  'Photo: Lina Ortt',
  'Published: 4 March 2025',
  '',
  'The harbour board voted on Tuesday to run a ferry to the outer islands after ten at night.',
  '',
  'Island councils had asked for the late crossing for three winters in a row.',
].join('\n')

describe('article page import defaults', () => {
  const db = useTestDatabase()

  it('imports as a draft unless --publish, and makes no hero from a credit without a picture', async () => {
    const file = join(db.dataDir, 'ferry.txt')
    writeFileSync(file, page)
    const report = await importArticlePages(db.services, actor, [file])
    expect(report.imported.article).toBe(1)
    expect(report.imported.media ?? 0).toBe(0)
    expect(report.warnings['credit-without-picture']).toBe(1)
    expect(report.warningSamples.join('\n')).toContain('Lina Ortt')
    const only = async () =>
      db.store.articles.findById(
        (await db.store.db.selectFrom('articles').select('id').executeTakeFirstOrThrow()).id,
      )
    const draft = await only()
    expect(draft?.headline).toBe('Harbour board approves a night ferry to the islands')
    expect(draft?.status).toBe('draft')
    expect(draft?.publishedAt).toBeNull()
    expect(draft?.hero).toBeNull()
    const published = await importArticlePages(db.services, actor, [file], { publish: true })
    expect(published.updated.article).toBe(1)
    const live = await only()
    expect(live?.status).toBe('published')
    expect(live?.publishedAt?.slice(0, 10)).toBe('2025-03-04')
  })
})
