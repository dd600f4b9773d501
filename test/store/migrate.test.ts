import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import type { DatabaseConfig } from '../../src/store/index.js'
import { createStore, StoreOpenError } from '../../src/store/index.js'
import { testDbKind } from '../support/database.js'
import { pgAdminUrl } from '../support/global-setup.js'

const dir = mkdtempSync(join(tmpdir(), 'masthead-migrate-'))
const created: string[] = []
let n = 0

/** A brand-new, empty database of the project's kind. */
async function emptyDatabase(): Promise<DatabaseConfig> {
  n += 1
  if (testDbKind() === 'sqlite') return { kind: 'sqlite', file: join(dir, `empty-${n}.db`) }
  const name = `masthead_migrate_${process.pid}_${n}_${Date.now()}`
  const admin = new pg.Client({ connectionString: pgAdminUrl() })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  created.push(name)
  const url = new URL(pgAdminUrl())
  url.pathname = `/${name}`
  return { kind: 'postgres', url: url.toString(), poolSize: 2 }
}

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  if (created.length === 0) return
  const admin = new pg.Client({ connectionString: pgAdminUrl() })
  await admin.connect()
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.end()
})

describe('migrations', () => {
  it('are safe to run twice', async () => {
    const store = createStore(await emptyDatabase())
    const applied = await store.migrate()
    expect(applied[0]).toBe('001-content-model')
    expect(await store.migrate()).toEqual([])
    expect(await store.ping()).toBe(true)
    await store.close()
  })

  it('are safe to run from two processes at once', async () => {
    const config = await emptyDatabase()
    const a = createStore(config)
    const b = createStore(config)
    const [ra, rb] = await Promise.all([a.migrate(), b.migrate()])
    // Each migration ran exactly once, in one process or the other.
    const all = [...ra, ...rb].sort()
    expect(new Set(all).size).toBe(all.length)
    expect(all[0]).toBe('001-content-model')
    expect(await a.migrate()).toEqual([])
    expect(await a.users.count()).toBe(0)
    await Promise.all([a.close(), b.close()])
  })

  it.runIf(testDbKind() === 'sqlite')(
    'fail at start with a clear message on a corrupt database file',
    () => {
      const file = join(dir, 'corrupt.db')
      writeFileSync(file, Buffer.alloc(8192, 0x5a))
      expect(() => createStore({ kind: 'sqlite', file })).toThrow(StoreOpenError)
      expect(() => createStore({ kind: 'sqlite', file })).toThrow(/corrupt\.db.*not a database/)
    },
  )

  it.runIf(testDbKind() === 'sqlite')(
    'fail at start with a clear message on an unusable data folder',
    () => {
      const blocker = join(dir, 'a-file')
      writeFileSync(blocker, 'not a folder')
      expect(() =>
        createStore({ kind: 'sqlite', file: join(blocker, 'data', 'masthead.db') }),
      ).toThrow(/Cannot open the SQLite database at .*a-file/)
    },
  )
})
