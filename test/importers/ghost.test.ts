import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import { importGhost } from '../../src/importers/ghost/import-ghost.js'
import { useTestDatabase } from '../support/database.js'
import { fixture } from './fixtures.js'

const actor = systemActor('test')
type Row = Record<string, unknown>

/** The export's tables, read here independently of the importer. */
function tablesOf(name: string): Record<string, Row[]> {
  const json = JSON.parse(readFileSync(fixture('ghost-exports', name), 'utf8')) as {
    db: { data: Record<string, Row[]> }[]
  }
  return json.db[0]!.data
}

const isPage = (p: Row): boolean => p.type === 'page' || p.page === true || p.page === 1

describe('Ghost import', () => {
  const db = useTestDatabase()
  const files = [
    'ghost-1.20.0-valid.json',
    'ghost-2.9.0-v2_export.json',
    'ghost-4.1.0-v4_export.json',
  ]

  for (const name of files) {
    it(`imports the posts, pages and users of ${name}`, async () => {
      const data = tablesOf(name)
      const report = await importGhost(db.services, actor, fixture('ghost-exports', name))
      const count = (kind: string) =>
        (report.imported[kind] ?? 0) + (report.updated[kind] ?? 0) + (report.unchanged[kind] ?? 0)
      expect(count('article')).toBe(data.posts!.filter((p) => !isPage(p)).length)
      expect(count('page')).toBe(data.posts!.filter(isPage).length)
      expect(count('author')).toBe(data.users!.length)
      const post = data.posts!.find(
        (p) => !isPage(p) && p.status === 'published' && p.visibility === 'public',
      )!
      const row = await db.store.db
        .selectFrom('import_sources')
        .select('target_id')
        .where('external_id', '=', String(post.id))
        .where('kind', '=', 'article')
        .executeTakeFirstOrThrow()
      const article = await db.store.articles.findById(row.target_id)
      expect(article?.headline).toBe(post.title)
      expect(article?.status).toBe('published')
      expect(article?.hero).not.toBeNull()
      expect(article?.body.content.length).toBeGreaterThan(0)
    })
  }

  it('imports members-only posts as drafts, never publicly', async () => {
    const paid = tablesOf('ghost-4.1.0-v4_export.json').posts!.find((p) => p.visibility === 'paid')!
    const article = await db.store.articles.findBySlug(String(paid.slug))
    expect(article?.status).toBe('draft')
  })

  it('never imports passwords, keys or sessions', async () => {
    const users = await db.store.users.list()
    expect(users).toHaveLength(0)
    const dump = JSON.stringify(await db.store.db.selectFrom('authors').selectAll().execute())
    expect(dump).not.toMatch(/\$2a\$|PRIVATE KEY/)
  })

  it('refuses files that are not Ghost exports and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ghost-bad-'))
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{"db":[{"meta":{"version":"0.3"},"data":{"posts":[]}}]}')
    const before = await db.store.articles.countByStatus()
    await expect(importGhost(db.services, actor, bad)).rejects.toMatchObject({
      code: 'invalid-input',
    })
    writeFileSync(bad, '{"db":[{"meta":')
    await expect(importGhost(db.services, actor, bad)).rejects.toMatchObject({
      code: 'invalid-input',
    })
    expect(await db.store.articles.countByStatus()).toEqual(before)
  })
})
