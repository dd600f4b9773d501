/**
 * Builds (or reuses) the benchmark newspaper. SQLite databases are cached under `.tmp/bench/`,
 * one folder per article count, seed and generator fingerprint (a hash of bench/generate.ts),
 * holding `bench.db` and the `media/` folder the server reads with `--data`. A database built
 * before a new migration is brought up to date when it is opened, as a newsroom's would be.
 * A folder is only used once its `ready` marker exists, so an interrupted build is redone.
 * PostgreSQL: pass the URL in BENCH_POSTGRES_URL; an empty database is filled, one already
 * holding the same number of articles is reused.
 *
 * Alone: npx tsx bench/prepare.ts --articles 100000 [--db sqlite|postgres]
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Ids } from '../src/services/deps.js'
import { createEventBus, systemClock } from '../src/services/index.js'
import { localFiles, mediaRoot } from '../src/store/files.js'
import { createStore } from '../src/store/index.js'
import type { Store } from '../src/store/index.js'
import { generateNewspaper } from './generate.js'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const cacheRoot = join(root, '.tmp', 'bench')

export interface Prepared {
  /** The DATABASE_URL the server gets. */
  databaseUrl: string
  /** The --data folder (media). */
  dataDir: string
  /** True when an existing database was reused. */
  reused: boolean
  seconds: number
}

/** Time-ordered, UUIDv7-shaped ids from a counter, so the same run gives the same rows. */
export function counterIds(): Ids {
  let n = 0
  return {
    uuid() {
      n += 1
      const hex = n.toString(16).padStart(12, '0')
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7000-8000-000000000000`
    },
    secret: () => `bench-secret-${(n += 1)}`,
  }
}

/**
 * Changes when the generator, the schema or how a database file is made does: a new cache
 * folder then.
 */
function fingerprint(): string {
  const h = createHash('sha256')
  const migrations = join(root, 'src', 'store', 'migrations')
  const files = [
    join(root, 'bench', 'generate.ts'),
    join(root, 'src', 'store', 'dialects', 'sqlite.ts'),
    ...readdirSync(migrations)
      .sort()
      .map((f) => join(migrations, f)),
  ]
  for (const file of files) h.update(readFileSync(file))
  return h.digest('hex').slice(0, 10)
}

async function fill(store: Store, dataDir: string, articles: number, seed: number): Promise<void> {
  await store.migrate()
  const deps = {
    store,
    clock: systemClock,
    ids: counterIds(),
    events: createEventBus(),
    files: localFiles(mediaRoot(dataDir)),
  }
  const t0 = performance.now()
  let last = 0
  await generateNewspaper(deps, {
    articles,
    seed,
    onProgress: (done) => {
      if (done - last < 10_000 && done !== articles) return
      last = done
      const s = (performance.now() - t0) / 1000
      console.log(`  generated ${done}/${articles} articles (${Math.round(done / s)}/s)`)
    },
  })
}

export async function prepareDatabase(options: {
  articles: number
  seed: number
  db: 'sqlite' | 'postgres'
}): Promise<Prepared> {
  const t0 = performance.now()
  const seconds = () => Math.round((performance.now() - t0) / 100) / 10
  if (options.db === 'postgres') {
    const url = process.env.BENCH_POSTGRES_URL
    if (url === undefined) throw new Error('--db postgres needs BENCH_POSTGRES_URL=postgres://…')
    const dataDir = join(cacheRoot, `postgres-media-${options.articles}-s${options.seed}`)
    mkdirSync(dataDir, { recursive: true })
    const store = createStore({ kind: 'postgres', url })
    try {
      await store.migrate()
      const has = Object.values(await store.articles.countByStatus()).reduce((a, b) => a + b, 0)
      if (has === options.articles && existsSync(join(dataDir, 'ready')))
        return { databaseUrl: url, dataDir, reused: true, seconds: seconds() }
      if (has !== 0)
        throw new Error(`BENCH_POSTGRES_URL holds ${has} articles; give it an empty database`)
      await fill(store, dataDir, options.articles, options.seed)
      writeFileSync(join(dataDir, 'ready'), new Date().toISOString())
    } finally {
      await store.close()
    }
    return { databaseUrl: url, dataDir, reused: false, seconds: seconds() }
  }
  const dataDir = join(cacheRoot, `sqlite-${options.articles}-s${options.seed}-${fingerprint()}`)
  const file = join(dataDir, 'bench.db')
  const databaseUrl = `sqlite:${file}`
  if (existsSync(join(dataDir, 'ready')))
    return { databaseUrl, dataDir, reused: true, seconds: seconds() }
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
  const store = createStore({ kind: 'sqlite', file })
  try {
    await fill(store, dataDir, options.articles, options.seed)
  } finally {
    await store.close()
  }
  writeFileSync(join(dataDir, 'ready'), new Date().toISOString())
  return { databaseUrl, dataDir, reused: false, seconds: seconds() }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`)
    return i >= 0 ? process.argv[i + 1] : undefined
  }
  const prepared = await prepareDatabase({
    articles: Number(arg('articles') ?? '10000'),
    seed: Number(arg('seed') ?? '42'),
    db: arg('db') === 'postgres' ? 'postgres' : 'sqlite',
  })
  console.log(
    `${prepared.reused ? 'reused' : 'built'} ${prepared.dataDir} in ${prepared.seconds} s`,
  )
}
