import { describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import { importArticlePages } from '../../src/importers/article-page/import-article-page.js'
import type { Article } from '../../src/domain/article.js'
import type { TestDb } from '../support/database.js'
import { useTestDatabase } from '../support/database.js'
import { make } from '../support/make.js'
import { fixture, importedArticle } from './fixtures.js'

const actor = systemActor('test')
const page = (name: string): string => fixture('article-pages', name)
// Labels: World; Europe, Politics, Harbours; and a Home › World › Europe trail.
const pages = ['single-label.txt', 'credit-after-date.txt', 'breadcrumb.txt'].map(page)

/** The article imported from one of the pages above. */
async function articleOf(db: TestDb, file: string): Promise<Article> {
  const row = await db.store.db
    .selectFrom('import_sources')
    .select('external_id')
    .where('source', '=', 'article-page')
    .where('kind', '=', 'article')
    .execute()
  const found = await Promise.all(row.map((r) => importedArticle(db, r.external_id)))
  const name = file.split('/').pop()
  const byHeadline: Record<string, string> = {
    'single-label.txt': 'City council',
    'credit-after-date.txt': 'Dock workers',
    'breadcrumb.txt': 'Ferry operator',
  }
  const match = found.find((a) => a.headline.startsWith(byHeadline[name ?? ''] ?? '?'))
  if (match === undefined) throw new Error(`no article from ${file}`)
  return match
}

describe('article page section labels: maps labels to existing sections by name or slug', () => {
  const db = useTestDatabase()

  it('maps labels to existing sections by name or slug, ignoring case and accents', async () => {
    const world = await make.section(db, { slug: 'world', name: 'World news' })
    const politics = await make.section(db, { slug: 'politik', name: 'Pólitics' })
    const report = await importArticlePages(db.services, actor, pages)
    expect((await articleOf(db, pages[0]!)).sections.map((s) => s.id)).toEqual([world.id])
    const dock = await articleOf(db, pages[1]!)
    expect(dock.sections.map((s) => s.slug)).toEqual(['europe', 'politik', 'harbours'])
    expect(dock.sections[1]?.id).toBe(politics.id)
    expect(report.imported.section).toBe(2) // Europe and Harbours, once each
    expect(report.unchanged.section).toBe(2) // World and Politics, used as they are
    expect(report.warnings.label).toBe(2)
    expect(report.warningSamples.join('\n')).toMatch(
      /label “Europe” became a new section \/europe\/, in no menu/,
    )
  })
})

describe('article page section labels: puts a new section in no menu and on no default front', () => {
  const db = useTestDatabase()

  it('puts a new section in no menu and on no default front', async () => {
    await importArticlePages(db.services, actor, pages, { publish: true })
    const europe = await db.store.sections.findBySlug('europe')
    expect(europe?.parentId).toBeNull()
    for (const menu of ['main', 'secondary', 'footer'] as const) {
      const saved = await db.services.fronts.menu.get({ actor, menu })
      expect(JSON.stringify(saved.value)).not.toContain(europe!.id)
    }
    const { view } = await db.services.site.chrome()
    const labels = [...view.menus.main, ...view.menus.secondary, ...view.menus.footer]
    expect(labels.map((e) => e.label)).not.toContain('Europe')
    const home = await db.services.fronts.front.get({ actor, front: 'home' })
    expect(JSON.stringify(home)).not.toContain(europe!.id)
  })
})

describe('article page section labels: makes labels that match no section tags with labelsAsTags', () => {
  const db = useTestDatabase()

  it('makes labels that match no section tags with labelsAsTags, and no new sections', async () => {
    await make.section(db, { slug: 'world', name: 'World' })
    const report = await importArticlePages(db.services, actor, pages, { labelsAsTags: true })
    expect(report.imported.section ?? 0).toBe(0)
    expect(report.imported.tag).toBe(3) // Europe, Politics, Harbours: Europe once for two pages
    const dock = await articleOf(db, pages[1]!)
    expect(dock.sections).toEqual([])
    expect(dock.tags.map((t) => t.name)).toEqual(['Europe', 'Politics', 'Harbours'])
    expect(report.warningSamples.join('\n')).toMatch(/label “Harbours” became the tag “Harbours”/)
  })
})

describe('article page section labels: reports a re-run honestly', () => {
  const db = useTestDatabase()

  it('reports a re-run honestly: everything unchanged, nothing imported or updated', async () => {
    const first = await importArticlePages(db.services, actor, pages, { publish: true })
    expect(first.imported.article).toBe(3)
    const again = await importArticlePages(db.services, actor, pages, { publish: true })
    expect(again.imported).toEqual({})
    expect(again.updated).toEqual({})
    expect(again.skipped).toEqual({})
    expect(again.unchanged).toEqual({ article: 3, section: 4, author: 2 })
    expect(again.warnings.label).toBeUndefined()
  })
})
