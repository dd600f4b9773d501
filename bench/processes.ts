/**
 * The processes a benchmark run starts: Masthead servers and nginx, each pinned to one core.
 * Every child is remembered by PID and stopped at the end, on failure and on Ctrl-C.
 */
import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const children = new Set<ChildProcess>()

function stopChild(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
    try {
      process.kill(child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  children.delete(child)
}

/** Stops every process this run started, by PID. */
export function stopAll(): void {
  for (const child of [...children]) stopChild(child)
}

process.on('exit', stopAll)
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopAll()
    process.exit(130)
  })

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      server.close(() => resolvePort(port))
    })
  })
}

/** `taskset -c CORE` when the machine has that core and taskset exists; otherwise nothing. */
export function pin(core: number): string[] {
  const has = spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0
  return has ? ['taskset', '-c', String(core)] : []
}

function start(command: string[], env: NodeJS.ProcessEnv, cwd: string): ChildProcess {
  const [file, ...args] = command
  const child = spawn(file ?? 'false', args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  let tail = ''
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-2000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  child.on('exit', (code, signal) => {
    if (children.has(child) && code !== 0 && signal !== 'SIGTERM')
      console.error(`${command.join(' ')} exited (${code ?? signal}):\n${tail}`)
    children.delete(child)
  })
  return child
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`process ${child.pid} exited before ${url}`)
    try {
      const response = await fetch(url)
      await response.arrayBuffer()
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`)
}

export interface Running {
  pid: number
  origin: string
  /** Spawn → first 200 from /healthz, in ms. */
  startupMs: number
  command: string
  /** Peak resident memory so far (VmHWM), in MB. */
  peakRssMb(): number
  /** CPU seconds (user + system) of the process and its children (nginx's worker). */
  cpuSeconds(): number
  stop(): void
}

function peakRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1]
  return kb === undefined ? Number.NaN : Math.round(Number(kb) / 1024)
}

const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100

/** utime + stime of a process and of its live children, in seconds. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const own = (Number(fields[11]) + Number(fields[12])) / ticks
  let kids: string[] = []
  try {
    kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/)
  } catch {
    // no children file on this kernel
  }
  return kids.filter((k) => k !== '').reduce((sum, k) => sum + cpuSeconds(Number(k)), own)
}

/**
 * The Node flags `npm start` runs the server with (package.json's `start` script), so the bench
 * measures the server as a newsroom runs it.
 */
function nodeFlagsOfStart(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: { start: string }
  }
  const match = /\bnode ((?:--[\w-]+(?:=\S+)? )*)dist\/cli\.js/.exec(pkg.scripts.start)
  if (match === null)
    throw new Error(
      `package.json's start script does not run "node … dist/cli.js": ${pkg.scripts.start}`,
    )
  return (match[1] ?? '').split(' ').filter((f) => f !== '')
}

export async function startMasthead(options: {
  root: string
  databaseUrl: string
  dataDir: string
  core: number
  env: Record<string, string>
}): Promise<Running> {
  const port = await freePort()
  const command = [
    ...pin(options.core),
    process.execPath,
    ...nodeFlagsOfStart(options.root),
    'dist/cli.js',
    'serve',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--data',
    options.dataDir,
  ]
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    MASTHEAD_DEMO: '0',
    MASTHEAD_LOG_LEVEL: 'silent',
    MASTHEAD_ADMIN_EMAIL: 'bench@example.com',
    MASTHEAD_ADMIN_PASSWORD: 'bench-password-not-secret',
    ...options.env,
  }
  const t0 = performance.now()
  const child = start(command, env, options.root)
  const origin = `http://127.0.0.1:${port}`
  await waitFor(`${origin}/healthz`, child, 60_000)
  const startupMs = Math.round(performance.now() - t0)
  const pid = child.pid ?? 0
  const shown = Object.entries(options.env).map(([k, v]) => `${k}=${v} `)
  return {
    pid,
    origin,
    startupMs,
    command: `${shown.join('')}${command.join(' ').replace(process.execPath, 'node')}`,
    peakRssMb: () => peakRss(pid),
    cpuSeconds: () => cpuSeconds(pid),
    stop: () => stopChild(child),
  }
}

/** nginx in the foreground, one worker, serving `bytes` as /article.html from a temp root. */
export async function startNginx(bytes: Buffer, core: number): Promise<Running & { path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-bench-nginx-'))
  chmodSync(dir, 0o755)
  writeFileSync(join(dir, 'article.html'), bytes)
  const port = await freePort()
  const conf = join(dir, 'nginx.conf')
  writeFileSync(
    conf,
    [
      'daemon off;',
      'worker_processes 1;',
      'error_log stderr;',
      `pid ${join(dir, 'nginx.pid')};`,
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      '  default_type text/html;',
      '  sendfile on;',
      '  keepalive_requests 1000000;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `  ${t}_temp_path ${join(dir, t)};`,
      ),
      `  server { listen 127.0.0.1:${port}; root ${dir}; }`,
      '}',
      '',
    ].join('\n'),
  )
  const command = [...pin(core), 'nginx', '-e', 'stderr', '-p', dir, '-c', conf]
  const t0 = performance.now()
  const child = start(command, process.env, dir)
  const origin = `http://127.0.0.1:${port}`
  await waitFor(`${origin}/article.html`, child, 10_000)
  const pid = child.pid ?? 0
  return {
    pid,
    origin,
    path: '/article.html',
    startupMs: Math.round(performance.now() - t0),
    command: command.join(' '),
    peakRssMb: () => peakRss(pid),
    cpuSeconds: () => cpuSeconds(pid),
    stop: () => stopChild(child),
  }
}
