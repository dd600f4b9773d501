import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { inject } from 'vitest'
import type { DatabaseConfig } from '../../src/store/index.js'
import { testDbKind } from '../support/database.js'
import { pgAdminUrl } from '../support/global-setup.js'

/** The built command, as users run it (`npm run build` first; `npm test` does). */
export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** An empty database of the project's kind, with the environment that points the CLI at it. */
export interface FreshDatabase {
  readonly dataDir: string
  readonly database: DatabaseConfig
  readonly env: Record<string, string>
  drop(): Promise<void>
}

/** The environment without any Masthead settings of the machine running the tests. */
export const cliEnv = (): Record<string, string> => {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('MASTHEAD_') && key !== 'DATABASE_URL')
      env[key] = value
  }
  return { ...env, MASTHEAD_LOG_LEVEL: 'silent' }
}

/** Runs `node dist/cli.js …args` to completion. */
export function runCli(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run npm run build first`)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: { ...cliEnv(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

let counter = 0

/** A fresh, empty (not migrated) database: a new SQLite data folder or a new PostgreSQL database. */
export async function freshDatabase(): Promise<FreshDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'masthead-cli-'))
  if (testDbKind() === 'sqlite') {
    return {
      dataDir,
      database: { kind: 'sqlite', file: join(dataDir, 'masthead.db') },
      env: { MASTHEAD_DATA_DIR: dataDir },
      drop: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
    }
  }
  // Named after the run's template, so the global teardown drops it if this file does not.
  const template = new URL(inject('pgTemplate'))
  const name = `${template.pathname.slice(1)}_cli_${process.pid}_${(counter += 1)}`
  await adminQuery(`CREATE DATABASE ${name}`)
  template.pathname = `/${name}`
  const url = template.toString()
  return {
    dataDir,
    database: { kind: 'postgres', url, poolSize: 2 },
    env: { MASTHEAD_DATA_DIR: dataDir, DATABASE_URL: url },
    async drop() {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

async function adminQuery(text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: pgAdminUrl() })
  await admin.connect()
  try {
    await admin.query(text)
  } finally {
    await admin.end()
  }
}
