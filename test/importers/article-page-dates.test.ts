import { describe, expect, it } from 'vitest'
import { articlePath } from '../../src/domain/permalink.js'
import { systemActor } from '../../src/domain/roles.js'
import { importArticlePages } from '../../src/importers/article-page/import-article-page.js'
import { useTestDatabase } from '../support/database.js'
import { testApp } from '../support/web.js'
import { fixture, importedArticle } from './fixtures.js'

const actor = systemActor('test')

describe('article page dates keep the precision the page gave', () => {
  const db = useTestDatabase()

  /** The “Published …” line and the JSON-LD date of the story imported from `name`. */
  async function shown(name: string, headline: string): Promise<{ line: string; jsonLd: unknown }> {
    await importArticlePages(db.services, actor, [fixture('article-pages', name)], {
      publish: true,
    })
    const ids = await db.store.db
      .selectFrom('import_sources')
      .select('external_id')
      .where('kind', '=', 'article')
      .execute()
    const stories = await Promise.all(ids.map((r) => importedArticle(db, r.external_id)))
    const story = stories.find((s) => s.headline.startsWith(headline))
    const path = articlePath(story!, await db.services.settings.get())
    const app = await testApp(db)
    try {
      const page = await app.inject({ method: 'GET', url: path })
      expect(page.statusCode).toBe(200)
      const line = /<p class="dates">(.*?)<\/p>/s.exec(page.body)?.[1] ?? ''
      const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.body)?.[1]
      return { line, jsonLd: JSON.parse(ld ?? '{}') }
    } finally {
      await app.close()
    }
  }

  it('shows a date given without a time as the date alone, never as 00:00', async () => {
    const { line, jsonLd } = await shown('single-label.txt', 'City council')
    expect(line).toContain('<time datetime="2025-04-02">')
    expect(line).toMatch(/2 April 2025|April 2, 2025/)
    expect(line).not.toMatch(/\d{2}:\d{2}|GMT|UTC/)
    expect(JSON.stringify(jsonLd)).toContain('"datePublished":"2025-04-02"')
    const stored = await db.store.db
      .selectFrom('articles')
      .select(['published_at', 'published_precision'])
      .executeTakeFirstOrThrow()
    expect(stored.published_precision).toBe('day')
  })

  it('shows a date given with a time with its time', async () => {
    const { line, jsonLd } = await shown('breadcrumb.txt', 'Ferry operator')
    expect(line).toContain('datetime="2025-02-12T14:05:00.000Z"')
    expect(line).toMatch(/14:05/)
    expect(JSON.stringify(jsonLd)).toContain('"datePublished":"2025-02-12T14:05:00.000Z"')
  })
})
