import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { createEventBus, createServices, randomIds } from '../../src/services/index.js'
import type { Services } from '../../src/services/index.js'
import { localFiles } from '../../src/store/files.js'
import { createStore } from '../../src/store/index.js'
import { testClock } from '../support/clock.js'
import { testFastPaths } from '../support/database.js'

const pgUrl = (): string =>
  process.env.MASTHEAD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

let counter = 0

/** A new, migrated, empty database of the given kind, with its services. */
export async function freshServices(kind: 'sqlite' | 'postgres'): Promise<Services> {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-roundtrip-'))
  let store
  if (kind === 'sqlite') {
    store = createStore(
      { kind: 'sqlite', file: join(dir, 'masthead.db') },
      { fastPaths: testFastPaths() },
    )
  } else {
    const name = `masthead_roundtrip_${process.pid}_${(counter += 1)}_${Date.now() % 1e6}`
    const admin = new pg.Client({ connectionString: pgUrl() })
    await admin.connect()
    try {
      await admin.query(`CREATE DATABASE ${name}`)
    } finally {
      await admin.end()
    }
    const url = new URL(pgUrl())
    url.pathname = `/${name}`
    store = createStore(
      { kind: 'postgres', url: url.toString(), poolSize: 2 },
      { fastPaths: testFastPaths() },
    )
  }
  await store.migrate()
  return createServices({
    store,
    clock: testClock(),
    ids: randomIds,
    events: createEventBus(() => undefined),
    files: localFiles(join(dir, 'media')),
  })
}
