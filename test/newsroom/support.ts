import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, expect, inject } from 'vitest'
import { openDeps } from '../../src/boot.js'
import { loadConfig } from '../../src/config.js'
import type { Role } from '../../src/domain/roles.js'
import { createServices } from '../../src/services/index.js'
import type { Services } from '../../src/services/index.js'
import type { Store } from '../../src/store/index.js'
import { buildApp } from '../../src/web/app.js'
import { people, quiet } from './people.js'

/** The path and query of a link the server made (`https://…/newsroom/reset?token=…`). */
export const pathOf = (link: string): string => {
  const url = new URL(link)
  return `${url.pathname}${url.search}`
}

export { people }

export interface Newsroom {
  /** The server's origin, e.g. http://127.0.0.1:41234 */
  readonly url: string
  readonly services: Services
  /** The server's database, for checks the API does not answer. */
  readonly store: Store
  readonly app: FastifyInstance
  readonly dataDir: string
  /** Lines the server's mailer logged (reset and invitation links), newest last. */
  readonly mail: string[]
  /** A fresh browser context (1280×900) whose pages fail the test on a CSP violation. */
  context(): Promise<BrowserContext>
  /** A page in a fresh context, at `path` under /newsroom. */
  page(path?: string): Promise<Page>
  /** A page signed in as `role` (through the API, so the cookie is real), at `path`. */
  pageAs(role: Role, path?: string): Promise<Page>
}

/**
 * A real Masthead on a copy of the demo database, listening on 127.0.0.1, serving the
 * production bundle from dist/newsroom; the run's one Chromium is shared by every file.
 */
export function useNewsroom(): Newsroom {
  let state:
    { app: FastifyInstance; services: Services; store: Store; url: string; dir: string } | undefined
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []
  const mail: string[] = []
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'masthead-newsroom-'))
    cpSync(inject('newsroomTemplate'), dir, { recursive: true })
    const config = loadConfig({
      MASTHEAD_DATA_DIR: dir,
      MASTHEAD_DEMO: '0',
      MASTHEAD_CACHE_MB: '0',
    })
    const deps = await openDeps(config, { ...quiet, info: (line) => mail.push(line) })
    const services = createServices(deps)
    const app = await buildApp(config, services, { logger: false })
    const address = await app.listen({ port: 0, host: '127.0.0.1' })
    state = { app, services, store: deps.store, url: address, dir }
    browser = await chromium.connect(inject('chromiumEndpoint'))
  })
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined)
    await browser?.close()
    await state?.app.close()
    await state?.services.close()
    if (state) rmSync(state.dir, { recursive: true, force: true })
  })
  const need = () => {
    if (state === undefined || browser === undefined) throw new Error('newsroom not started')
    return { ...state, browser }
  }
  const newsroom: Newsroom = {
    get url() {
      return need().url
    },
    get services() {
      return need().services
    },
    get store() {
      return need().store
    },
    get app() {
      return need().app
    },
    get dataDir() {
      return need().dir
    },
    mail,
    async context() {
      const { browser, url } = need()
      const context = await browser.newContext({
        baseURL: url,
        viewport: { width: 1280, height: 900 },
      })
      contexts.push(context)
      context.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
          throw new Error(`CSP violation: ${message.text()}`)
      })
      return context
    },
    async page(path = '/') {
      const page = await (await newsroom.context()).newPage()
      await page.goto(`/newsroom${path}`)
      return page
    },
    async pageAs(role, path = '/') {
      const context = await newsroom.context()
      await signInThroughApi(context, role)
      const page = await context.newPage()
      await page.goto(`/newsroom${path}`)
      return page
    },
  }
  return newsroom
}

/** Signs the context in as `role` with the same request the app makes (sets the cookie). */
export async function signInThroughApi(context: BrowserContext, role: Role): Promise<void> {
  const { email, password } = people[role]
  const response = await context.request.post('/api/v1/session', { data: { email, password } })
  expect(response.status()).toBe(200)
}

/** Signs in through the sign-in screen as `role`. */
export async function signInThroughForm(page: Page, role: Role): Promise<void> {
  await page.getByLabel('E-mail').fill(people[role].email)
  await page.getByLabel('Password', { exact: true }).fill(people[role].password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

const artifacts = join('test-artifacts', 'newsroom')

/** Screenshots of the page as it is, at 1280 and 1024 px wide, into test-artifacts/newsroom/. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true })
  const size = page.viewportSize() ?? { width: 1280, height: 900 }
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 900 })
    await page.evaluate(() => document.fonts.ready)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: join(artifacts, `${name}-${width}.png`), fullPage: true })
  }
  await page.setViewportSize(size)
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[]; failureSummary?: string }[]
}

/**
 * axe-core's serious and critical violations on the page as it is (evaluated through the
 * DevTools protocol, so the app's CSP stays on).
 */
export async function axeSerious(page: Page): Promise<string[]> {
  await page.evaluate(`${axeSource};undefined`)
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }
    ).axe
    return (await axe.run()).violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Screenshots at both widths and no serious accessibility violation: every screen's check. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await screenshots(page, name)
  expect(await axeSerious(page)).toEqual([])
}
