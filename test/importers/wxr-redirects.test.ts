import { readFileSync, writeFileSync } from 'node:fs'
import { articlePath } from '../../src/domain/permalink.js'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import { importWxr } from '../../src/importers/wxr/import-wxr.js'
import { useTestDatabase } from '../support/database.js'
import { fixture } from './fixtures.js'

const actor = systemActor('test')

describe('WordPress import redirects', () => {
  const db = useTestDatabase()

  /** Every redirect points at a path no redirect starts from: readers never follow chains. */
  async function expectNoChains(): Promise<void> {
    const all = await db.store.redirects.list(100_000, 0)
    const from = new Set(all.map((r) => r.fromPath))
    expect(all.filter((r) => from.has(r.toPath))).toEqual([])
  }

  const count = async (): Promise<number> =>
    Object.values(await db.store.articles.countByStatus()).reduce((a, b) => a + b, 0)

  it(
    'keeps old paths of a post renamed in the newsroom and in WordPress answering 301, without chains, across re-runs',
    { timeout: 120_000 },
    async () => {
      const file = fixture('wordpress', 'wxr-small.xml')
      const first = await importWxr(db.services, actor, file)
      expect(first.imported.article).toBeGreaterThan(0)
      const slug = 'sahrania-expands-fuel-tax-as-teachers-protest'
      const story = await db.store.articles.findBySlug(slug)
      const wpId = /<wp:post_id>(\d+)<\/wp:post_id>/.exec(readFileSync(file, 'utf8'))?.[1]
      expect(story?.status).toBe('published')
      const livePath = articlePath(story ?? never(), await db.services.settings.get())
      expect(await db.services.site.resolvePath({ path: `/?p=${wpId}` })).toEqual({
        kind: 'redirect',
        to: livePath,
        status: 301,
      })
      await expectNoChains()

      // An editor renames the story: its first path and /?p=ID now lead to the new one.
      const renamed = await db.services.articles.save({
        actor,
        id: story?.id ?? '',
        revision: story?.revision ?? 0,
        changes: { slug: 'fuel-tax-rises' },
      })
      const newPath = articlePath(renamed, await db.services.settings.get())
      expect(newPath).not.toBe(livePath)
      for (const old of [livePath, `/?p=${wpId}`])
        expect(await db.services.site.resolvePath({ path: old })).toEqual({
          kind: 'redirect',
          to: newPath,
          status: 301,
        })
      await expectNoChains()

      // The same file again: nothing new, nothing duplicated, the redirects unchanged.
      const before = await count()
      const redirectsBefore = await db.store.redirects.list(100_000, 0)
      const again = await importWxr(db.services, actor, file)
      expect(again.imported.article ?? 0).toBe(0)
      expect(await count()).toBe(before)
      expect(await db.store.redirects.list(100_000, 0)).toEqual(redirectsBefore)

      // WordPress renamed and retitled the post too: a re-run updates the story and its new
      // WordPress permalink joins the old paths, all pointing at the newsroom's path.
      const changed = join(db.dataDir, 'renamed.xml')
      writeFileSync(
        changed,
        readFileSync(file, 'utf8')
          .replace('Sahrania expands fuel tax as teachers protest', 'Sahrania raises fuel tax')
          .replaceAll(`/2025/11/01/${slug}/`, '/2025/11/01/sahrania-raises-fuel-tax/')
          .replace(`<![CDATA[${slug}]]>`, '<![CDATA[sahrania-raises-fuel-tax]]>'),
      )
      const third = await importWxr(db.services, actor, changed)
      expect(third.imported.article ?? 0).toBe(0)
      expect(third.updated.article).toBe(1)
      expect(await count()).toBe(before)
      const updated = await db.store.articles.findById(story?.id ?? '')
      expect(updated?.headline).toBe('Sahrania raises fuel tax')
      expect(updated?.revision).toBe(renamed.revision + 1)
      for (const old of [livePath, `/?p=${wpId}`, '/2025/11/01/sahrania-raises-fuel-tax/'])
        expect(await db.services.site.resolvePath({ path: old })).toEqual({
          kind: 'redirect',
          to: newPath,
          status: 301,
        })
      await expectNoChains()
    },
  )
})

function never(): never {
  throw new Error('missing')
}
