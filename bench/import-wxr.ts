/**
 * WXR import benchmark: generates deterministic WXR files (default 1,000, 10,000 and 100,000
 * posts) in a temporary folder, imports each into a fresh SQLite database in its own process,
 * and prints posts/s and peak RSS, to show speed and that memory stays flat as files grow.
 * Usage: npm run bench:import [-- 1000 10000 100000]
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { systemActor } from '../src/domain/roles.js'
import { importWxr } from '../src/importers/wxr/import-wxr.js'
import { createEventBus, createServices, randomIds, systemClock } from '../src/services/index.js'
import { localFiles } from '../src/store/files.js'
import { createStore } from '../src/store/index.js'
import { generateWxr } from './generate-wxr.js'

interface Result {
  posts: number
  megabytes: number
  seconds: number
  postsPerSecond: number
  peakRssMb: number
}

/** One size, in this process: generate, import, measure. */
async function runOne(posts: number): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-bench-wxr-'))
  try {
    const file = join(dir, `posts-${posts}.xml`)
    await generateWxr(file, posts)
    const store = createStore({ kind: 'sqlite', file: join(dir, 'masthead.db') })
    await store.migrate()
    const services = createServices({
      store,
      clock: systemClock,
      ids: randomIds,
      events: createEventBus(() => undefined),
      files: localFiles(join(dir, 'media')),
    })
    let peak = process.memoryUsage().rss
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100)
    const started = performance.now()
    const report = await importWxr(services, systemActor('bench'), file)
    const seconds = (performance.now() - started) / 1000
    clearInterval(timer)
    peak = Math.max(peak, process.memoryUsage().rss)
    await store.close()
    const imported = report.imported.article ?? 0
    return {
      posts: imported,
      megabytes: Math.round(statSync(file).size / 1e5) / 10,
      seconds: Math.round(seconds * 10) / 10,
      postsPerSecond: Math.round(imported / seconds),
      peakRssMb: Math.round(peak / 1e6),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const args = process.argv.slice(2)
if (args[0] === '--child') {
  process.stdout.write(`${JSON.stringify(await runOne(Number(args[1])))}\n`)
} else {
  const sizes = args.length > 0 ? args.map(Number) : [1_000, 10_000, 100_000]
  console.log(
    `WXR import into SQLite — ${new Date().toISOString()}, ${cpus().length} CPUs, ${Math.round(totalmem() / 1e9)} GB RAM, Node ${process.version}`,
  )
  console.log('| posts | file MB | seconds | posts/s | peak RSS MB |\n|---:|---:|---:|---:|---:|')
  for (const size of sizes) {
    const out = execFileSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--child', String(size)],
      {
        encoding: 'utf8',
        maxBuffer: 1e6,
      },
    )
    const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Result
    console.log(
      `| ${r.posts} | ${r.megabytes} | ${r.seconds} | ${r.postsPerSecond} | ${r.peakRssMb} |`,
    )
  }
}
