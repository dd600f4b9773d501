/**
 * Cached reads while the newsroom writes (issue: "a publish under read load"). One server with
 * the default page cache serves a mix of article pages, the home page and section fronts from
 * 32 connections; the read rate is measured idle, then while an editor publishes one story every
 * `--every` seconds through the API, and while `masthead import wxr` writes 1,000 stories from
 * another process. The ratios to the idle rate are what the newsroom's writing costs the readers.
 * The run works on a copy of the prepared database, which it leaves as it found it.
 *
 *   npm run bench:publish [-- --articles 10000] [--seconds 30] [--every 10] [--no-build]
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateWxr } from './generate-wxr.js'
import type { LoadOptions } from './load.js'
import { autocannonCommand } from './load.js'
import { prepareDatabase, root } from './prepare.js'
import type { Running } from './processes.js'
import { startMasthead, stopAll } from './processes.js'
import { loadAverage, machine } from './report.js'

const option = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback
}
const articles = Number(option('articles', '10000'))
const seconds = Number(option('seconds', '30'))
const every = Number(option('every', '10'))
if (!(seconds >= 5 && seconds <= 120)) throw new Error('--seconds must be 5 to 120')
if (!(every >= 1 && every <= seconds)) throw new Error('--every must be 1 to --seconds')

interface Measured {
  requestsPerSecond: number
  p99Ms: number
  errors: number
}

/** autocannon in its own process, asynchronously, so this process can publish meanwhile. */
function measure(load: LoadOptions): Promise<Measured> {
  const [command = process.execPath, ...args] = autocannonCommand(load)
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('error', reject)
    child.on('close', () => {
      const j = JSON.parse(out) as {
        requests: { average: number }
        latency: { p99: number }
        errors: number
        non2xx: number
      }
      resolve({
        requestsPerSecond: Math.round(j.requests.average),
        p99Ms: j.latency.p99,
        errors: j.errors + j.non2xx,
      })
    })
  })
}

async function paths(origin: string): Promise<string[]> {
  const rss = await (await fetch(`${origin}/rss.xml`)).text()
  const links = [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)]
    .map((m) => new URL(m[1] ?? '/').pathname)
    .slice(0, 20)
  return ['/', '/section/news/', '/section/sport/', ...links]
}

interface Site {
  databaseUrl: string
  dataDir: string
}

/** A copy of the prepared newspaper in a temporary folder, so the writes do not change it. */
function copyOf(prepared: Site): Site {
  const dataDir = mkdtempSync(join(tmpdir(), 'masthead-bench-publish-'))
  cpSync(prepared.dataDir, dataDir, { recursive: true })
  return { dataDir, databaseUrl: `sqlite:${join(dataDir, 'bench.db')}` }
}

/** `masthead import wxr` of `posts` generated posts, in its own process; answers its seconds. */
async function importFrom(site: Site, posts: number): Promise<number> {
  const file = join(site.dataDir, 'import.xml')
  await generateWxr(file, posts)
  const started = performance.now()
  const child = spawn(process.execPath, ['dist/cli.js', 'import', 'wxr', file], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, DATABASE_URL: site.databaseUrl, MASTHEAD_DATA_DIR: site.dataDir },
  })
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (code !== 0) throw new Error(`masthead import wxr exited with ${code}`)
  return (performance.now() - started) / 1000
}

/** A bearer token for the bench's admin, made with the command line as an operator would. */
function token(site: Site): string {
  const out = spawnSync(
    process.execPath,
    [
      'dist/cli.js',
      'token',
      'add',
      '--email',
      'bench@example.com',
      '--name',
      `publish-load ${Date.now()}`,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: site.databaseUrl, MASTHEAD_DATA_DIR: site.dataDir },
    },
  )
  const found = /mh_\S+/.exec(out.stdout)?.[0]
  if (found === undefined) throw new Error(`token add failed: ${out.stderr}`)
  return found
}

async function publishOne(origin: string, auth: string, n: number): Promise<void> {
  const headers = { authorization: auth, 'content-type': 'application/json' }
  const text = `Story ${n} of the publish-under-load run, written while readers keep reading.`
  const created = await fetch(`${origin}/api/v1/articles`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      headline: `Publish under load, story ${n}`,
      sections: ['news'],
      authors: ['reporter-1'],
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    }),
  })
  const { id } = (await created.json()) as { id: string }
  const published = await fetch(`${origin}/api/v1/articles/${id}/publish`, {
    method: 'POST',
    headers: { authorization: auth },
  })
  if (published.status !== 200) throw new Error(`publish answered ${published.status}`)
}

let server: Running | null = null
let site: Site | null = null
try {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('npm run build failed')
  }
  console.log(machine().join('\n'))
  site = copyOf(await prepareDatabase({ articles, seed: 42, db: 'sqlite' }))
  const running = await startMasthead({ root, ...site, core: 0, env: {} })
  server = running
  // The server makes the bench's admin at its first start; the token comes after.
  const auth = `Bearer ${token(site)}`
  const load: LoadOptions = {
    origin: server.origin,
    paths: await paths(server.origin),
    seconds,
    connections: 32,
    core: 1,
    cpuSeconds: () => running.cpuSeconds(),
  }
  await measure({ ...load, seconds: 3 })
  const idle = await measure(load)
  console.log(`idle: ${idle.requestsPerSecond} req/s, p99 ${idle.p99Ms} ms`)
  const reading = measure(load)
  let published = 0
  const timer = setInterval(() => {
    published += 1
    publishOne(load.origin, auth, published).catch((error: unknown) => console.error(error))
  }, every * 1000)
  const busy = await reading
  clearInterval(timer)
  console.log(
    `publishing every ${every} s (${published} stories): ${busy.requestsPerSecond} req/s, p99 ${busy.p99Ms} ms`,
  )
  const importing = measure(load)
  const importSeconds = await importFrom(site, 1000)
  const during = await importing
  console.log(
    `importing 1,000 stories (${importSeconds.toFixed(1)} s of the ${seconds} s): ` +
      `${during.requestsPerSecond} req/s, p99 ${during.p99Ms} ms`,
  )
  const ratio = (m: Measured) => (m.requestsPerSecond / idle.requestsPerSecond).toFixed(2)
  console.log(
    `ratios to idle: publishing ${ratio(busy)} (target ≥ 0.8), importing ${ratio(during)}; ` +
      `${load.paths.length} paths in turn, 32 connections, ${articles} articles on SQLite; ` +
      `errors ${idle.errors} / ${busy.errors} / ${during.errors}; load ${loadAverage().join(' ')}`,
  )
} finally {
  server?.stop()
  stopAll()
  if (site !== null) rmSync(site.dataDir, { recursive: true, force: true })
}
