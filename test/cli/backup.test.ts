import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { openServices } from '../../src/boot.js'
import { loadConfig } from '../../src/config.js'
import { articlePath } from '../../src/domain/permalink.js'
import { systemActor } from '../../src/domain/roles.js'
import { buildApp } from '../../src/web/app.js'
import { testDbKind } from '../support/database.js'
import { pgAdminUrl } from '../support/global-setup.js'
import type { FreshDatabase } from './run-cli.js'
import { freshDatabase, runCli } from './run-cli.js'
import { startServe } from './serve-process.js'

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 })

const run = promisify(execFile)
const quiet = { info: () => {}, warn: () => {}, error: () => {} }
const actor = systemActor('test')
const headline = 'Harbour bridge reopens after repairs'

/** Publishes one story into the database `env` names; returns its path. */
async function publishStory(env: Record<string, string>): Promise<string> {
  const services = await openServices(loadConfig({ ...env, MASTHEAD_DEMO: '0' }), quiet)
  try {
    const author = await services.taxonomy.saveAuthor({
      actor,
      author: { name: 'Staff Reporter', slug: 'staff-reporter' },
    })
    const draft = await services.articles.create({
      actor,
      headline,
      authors: [author.slug],
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Open.' }] }],
      },
    })
    const story = await services.articles.publish({ actor, id: draft.id })
    return articlePath(story, await services.settings.get())
  } finally {
    await services.close()
  }
}

/** What the site at `env` answers at `path`: its status and whether the headline is on it. */
async function served(env: Record<string, string>, path: string) {
  const config = loadConfig({ ...env, MASTHEAD_DEMO: '0', MASTHEAD_LOG_LEVEL: 'silent' })
  const services = await openServices(config, quiet)
  const app = await buildApp(config, services, { logger: false })
  try {
    const res = await app.inject(path)
    return { status: res.statusCode, hasHeadline: res.body.includes(headline) }
  } finally {
    await app.close()
    await services.close()
  }
}

describe.runIf(testDbKind() === 'sqlite')('masthead backup, and restoring it (SQLite)', () => {
  let db: FreshDatabase
  const restored = mkdtempSync(join(tmpdir(), 'masthead-restored-'))
  beforeAll(async () => {
    db = await freshDatabase()
  })
  afterAll(async () => {
    await db.drop()
    rmSync(restored, { recursive: true, force: true })
  })

  it('copies the live database; a fresh data folder with the copy serves the same story', async () => {
    const path = await publishStory(db.env)
    const server = await startServe({ ...db.env, MASTHEAD_DEMO: '0' })
    const file = join(db.dataDir, 'backup.db')
    try {
      const backup = await runCli(['backup', '--to', file], db.env)
      expect(backup.stderr).toBe('')
      expect(backup.code).toBe(0)
      expect(backup.stdout).toContain(file)
      expect((await fetch(`${server.url}${path}`)).status).toBe(200)
    } finally {
      await server.stop()
    }
    // The drill of docs/deploy.md: the copy becomes masthead.db of an empty data folder.
    copyFileSync(file, join(restored, 'masthead.db'))
    expect(await served({ MASTHEAD_DATA_DIR: restored }, path)).toEqual({
      status: 200,
      hasHeadline: true,
    })
  })

  it('refuses to overwrite a file, or to back up a database that is not there', async () => {
    const file = join(db.dataDir, 'backup.db')
    const again = await runCli(['backup', '--to', file], db.env)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('already exists')
    const empty = mkdtempSync(join(tmpdir(), 'masthead-none-'))
    const missing = await runCli(['backup', '--to', join(empty, 'b.db')], {
      MASTHEAD_DATA_DIR: empty,
    })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no database')
    expect(existsSync(join(empty, 'masthead.db'))).toBe(false)
    rmSync(empty, { recursive: true, force: true })
  })
})

const pgTools = async (): Promise<string> => {
  try {
    await run('pg_dump', ['--version'])
    await run('pg_restore', ['--version'])
    return ''
  } catch {
    return 'pg_dump and pg_restore are not on PATH'
  }
}

describe.runIf(testDbKind() === 'postgres')('pg_dump and pg_restore (PostgreSQL)', () => {
  let source: FreshDatabase
  let target: FreshDatabase
  beforeAll(async () => {
    source = await freshDatabase()
    target = await freshDatabase()
  })
  afterAll(async () => {
    await source.drop()
    await target.drop()
  })

  it('restores a dump into an empty database that serves the same story', async (ctx) => {
    const missing = await pgTools()
    if (missing !== '') ctx.skip(missing)
    const path = await publishStory(source.env)
    const dump = join(source.dataDir, 'masthead.dump')
    const url = (env: Record<string, string>) => env.DATABASE_URL ?? pgAdminUrl()
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, url(source.env)])
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${url(target.env)}`, dump])
    expect(await served(target.env, path)).toEqual({ status: 200, hasHeadline: true })
  })

  it('has masthead backup point to pg_dump instead', async () => {
    const result = await runCli(['backup', '--to', join(source.dataDir, 'x.db')], source.env)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('pg_dump')
  })
})
