import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import { importWxr } from '../../src/importers/wxr/import-wxr.js'
import { useTestDatabase } from '../support/database.js'
import { fixture } from './fixtures.js'

const actor = systemActor('test')

/** Runs the real CLI on this database and kills it (SIGKILL) once the first batch is reported. */
function importThenKill(databaseUrl: string, dataDir: string, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', 'import', 'wxr', file, '--data', dataDir],
      {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          MASTHEAD_DEMO: '0',
          MASTHEAD_LOG_LEVEL: 'silent',
        },
      },
    )
    let stderr = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      if (/items/.test(stderr)) child.kill('SIGKILL')
    })
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      resolve(signal ?? 'exited')
    })
  })
}

describe('WordPress import robustness', () => {
  const db = useTestDatabase()

  it(
    'after kill -9 keeps whole batches only, and a second run completes without duplicates',
    { timeout: 300_000 },
    async () => {
      const file = fixture('wordpress', 'wxr-full.xml')
      const url = db.database.kind === 'sqlite' ? `sqlite:${db.database.file}` : db.database.url
      const signal = await importThenKill(url, db.dataDir, file)
      const partial = Object.values(await db.store.articles.countByStatus()).reduce(
        (a, b) => a + b,
        0,
      )
      // Batches are transactions: what survived is whole batches, and each article has its links.
      const orphans = await db.store.db
        .selectFrom('articles')
        .select('id')
        .where('id', 'not in', db.store.db.selectFrom('import_sources').select('target_id'))
        .execute()
      expect(orphans).toHaveLength(0)
      const report = await importWxr(db.services, actor, file)
      const total = Object.values(await db.store.articles.countByStatus()).reduce(
        (a, b) => a + b,
        0,
      )
      expect(total).toBe((report.imported.article ?? 0) + (report.imported.page ?? 0) + partial)
      const items = readFileSync(file, 'utf8').match(/<wp:post_type><!\[CDATA\[(post|page)\]\]>/g)
      expect(total).toBe(items?.length)
      expect(signal).toBe('SIGKILL')
      expect(partial).toBeGreaterThan(0)
      expect(partial).toBeLessThan(total)
    },
  )

  it('refuses a truncated file, a non-XML file and random bytes, changing nothing', async () => {
    const before = await db.store.articles.countByStatus()
    const redirectsBefore = (await db.store.redirects.list(10_000, 0)).length
    const full = readFileSync(fixture('wordpress', 'wxr-small.xml'), 'utf8')
    const files = {
      truncated: full.slice(0, Math.floor(full.length / 2)),
      'not-xml': 'title,body\nHello,World\n',
      garbage: randomBytes(1_000_000).toString('latin1'),
      empty: '',
      'wrong-root': '<?xml version="1.0"?><html><body>not a feed</body></html>',
    }
    for (const [name, text] of Object.entries(files)) {
      const path = join(db.dataDir, `${name}.xml`)
      writeFileSync(path, text, 'latin1')
      await expect(importWxr(db.services, actor, path), name).rejects.toMatchObject({
        code: 'invalid-input',
      })
    }
    await expect(
      importWxr(db.services, actor, join(db.dataDir, 'missing.xml')),
    ).rejects.toMatchObject({
      code: 'invalid-input',
    })
    expect(await db.store.articles.countByStatus()).toEqual(before)
    expect((await db.store.redirects.list(10_000, 0)).length).toBe(redirectsBefore)
  })

  it('changes nothing on a dry run, yet reports what it would import', async () => {
    const before = await db.store.articles.countByStatus()
    const report = await importWxr(db.services, actor, fixture('wordpress', 'wxr-small.xml'), {
      dryRun: true,
    })
    expect(report.dryRun).toBe(true)
    expect(await db.store.articles.countByStatus()).toEqual(before)
  })
})
