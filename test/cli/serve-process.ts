import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cliPath, cliEnv } from './run-cli.js'

/** A `masthead serve` process started by a test. */
export interface ServeProcess {
  readonly url: string
  readonly child: ChildProcess
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string
  /** Whether the process is still running. */
  isRunning(): boolean
  /** Stops the process (SIGTERM, then SIGKILL after 5 seconds) and waits for it to exit. */
  stop(): Promise<void>
}

/** Starts `node dist/cli.js serve --port 0` and waits until it says where it listens. */
export function startServe(env: Record<string, string>): Promise<ServeProcess> {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run npm run build first`)
  const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0'], {
    env: { ...cliEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const process_: ServeProcess = {
    url: '',
    child,
    output: () => output,
    isRunning: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (!process_.isRunning()) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    },
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`masthead serve did not start within 30 s:\n${output}`))
    }, 30_000)
    const onData = (chunk: string): void => {
      output += chunk
      const match = /Masthead is running at (\S+?)\/? \(/.exec(output)
      if (match?.[1] !== undefined && process_.url === '') {
        clearTimeout(timer)
        resolve({ ...process_, url: match[1] })
      }
    }
    child.stdout.setEncoding('utf8').on('data', onData)
    child.stderr.setEncoding('utf8').on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`masthead serve exited with ${String(code)}:\n${output}`))
    })
  })
}
