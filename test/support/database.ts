import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, beforeEach, inject } from 'vitest'
import type { Config } from '../../src/config.js'
import { loadConfig } from '../../src/config.js'
import { createEventBus, createServices, randomIds } from '../../src/services/index.js'
import type { DomainEvent, Services } from '../../src/services/index.js'
import type { Deps } from '../../src/services/deps.js'
import { localFiles } from '../../src/store/files.js'
import type { DatabaseConfig, Store } from '../../src/store/index.js'
import { createStore } from '../../src/store/index.js'
import type { TestClock } from './clock.js'
import { testClock } from './clock.js'

export interface TestDb {
  readonly kind: 'sqlite' | 'postgres'
  readonly store: Store
  readonly services: Services
  readonly deps: Deps
  readonly clock: TestClock
  readonly dataDir: string
  readonly database: DatabaseConfig
  /** Events emitted since the database was opened. */
  readonly events: DomainEvent[]
  /** A config pointing at this database and data folder (for buildApp). */
  config(env?: Record<string, string>): Config
  /** A second, independent connection to the same database, like another process would have. */
  openAnother(options?: { fastPaths: boolean }): { store: Store; services: Services }
}

export const testDbKind = (): 'sqlite' | 'postgres' =>
  process.env.MASTHEAD_TEST_DB === 'postgres' ? 'postgres' : 'sqlite'

/** MASTHEAD_FAST_PATHS=off runs the tests on plain Kysely, preact-render-to-string and Fastify. */
export const testFastPaths = (): boolean => process.env.MASTHEAD_FAST_PATHS !== 'off'

let counter = 0

async function cloneDatabase(dataDir: string): Promise<DatabaseConfig> {
  if (testDbKind() === 'sqlite') {
    const file = join(dataDir, 'masthead.db')
    copyFileSync(inject('sqliteTemplate'), file)
    return { kind: 'sqlite', file }
  }
  const template = new URL(inject('pgTemplate'))
  const templateName = template.pathname.slice(1)
  const name = `${templateName}_${process.pid}_${(counter += 1)}_${Math.floor(Math.random() * 1e6)}`
  const admin = new pg.Client({
    connectionString: process.env.MASTHEAD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  })
  await admin.connect()
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateName}`)
        break
      } catch (error) {
        // Another file may be cloning the same template this instant; try again shortly.
        if (attempt > 20) throw error
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200))
      }
    }
  } finally {
    await admin.end()
  }
  template.pathname = `/${name}`
  return { kind: 'postgres', url: template.toString(), poolSize: 5 }
}

function wire(
  database: DatabaseConfig,
  dataDir: string,
  clock: TestClock,
  events: DomainEvent[],
  fastPaths = testFastPaths(),
): { store: Store; deps: Deps; services: Services } {
  const store = createStore(database, { fastPaths })
  const bus = createEventBus((error) => {
    throw error
  })
  bus.subscribe((e) => events.push(e))
  const deps: Deps = {
    store,
    clock,
    ids: randomIds,
    events: bus,
    files: localFiles(join(dataDir, 'media')),
  }
  return { store, deps, services: createServices(deps) }
}

/**
 * A fresh, migrated database for this test file (SQLite file copy or PostgreSQL TEMPLATE clone),
 * with services on a hand-moved clock. On a machine without PostgreSQL its tests are skipped.
 */
export function useTestDatabase(): TestDb {
  const state: Partial<Record<keyof TestDb, unknown>> & { others: Store[] } = { others: [] }
  const unavailable = testDbKind() === 'postgres' ? inject('pgUnavailable') : ''
  beforeEach((ctx) => {
    if (unavailable !== '') ctx.skip(unavailable)
  })
  beforeAll(async () => {
    if (unavailable !== '') return
    const dataDir = mkdtempSync(join(tmpdir(), 'masthead-test-'))
    const database = await cloneDatabase(dataDir)
    const clock = testClock()
    const events: DomainEvent[] = []
    const { store, deps, services } = wire(database, dataDir, clock, events)
    Object.assign(state, {
      kind: testDbKind(),
      store,
      services,
      deps,
      clock,
      dataDir,
      database,
      events,
    })
  })
  afterAll(async () => {
    for (const other of state.others) await other.close()
    if (state.store !== undefined) await (state.store as Store).close()
    if (typeof state.dataDir === 'string') rmSync(state.dataDir, { recursive: true, force: true })
  })
  return {
    get kind() {
      return state.kind as TestDb['kind']
    },
    get store() {
      return state.store as Store
    },
    get services() {
      return state.services as Services
    },
    get deps() {
      return state.deps as Deps
    },
    get clock() {
      return state.clock as TestClock
    },
    get dataDir() {
      return state.dataDir as string
    },
    get database() {
      return state.database as DatabaseConfig
    },
    get events() {
      return state.events as DomainEvent[]
    },
    config(env = {}) {
      const database = state.database as DatabaseConfig
      const url = database.kind === 'sqlite' ? `sqlite:${database.file}` : database.url
      return loadConfig({
        MASTHEAD_DATA_DIR: state.dataDir as string,
        DATABASE_URL: url,
        MASTHEAD_LOG_LEVEL: 'silent',
        MASTHEAD_FAST_PATHS: testFastPaths() ? 'on' : 'off',
        ...env,
      })
    },
    openAnother(options) {
      const other = wire(
        state.database as DatabaseConfig,
        state.dataDir as string,
        state.clock as TestClock,
        state.events as DomainEvent[],
        options?.fastPaths,
      )
      state.others.push(other.store)
      return other
    },
  }
}
