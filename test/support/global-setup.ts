import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { createStore } from '../../src/store/index.js'

declare module 'vitest' {
  export interface ProvidedContext {
    sqliteTemplate: string
    pgTemplate: string
    pgUnavailable: string
  }
}

export const pgAdminUrl = (): string =>
  process.env.MASTHEAD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** Builds one migrated template database per run; each test file clones it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const kind = project.config.env.MASTHEAD_TEST_DB
  if (kind === 'postgres') return setupPostgres(project)
  const dir = mkdtempSync(join(tmpdir(), 'masthead-tpl-'))
  const file = join(dir, 'template.db')
  const store = createStore({ kind: 'sqlite', file })
  await store.migrate()
  await store.close()
  project.provide('sqliteTemplate', file)
  return () => Promise.resolve(rmSync(dir, { recursive: true, force: true }))
}

async function setupPostgres(project: TestProject): Promise<() => Promise<void>> {
  const admin = new pg.Client({ connectionString: pgAdminUrl(), connectionTimeoutMillis: 3000 })
  try {
    await admin.connect()
  } catch (error) {
    const reason = `PostgreSQL is not reachable at ${pgAdminUrl()} (${error instanceof Error ? error.message : String(error)}); set MASTHEAD_TEST_PG_URL`
    if (process.env.CI === 'true') throw new Error(`${reason}. CI requires PostgreSQL.`)
    console.warn(`Skipping PostgreSQL tests: ${reason}`)
    project.provide('pgUnavailable', reason)
    return () => Promise.resolve()
  }
  const name = `masthead_tpl_${process.pid}_${Date.now()}`
  await admin.query(`CREATE DATABASE ${name}`)
  const url = new URL(pgAdminUrl())
  url.pathname = `/${name}`
  const store = createStore({ kind: 'postgres', url: url.toString(), poolSize: 2 })
  await store.migrate()
  await store.close()
  project.provide('pgTemplate', url.toString())
  project.provide('pgUnavailable', '')
  return async () => {
    const leftovers = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${name}%`],
    )
    for (const row of leftovers.rows)
      await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`)
    await admin.end()
  }
}
