/**
 * Load from a separate process: wrk pinned to its own core when installed, else autocannon (a
 * devDependency) in a process of its own. Always on 127.0.0.1 and bounded in time.
 */
import { fileURLToPath } from 'node:url'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pin } from './processes.js'

export interface LoadResult {
  requestsPerSecond: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  requests: number
  /** Responses that were not 2xx/3xx, plus socket errors. */
  errors: number
  /** Requests per CPU-second the server spent during the measured run: steadier than req/s
   * when the core is shared with other work. */
  perCpuSecond: number
}

export interface LoadOptions {
  origin: string
  /** One path, or several that are requested in turn. */
  paths: readonly string[]
  seconds: number
  connections: number
  core: number
  /** The server's CPU seconds so far (user + system). */
  cpuSeconds: () => number
}

/**
 * Waits (at most 60 s) until the server has stopped working: a load tool that exits does not
 * cancel the requests already queued, and a slow page's backlog would spill into the next run.
 */
function settle(options: LoadOptions): void {
  const until = Date.now() + 60_000
  let last = options.cpuSeconds()
  while (Date.now() < until) {
    spawnSync('sleep', ['0.3'])
    const now = options.cpuSeconds()
    if (now - last < 0.03) return
    last = now
  }
}

export const hasWrk = (): boolean =>
  (spawnSync('wrk', ['-v'], { encoding: 'utf8' }).stdout ?? '').includes('wrk')

const scriptDir = mkdtempSync(join(tmpdir(), 'masthead-bench-wrk-'))
let scripts = 0

/** wrk's Lua hooks: rotate through the paths and print exact percentiles as JSON at the end. */
function wrkScript(paths: readonly string[]): string {
  const file = join(scriptDir, `s${(scripts += 1)}.lua`)
  const list = paths.map((p) => JSON.stringify(p)).join(',\n')
  // One path goes in the URL and wrk reuses its request; several are formatted per request.
  const rotate =
    paths.length < 2
      ? ''
      : `local paths = {\n${list}\n}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
`
  writeFileSync(
    file,
    `${rotate}done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"seconds":%f,"p50":%f,"p95":%f,"p99":%f,"errors":%d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout + e.status))
end
`,
  )
  return file
}

interface WrkJson {
  requests: number
  seconds: number
  p50: number
  p95: number
  p99: number
  errors: number
}

export function wrkCommand(options: LoadOptions, seconds = options.seconds): string[] {
  const base = [...pin(options.core), 'wrk', '-t1', `-c${options.connections}`, `-d${seconds}s`]
  const url =
    options.paths.length < 2 ? `${options.origin}${options.paths[0] ?? '/'}` : options.origin
  return [...base, '--latency', '--timeout', '10s', '-s', wrkScript(options.paths), url]
}

function runWrk(options: LoadOptions): LoadResult {
  // A short warm-up first: JIT, SQLite page cache, connection set-up.
  const warm = wrkCommand(options, 2)
  spawnSync(warm[0] ?? 'wrk', warm.slice(1), { stdio: 'ignore', timeout: 10_000 })
  settle(options)
  const command = wrkCommand(options)
  const cpu0 = options.cpuSeconds()
  const out = spawnSync(command[0] ?? 'wrk', command.slice(1), {
    encoding: 'utf8',
    timeout: (options.seconds + 20) * 1000,
  })
  const cpu = options.cpuSeconds() - cpu0
  const line = /BENCH_JSON (.*)/.exec(out.stdout)?.[1]
  if (line === undefined) throw new Error(`wrk printed no result:\n${out.stdout}\n${out.stderr}`)
  const j = JSON.parse(line) as WrkJson
  return {
    requestsPerSecond: Math.round(j.requests / j.seconds),
    p50Ms: j.p50,
    p95Ms: j.p95,
    p99Ms: j.p99,
    requests: j.requests,
    errors: j.errors,
    perCpuSecond: Math.round(j.requests / cpu),
  }
}

interface AutocannonJson {
  requests: { average: number; total: number }
  latency: { p50: number; p90: number; p97_5: number; p99: number }
  errors: number
  non2xx: number
}

const autocannonRunner = fileURLToPath(new URL('./autocannon-run.ts', import.meta.url))

/** autocannon (a devDependency) in its own process, through every path in turn. */
export function autocannonCommand(options: LoadOptions, seconds = options.seconds): string[] {
  const args = [options.origin, String(options.connections), String(seconds), ...options.paths]
  return [...pin(options.core), process.execPath, '--import', 'tsx', autocannonRunner, ...args]
}

/** autocannon reports no p95; its p97.5 stands in (an over-estimate). */
function runAutocannon(options: LoadOptions): LoadResult {
  const warm = autocannonCommand(options, 2)
  spawnSync(warm[0] ?? 'npx', warm.slice(1), { stdio: 'ignore', timeout: 120_000 })
  settle(options)
  const command = autocannonCommand(options)
  const cpu0 = options.cpuSeconds()
  const out = spawnSync(command[0] ?? 'npx', command.slice(1), {
    encoding: 'utf8',
    timeout: (options.seconds + 60) * 1000,
  })
  const cpu = options.cpuSeconds() - cpu0
  const j = JSON.parse(out.stdout) as AutocannonJson
  return {
    requestsPerSecond: Math.round(j.requests.average),
    p50Ms: j.latency.p50,
    p95Ms: j.latency.p97_5,
    p99Ms: j.latency.p99,
    requests: j.requests.total,
    errors: j.errors + j.non2xx,
    perCpuSecond: Math.round(j.requests.total / cpu),
  }
}

export function runLoad(options: LoadOptions, useWrk: boolean): LoadResult {
  const result = useWrk ? runWrk(options) : runAutocannon(options)
  settle(options)
  return result
}

/** How the load generator is invoked, for the results file (script path elided). */
export function describeLoad(options: LoadOptions, useWrk: boolean): string {
  const autocannon = autocannonCommand(options)
  const command = useWrk
    ? wrkCommand(options)
    : [
        ...autocannon.slice(0, autocannon.length - options.paths.length),
        `<${options.paths.length} paths>`,
      ]
  return command
    .join(' ')
    .replace(
      /-s \S+\.lua/,
      `-s <percentiles${options.paths.length > 1 ? `, ${options.paths.length} paths in turn` : ''}.lua>`,
    )
}
