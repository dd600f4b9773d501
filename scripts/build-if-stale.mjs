#!/usr/bin/env node
// Builds the server (tsc) and the newsroom app (vite) only when their inputs changed since the
// last build: a SHA-256 of every input file's path and content is kept in dist/.build-stamp.
// `--force` builds regardless (npm run build). Exits non-zero when a build fails.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const stampFile = join(root, 'dist', '.build-stamp')
const inputs = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'vite.config.ts']
const outputs = ['dist/cli.js', 'dist/newsroom/index.html']

function files(path) {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)))
}

function inputsHash() {
  const hash = createHash('sha256')
  for (const file of inputs.flatMap((input) => files(join(root, input)))) {
    hash.update(file.slice(root.length))
    hash.update('\0')
    hash.update(readFileSync(file))
  }
  return hash.digest('hex')
}

const bin = (name) => join(root, 'node_modules', '.bin', name)
const force = process.argv.includes('--force')
const hash = inputsHash()
const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : ''
const built = outputs.every((output) => existsSync(join(root, output)))
if (!force && built && stamp === hash) process.exit(0)

if (!force) console.error('Building Masthead (sources changed since the last build)…')
try {
  execFileSync(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' })
  execFileSync(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
} catch {
  process.exit(1)
}
mkdirSync(join(root, 'dist'), { recursive: true })
writeFileSync(stampFile, `${hash}\n`)
