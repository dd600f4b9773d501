/**
 * What the newsroom benchmark and its profiler share: a Masthead on a temporary SQLite database
 * with a 5,000-word and a 10,000-word story, an editor signed in, and Debian's Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'
import { chromium } from 'playwright-core'
import { openServices } from '../src/boot.js'
import { loadConfig } from '../src/config.js'
import type { Block, BlockDocument } from '../src/domain/block-document.js'
import { systemActor } from '../src/domain/roles.js'
import type { Services } from '../src/services/index.js'
import { buildApp } from '../src/web/app.js'

const quiet = { info: () => {}, warn: () => {}, error: () => {} }
const editor = {
  email: 'bench-editor@example.com',
  name: 'Bench Editor',
  role: 'editor' as const,
  password: 'bench-password-1',
}

export const words =
  'council harbour ferry budget school river bridge vote market winter repairs evening residents plan minister street weather record station report'.split(
    ' ',
  )

/** A story of `count` words: paragraphs of about 100 words, a heading every ten paragraphs. */
export function story(count: number): BlockDocument {
  const content: Block[] = []
  for (let written = 0, p = 0; written < count; p++) {
    if (p % 10 === 0)
      content.push({
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: `Part ${p / 10 + 1}` }],
      })
    const n = Math.min(100, count - written)
    const text =
      Array.from({ length: n }, (_, i) => words[(i * 7 + p * 3) % words.length]).join(' ') + '.'
    content.push({ type: 'paragraph', content: [{ type: 'text', text }] })
    written += n
  }
  return { type: 'doc', content }
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

export interface Bench {
  url: string
  services: Services
  browser: Browser
  /** A 1280×900 context signed in as the bench's editor. */
  context: BrowserContext
  csrfToken: string
  five: { id: string }
  ten: { id: string }
  close: () => Promise<void>
}

/** Starts the server (ports 3100–3999) and Chromium; `close` stops both and removes the data. */
export async function openBench(): Promise<Bench> {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-bench-newsroom-'))
  const port = 3100 + Math.floor(Math.random() * 900)
  const config = loadConfig({ MASTHEAD_DATA_DIR: dir, MASTHEAD_DEMO: '0', MASTHEAD_CACHE_MB: '0' })
  const services = await openServices(config, quiet)
  await services.accounts.createUser({ actor: systemActor('bench'), ...editor })
  const actor = systemActor('bench')
  const five = await services.articles.create({
    actor,
    headline: 'Five thousand words',
    body: story(5000),
  })
  const ten = await services.articles.create({
    actor,
    headline: 'Ten thousand words',
    body: story(10000),
  })
  const app = await buildApp(config, services, { logger: false })
  const url = await app.listen({ port, host: '127.0.0.1' })
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 900 } })
  const signIn = await context.request.post('/api/v1/session', {
    data: { email: editor.email, password: editor.password },
  })
  const { csrfToken } = (await signIn.json()) as { csrfToken: string }
  const close = async () => {
    await browser.close()
    await app.close()
    await services.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return { url, services, browser, context, csrfToken, five, ten, close }
}
