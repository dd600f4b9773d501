/**
 * npm run bench [-- --articles 10000|100000|1000000] [--duration 10s] [--db sqlite|postgres]
 *                  [--scenarios warm-article,home,…] [--seed 42] [--no-build]
 * (or BENCH_ARTICLES, BENCH_DURATION, BENCH_DB, BENCH_SCENARIOS, BENCH_SEED).
 *
 * Builds or reuses the synthetic newspaper (bench/prepare.ts), starts Masthead on core 0 twice
 * (default settings, and with the page cache off), loads each scenario from core 1, serves the
 * warm article page's bytes from nginx on core 0 for comparison, prints a table and appends it
 * to bench/RESULTS.md. See bench/README.md.
 */
import { spawnSync } from 'node:child_process'
import { hasWrk, describeLoad, runLoad } from './load.js'
import type { LoadOptions, LoadResult } from './load.js'
import { prepareDatabase, root } from './prepare.js'
import { startMasthead, startNginx, stopAll } from './processes.js'
import type { Running } from './processes.js'
import { appendResults, loadAverage, machine, readPackageVersion, table } from './report.js'
import type { Row, Target } from './report.js'

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  const flag = i >= 0 ? process.argv[i + 1] : undefined
  return flag ?? process.env[`BENCH_${name.toUpperCase()}`] ?? fallback
}

const articles = Number(option('articles', '10000'))
const seconds = Number(option('duration', '10s').replace(/s$/, ''))
const db = option('db', 'sqlite') === 'postgres' ? 'postgres' : 'sqlite'
const seed = Number(option('seed', '42'))
const only = option('scenarios', '')
  .split(',')
  .map((s) => s.trim())
  .filter((s) => s !== '')
if (!Number.isInteger(articles) || articles < 100) throw new Error('--articles must be ≥ 100')
if (!(seconds > 0 && seconds <= 10)) throw new Error('--duration must be 1s to 10s')

const connections = 32
const latencyTargets = ['home', 'section-1', 'section-500', 'author', 'search', 'sitemap']
const serverCore = 0
const loadCore = 1
const useWrk = hasWrk()
/** nginx is optional: without it the run measures the warm page alone and says so. */
const hasNginx = spawnSync('nginx', ['-v'], { encoding: 'utf8' }).status === 0
const wanted = (name: string) => only.length === 0 || only.includes(name)

async function get(origin: string, path: string): Promise<{ status: number; body: Buffer }> {
  // A pooled connection can be closed by the server just as it is reused after minutes of
  // other scenarios; a GET is safe to send again on a new one.
  const once = async () => {
    const response = await fetch(`${origin}${path}`)
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()) }
  }
  return once().catch(once)
}

const pathOf = (url: string) => {
  const u = new URL(url, 'http://x')
  return `${u.pathname}${u.search}`
}

/** Article paths read from the site itself (RSS, month sitemap), never guessed. */
async function discover(origin: string): Promise<{ article: string; many: string[] }> {
  const rss = (await get(origin, '/rss.xml')).body.toString()
  const link = /<item>[\s\S]*?<link>([^<]+)<\/link>/.exec(rss)?.[1]
  if (link === undefined) throw new Error('/rss.xml lists no article')
  const index = (await get(origin, '/sitemap.xml')).body.toString()
  const locs = (xml: string) =>
    [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1] ?? ''))
  const many: string[] = []
  for (const sitemap of locs(index)) {
    if (many.length >= 1000) break
    const inner = (await get(origin, sitemap)).body.toString()
    many.push(...locs(inner).filter((p) => /^\/\d{4}\/\d{2}\/\d{2}\//.test(p)))
  }
  return { article: pathOf(link), many: many.slice(0, 1000) }
}

/** Whether a list page shows any story (an empty page past the end may still answer 200). */
async function listsStories(origin: string, path: string): Promise<boolean> {
  const page = await get(origin, path)
  return (
    page.status === 200 && /href="[^"]*\/\d{4}\/\d{2}\/\d{2}\/[^"]+"/.test(page.body.toString())
  )
}

/** Page 500 of a section, or its last page with stories when the section is shorter. */
async function deepPage(origin: string, section: string): Promise<{ path: string; note: string }> {
  const at = (page: number) => `/section/${section}/?page=${page}`
  if (await listsStories(origin, at(500))) return { path: at(500), note: '' }
  let low = 1
  let high = 500
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2)
    if (await listsStories(origin, at(mid))) low = mid
    else high = mid
  }
  const page500 = (await get(origin, at(500))).status
  return {
    path: at(low),
    note: `page 500 lists no story at this size (answers ${page500}); last page with stories: ${low}`,
  }
}

/** The middle item of several by `value` (the upper middle of an even count). */
function medianBy<T>(items: readonly T[], value: (item: T) => number): T {
  const middle = [...items].sort((a, b) => value(a) - value(b))[Math.floor(items.length / 2)]
  if (middle === undefined) throw new Error('no runs')
  return middle
}

const nginxPairs = 5

/**
 * The warm article page against nginx serving its exact bytes, one core each: Masthead and
 * nginx take turns, five runs each, so both see the same moments of a shared machine (its speed
 * drifts over minutes). The ratio is the median of the five pairs' ratios.
 */
async function againstNginx(
  article: string,
  masthead: LoadOptions,
): Promise<{ masthead: LoadResult; nginx: Row; ratio: number; perCpu: number }> {
  const bytes = (await get(masthead.origin, article)).body
  const nginx = await startNginx(bytes, serverCore)
  try {
    commands.push(nginx.command)
    const options: LoadOptions = {
      ...masthead,
      cpuSeconds: () => nginx.cpuSeconds(),
      origin: nginx.origin,
      paths: [nginx.path],
    }
    commands.push(describeLoad(options, useWrk))
    const ours: LoadResult[] = []
    const theirs: LoadResult[] = []
    for (let i = 0; i < nginxPairs; i += 1) {
      ours.push(runLoad(masthead, useWrk))
      theirs.push(runLoad(options, useWrk))
    }
    // A pair counts only when both runs completed requests without errors and both ratios are
    // numbers; the target needs a majority of valid pairs.
    const valid = ours.flatMap((x, i) => {
      const y = theirs[i]
      if (y === undefined || x.requests === 0 || y.requests === 0) return []
      if (x.errors > 0 || y.errors > 0) return []
      const ratio = x.requestsPerSecond / y.requestsPerSecond
      const perCpu = x.perCpuSecond / y.perCpuSecond
      return Number.isFinite(ratio) && Number.isFinite(perCpu) ? [{ ratio, perCpu }] : []
    })
    if (valid.length <= nginxPairs / 2)
      throw new Error(`only ${valid.length} of ${nginxPairs} warm/nginx pairs completed cleanly`)
    const ratios = valid.map((v) => v.ratio)
    const perCpu = valid.map((v) => v.perCpu)
    const ratio = medianBy(ratios, (r) => r)
    const perCpuRatio = medianBy(perCpu, (r) => r)
    const note =
      `same ${bytes.length} bytes as warm-article; ${nginxPairs} runs each, taking turns` +
      `${valid.length < nginxPairs ? ` (${valid.length} valid pairs)` : ''}; ` +
      `Masthead/nginx = ${ratio.toFixed(3)} (pairs: ${ratios.map((r) => r.toFixed(3)).join(', ')}; ` +
      `per CPU-second: ${perCpuRatio.toFixed(3)})`
    console.log(`nginx: Masthead/nginx ${ratios.map((r) => r.toFixed(3)).join(', ')}`)
    return {
      masthead: medianBy(ours, (r) => r.requestsPerSecond),
      nginx: {
        name: 'nginx-static',
        server: 'nginx',
        path: nginx.path,
        result: medianBy(theirs, (r) => r.requestsPerSecond),
        note,
      },
      ratio,
      perCpu: perCpuRatio,
    }
  } finally {
    nginx.stop()
  }
}

const rows: Row[] = []
let nginxRatio: { ratio: number; perCpu: number } | null = null
const commands: string[] = []
let warm: Running | null = null
let cold: Running | null = null
try {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('npm run build failed')
  }
  console.log(machine().join('\n'))
  console.log(`preparing ${articles} articles (${db}, seed ${seed})…`)
  const prepared = await prepareDatabase({ articles, seed, db })
  const generation = prepared.reused
    ? `reused ${prepared.dataDir.replace(`${root}/`, '')}`
    : `generated in ${prepared.seconds} s into ${prepared.dataDir.replace(`${root}/`, '')}`
  console.log(generation)
  const loadBefore = loadAverage()
  const base = { root, databaseUrl: prepared.databaseUrl, dataDir: prepared.dataDir }
  warm = await startMasthead({ ...base, core: serverCore, env: {} })
  cold = await startMasthead({ ...base, core: serverCore, env: { MASTHEAD_CACHE_MB: '0' } })
  commands.push(warm.command, cold.command)
  const servers = { default: warm, 'cache off': cold }
  const found = await discover(warm.origin)
  const deep = await deepPage(cold.origin, 'news')
  const scenarios: {
    name: string
    server: keyof typeof servers
    paths: string[]
    note?: string
    connections?: number
  }[] = [
    { name: 'warm-article', server: 'default', paths: [found.article] },
    {
      name: 'cold-article',
      server: 'cache off',
      paths: found.many,
      note: `${found.many.length} articles in turn`,
    },
    { name: 'home', server: 'cache off', paths: ['/'] },
    { name: 'section-1', server: 'cache off', paths: ['/section/news/'] },
    { name: 'section-500', server: 'cache off', paths: [deep.path], note: deep.note },
    { name: 'author', server: 'cache off', paths: ['/author/reporter-1/'] },
    { name: 'search', server: 'cache off', paths: ['/search?q=harbour'] },
    { name: 'rss', server: 'default', paths: ['/rss.xml'] },
    { name: 'sitemap', server: 'default', paths: ['/sitemap.xml'] },
    { name: 'api-list', server: 'default', paths: ['/api/v1/articles'] },
    // What a crawler meets after a publication: every sitemap that counts stories, rebuilt.
    {
      name: 'sitemaps-uncached',
      server: 'cache off',
      paths: ['/sitemap.xml', '/sitemaps/sections.xml', '/sitemaps/authors.xml'],
      note: 'the index, sections and authors in turn; one connection',
      connections: 1,
    },
  ]
  // With 32 connections on a saturated core, latency is mostly queueing (≈ 32 × service time);
  // the latency targets are also measured with one connection, which shows the service time.
  for (const name of latencyTargets) {
    const s = scenarios.find((x) => x.name === name)
    if (s) scenarios.push({ ...s, name: `${name}@c1`, connections: 1, note: 'one connection' })
  }
  const load = (
    server: Running,
    origin: string,
    paths: string[],
    c = connections,
  ): LoadOptions => ({
    cpuSeconds: () => server.cpuSeconds(),
    origin,
    paths,
    seconds,
    connections: c,
    core: loadCore,
  })
  // nginx is measured in turns with the warm article, so asking for either runs both.
  const chosen = (name: string) => wanted(name) || (name === 'warm-article' && wanted('nginx'))
  for (const s of scenarios.filter((x) => chosen(x.name.replace(/@c1$/, '')))) {
    const server = servers[s.server]
    const probe = await get(server.origin, s.paths[0] ?? '/')
    const row: Row = {
      name: s.name,
      server: s.server,
      path: s.paths[0] ?? '/',
      result: null,
      note: s.note ?? '',
    }
    rows.push(row)
    if (probe.status !== 200) {
      row.note = `skipped: answers ${probe.status}`
      console.log(`${s.name}: ${row.note}`)
      continue
    }
    const options = load(server, server.origin, s.paths, s.connections)
    commands.push(describeLoad(options, useWrk))
    if (s.name === 'warm-article' && wanted('nginx') && !hasNginx) {
      row.note = 'nginx not installed: no static-file comparison (apt-get install nginx-light)'
      console.log(`nginx: skipped, ${row.note}`)
    }
    if (s.name === 'warm-article' && wanted('nginx') && hasNginx) {
      const pairs = await againstNginx(found.article, options)
      row.result = pairs.masthead
      rows.push(pairs.nginx)
      nginxRatio = { ratio: pairs.ratio, perCpu: pairs.perCpu }
    } else row.result = runLoad(options, useWrk)
    if (row.result.requests === 0) {
      row.result = null
      row.note = `no response completed within ${seconds} s (10 s wrk timeout)`
      console.log(`${s.name}: ${row.note}`)
      continue
    }
    console.log(`${s.name}: ${row.result.requestsPerSecond} req/s, p99 ${row.result.p99Ms} ms`)
  }
  const peak = { default: warm.peakRssMb(), 'cache off': cold.peakRssMb() }
  const loadAfter = loadAverage()
  console.log(`\n${table(rows)}\n`)
  const r = (name: string) => rows.find((x) => x.name === name)?.result ?? null
  const at100k = articles === 100_000 ? '' : ' (stated for 100,000 articles)'
  const targets: Target[] = []
  const nginxRow = r('nginx-static')
  const warmRow = r('warm-article')
  if (warmRow && nginxRow && nginxRatio) {
    targets.push({
      text: 'warm article page ≥ 0.5 × nginx req/s, one core each',
      value:
        `median of ${nginxPairs} pairs ${nginxRatio.ratio.toFixed(3)} ` +
        `(median runs ${warmRow.requestsPerSecond} / ${nginxRow.requestsPerSecond}); ` +
        `per CPU-second ${nginxRatio.perCpu.toFixed(3)}`,
      pass: nginxRatio.ratio >= 0.5,
    })
  }

  const coldRow = r('cold-article')
  if (coldRow)
    targets.push({
      text: 'cold render ≥ 2,000 article pages/s on one core',
      value: `${coldRow.requestsPerSecond}/s (${coldRow.perCpuSecond} per CPU-second)`,
      pass: coldRow.requestsPerSecond >= 2000,
    })
  // Latency targets read the one-connection run when there is one.
  const quiet = (name: string) => {
    const one = r(`${name}@c1`)
    return one
      ? { x: one, how: ', 1 connection' }
      : { x: r(name), how: `, ${connections} connections` }
  }
  for (const name of ['home', 'section-1', 'section-500', 'author']) {
    const { x, how } = quiet(name)
    if (x)
      targets.push({
        text: `${name} p99 < 20 ms uncached${how}${at100k}`,
        value: `${x.p99Ms.toFixed(2)} ms`,
        pass: x.p99Ms < 20,
      })
  }
  const { x: search, how: searchHow } = quiet('search')
  if (search)
    targets.push({
      text: `search p95 < 30 ms${searchHow}${at100k}`,
      value: `${search.p95Ms.toFixed(2)} ms`,
      pass: search.p95Ms < 30,
    })
  const rss = Math.max(peak.default, peak['cache off'])
  targets.push({
    text: `process memory (peak RSS) < 200 MB${at100k}`,
    value: `${peak.default} MB default, ${peak['cache off']} MB cache off`,
    pass: rss < 200,
  })
  for (const t of targets) console.log(`${t.pass ? 'PASS' : 'FAIL'} ${t.text}: ${t.value}`)
  const flags = process.argv.slice(2).join(' ')
  appendResults(
    root,
    {
      articles,
      db,
      seconds,
      loadTool: useWrk
        ? `wrk, 1 thread, ${connections} connections (1 for the @c1 rows), core ${loadCore}`
        : 'autocannon 8 (devDependency)',
      invocation: `npm run bench${flags === '' ? '' : ` -- ${flags}`}   # Masthead ${readPackageVersion(root)}`,
      generation,
      commands,
      startup: [`default ${warm.startupMs} ms`, `cache off ${cold.startupMs} ms`],
      peakRss: [`default ${peak.default} MB`, `cache off ${peak['cache off']} MB`],
      loadBefore,
      loadAfter,
    },
    rows,
    targets,
  )
} finally {
  stopAll()
}
