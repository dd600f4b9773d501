import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import { exportJson, importJson } from '../../src/importers/json/publication-json.js'
import { importWxr } from '../../src/importers/wxr/import-wxr.js'
import type { Services } from '../../src/services/index.js'
import { useTestDatabase } from '../support/database.js'
import { fixture, sharedFixture, sharedMissing } from './fixtures.js'
import { freshServices } from './other-database.js'

const actor = systemActor('test')
const dir = mkdtempSync(join(tmpdir(), 'masthead-export-'))
const opened: Services[] = []

async function exportOf(services: Services, name: string): Promise<string> {
  const file = join(dir, name)
  await exportJson(services, actor, file)
  return file
}

describe('JSON export and import', () => {
  const db = useTestDatabase()
  afterAll(async () => {
    for (const s of opened) await s.close()
  })

  it(
    'exports, restores into an empty database of the other kind and back, unchanged',
    { timeout: 120_000 },
    async () => {
      await importWxr(db.services, actor, fixture('wordpress', 'wxr-small.xml'))
      // The theme unit test data adds comments, pages and odd markup when ../shared has it.
      const missing = sharedMissing('wxr-theme-unit-test')
      if (missing === '')
        await importWxr(
          db.services,
          actor,
          sharedFixture('wxr-theme-unit-test', 'themeunittestdata.wordpress.xml'),
        )
      else console.warn(`round trip without the theme unit test data: ${missing}`)
      const [first] = (await db.services.articles.list({ actor: null, limit: 1 })).items
      await db.services.articles.addCorrection({
        actor,
        id: first!.id,
        kind: 'correction',
        text: 'A name was misspelt.',
      })
      const a = await exportOf(db.services, `a-${db.kind}.json`)
      const other = await freshServices(db.kind === 'sqlite' ? 'postgres' : 'sqlite')
      opened.push(other)
      await importJson(other, actor, a)
      const b = await exportOf(other, `b-${db.kind}.json`)
      const back = await freshServices(db.kind)
      opened.push(back)
      await importJson(back, actor, b)
      const c = await exportOf(back, `c-${db.kind}.json`)
      const docA = JSON.parse(readFileSync(a, 'utf8')) as { articles: unknown[]; version: number }
      expect(docA.version).toBe(1)
      // The WordPress set's 50 posts, plus the theme unit test data's when it is there.
      expect(docA.articles.length).toBeGreaterThan(missing === '' ? 50 : 49)
      expect(JSON.parse(readFileSync(b, 'utf8'))).toEqual(docA)
      expect(readFileSync(c, 'utf8')).toBe(readFileSync(b, 'utf8'))
    },
  )

  it('never exports password hashes', () => {
    const text = readFileSync(join(dir, `a-${db.kind}.json`), 'utf8')
    expect(text).not.toMatch(/passwordHash|password_hash|\$argon2/)
  })

  it('leaves password hashes out of an export of users with passwords, unless --with-credentials', async () => {
    const admin = systemActor('test')
    await db.services.accounts.createUser({
      actor: admin,
      email: `hashes-${db.kind}@example.test`,
      name: 'Ada Hash',
      role: 'editor',
      password: 'correct horse battery staple',
    })
    const plain = await exportOf(db.services, `users-${db.kind}.json`)
    const text = readFileSync(plain, 'utf8')
    expect(text).toContain('Ada Hash')
    expect(text).not.toMatch(/passwordHash|password_hash|\$argon2/)

    const withHashes = join(dir, `credentials-${db.kind}.json`)
    await exportJson(db.services, actor, withHashes, { withCredentials: true })
    expect(readFileSync(withHashes, 'utf8')).toMatch(/"passwordHash": ?"\$argon2/)
    expect(statSync(withHashes).mode & 0o077).toBe(0)
    // Restored with the flag's file, the account signs in with its old password.
    const other = await freshServices(db.kind === 'sqlite' ? 'postgres' : 'sqlite')
    opened.push(other)
    await importJson(other, actor, withHashes)
    const session = await other.accounts.signIn({
      email: `hashes-${db.kind}@example.test`,
      password: 'correct horse battery staple',
      ip: '127.0.0.1',
    })
    expect(session).toBeTruthy()
  })

  it('refuses to restore over existing content, and refuses files that are not exports', async () => {
    await expect(
      importJson(db.services, actor, join(dir, `a-${db.kind}.json`)),
    ).rejects.toMatchObject({
      code: 'conflict',
    })
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{"format":"something-else"}')
    await expect(importJson(db.services, actor, bad)).rejects.toMatchObject({
      code: 'invalid-input',
    })
    writeFileSync(bad, '{"format":"masthead-export", "version": 1, "users": [')
    await expect(importJson(db.services, actor, bad)).rejects.toMatchObject({
      code: 'invalid-input',
    })
  })
})
