/** The printed table and the dated section appended to bench/RESULTS.md. */
import { spawnSync } from 'node:child_process'
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import type { LoadResult } from './load.js'

export interface Row {
  name: string
  server: string
  path: string
  result: LoadResult | null
  note: string
}

export interface Target {
  text: string
  value: string
  pass: boolean | null
}

export interface RunInfo {
  articles: number
  db: string
  seconds: number
  loadTool: string
  invocation: string
  generation: string
  commands: string[]
  startup: string[]
  peakRss: string[]
  loadBefore: number[]
  loadAfter: number[]
}

const fmt = (n: number, digits = 1) =>
  Number.isFinite(n) ? n.toFixed(digits).replace(/\.0+$/, '') : '–'

export function table(rows: readonly Row[]): string {
  const lines = [
    '| scenario | server | path | req/s | req/CPU-s | p50 ms | p95 ms | p99 ms | errors | note |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---|',
  ]
  for (const r of rows) {
    const x = r.result
    const cells = x
      ? [
          String(x.requestsPerSecond),
          String(x.perCpuSecond),
          fmt(x.p50Ms, 2),
          fmt(x.p95Ms, 2),
          fmt(x.p99Ms, 2),
        ]
      : ['–', '–', '–', '–', '–']
    lines.push(
      `| ${r.name} | ${r.server} | \`${r.path}\` | ${cells.join(' | ')} | ${x?.errors ?? '–'} | ${r.note} |`,
    )
  }
  return lines.join('\n')
}

function version(command: string, args: string[]): string {
  const out = spawnSync(command, args, { encoding: 'utf8' })
  if (out.error) return 'not installed'
  return `${out.stdout}${out.stderr}`.split('\n')[0]?.trim() ?? '?'
}

export function machine(): string[] {
  const cpu = cpus()
  return [
    `cores: ${cpu.length} (${cpu[0]?.model.trim() ?? 'unknown CPU'})`,
    `memory: ${Math.round(totalmem() / 1024 ** 3)} GB`,
    `node ${process.version}; ${version('nginx', ['-v'])}; ${version('wrk', ['-v'])}`,
    `commit: ${version('git', ['rev-parse', '--short', 'HEAD'])}`,
  ]
}

export const loadAverage = (): number[] => loadavg().map((n) => Math.round(n * 100) / 100)

export function appendResults(root: string, info: RunInfo, rows: Row[], targets: Target[]): void {
  const file = join(root, 'bench', 'RESULTS.md')
  if (!existsSync(file))
    writeFileSync(
      file,
      '# Benchmark results\n\nAppended by `npm run bench` (see bench/README.md), newest last.\n',
    )
  const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  const n = info.articles.toLocaleString('en-GB')
  const section = [
    '',
    `## ${when}: ${n} articles, ${info.db}, ${info.seconds} s per scenario`,
    '',
    ...machine().map((m) => `- ${m}`),
    `- load average (1/5/15 min) before: ${info.loadBefore.join(' ')}, after: ${info.loadAfter.join(' ')}` +
      ' (the cores are shared, so numbers are noisy)',
    `- load: ${info.loadTool}; database: ${info.generation}`,
    `- start-up (spawn → /healthz 200): ${info.startup.join('; ')}`,
    `- peak RSS (VmHWM): ${info.peakRss.join('; ')}`,
    '',
    'Commands:',
    '',
    '```',
    info.invocation,
    ...info.commands,
    '```',
    '',
    table(rows),
    '',
    'Targets (DESIGN.md):',
    '',
    ...targets.map(
      (t) => `- ${t.pass === null ? 'n/a' : t.pass ? 'PASS' : 'FAIL'}: ${t.text}: ${t.value}`,
    ),
    '',
  ].join('\n')
  appendFileSync(file, section)
  console.log(`appended to ${file}`)
}

export const readPackageVersion = (root: string): string =>
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
