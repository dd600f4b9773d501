/**
 * What the editor's browser tests share beyond support.ts: a server they can stop and start again
 * on the same port and data (the "server dies mid-typing" test), a server on a fresh PostgreSQL
 * database, the body and save-state locators, and a photo on disk to drop.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import pg from 'pg'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { expect, inject } from 'vitest'
import { openServices } from '../../src/boot.js'
import { loadConfig } from '../../src/config.js'
import { systemActor } from '../../src/domain/roles.js'
import type { Services } from '../../src/services/index.js'
import { buildApp } from '../../src/web/app.js'
import { image } from '../support/images.js'
import { people, quiet } from './people.js'
import { checkScreen } from './support.js'

export interface OwnServer {
  url: string
  port: number
  app: FastifyInstance
  services: Services
  stop(): Promise<void>
}

/** A copy of the run's demo data folder (SQLite), removed by `cleanup`. */
export function copyTemplate(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-editor-'))
  cpSync(inject('newsroomTemplate'), dir, { recursive: true })
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * Starts Masthead on `dir` (and `databaseUrl` when given), on `port` (0: any free port), serving
 * the newsroom app from `newsroomDir` (default: the build in dist/newsroom).
 */
export async function startServer(
  dir: string,
  port = 0,
  databaseUrl?: string,
  newsroomDir?: string,
): Promise<OwnServer> {
  const config = loadConfig({
    MASTHEAD_DATA_DIR: dir,
    MASTHEAD_DEMO: '0',
    MASTHEAD_CACHE_MB: '0',
    ...(databaseUrl !== undefined ? { DATABASE_URL: databaseUrl } : {}),
  })
  const services = await openServices(config, quiet)
  const app = await buildApp(config, services, {
    logger: false,
    ...(newsroomDir !== undefined ? { newsroomDir } : {}),
  })
  const url = await app.listen({ port, host: '127.0.0.1' })
  return {
    url,
    port: Number(new URL(url).port),
    app,
    services,
    async stop() {
      await app.close()
      await services.close()
    },
  }
}

/** A fresh, migrated PostgreSQL database with one account per role; null without PostgreSQL. */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const adminUrl = process.env.MASTHEAD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
  const admin = new pg.Client({ connectionString: adminUrl })
  try {
    await admin.connect()
  } catch {
    return null
  }
  const name = `masthead_editor_${process.pid}_${Math.floor(Math.random() * 1e6)}`
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const dir = mkdtempSync(join(tmpdir(), 'masthead-editor-pg-'))
  const services = await openServices(
    loadConfig({ MASTHEAD_DATA_DIR: dir, MASTHEAD_DEMO: '0', DATABASE_URL: url.toString() }),
    quiet,
  )
  for (const person of Object.values(people))
    await services.accounts.createUser({ actor: systemActor('test'), ...person })
  await services.close()
  return {
    url: url.toString(),
    async drop() {
      rmSync(dir, { recursive: true, force: true })
      const again = new pg.Client({ connectionString: adminUrl })
      await again.connect()
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await again.end()
    },
  }
}

export const body = (page: Page): Locator => page.getByRole('textbox', { name: 'Story body' })
export const saveState = (page: Page): Locator => page.locator('[data-save-state]')

/** Waits until the editor says everything is saved. */
export async function waitSaved(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('[data-save-state="saved"]').waitFor({ timeout })
}

/** The id in /newsroom/stories/:id once the story exists. */
export async function storyId(page: Page): Promise<string> {
  await page.waitForURL(/\/newsroom\/stories\/(?!new$)[^/]+$/, { timeout: 15_000 })
  const id = new URL(page.url()).pathname.split('/').pop() ?? ''
  expect(id).not.toBe('new')
  return id
}

/** A JPEG on disk, for the file input and drops. */
export async function photoOnDisk(name = 'harbour.jpg'): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'masthead-photo-')), name)
  writeFileSync(path, await image('jpeg', 900, 600, 70))
  return path
}

/** Reads an article through the API as the context's user. */
export async function readArticle(context: BrowserContext, id: string) {
  const response = await context.request.get(`/api/v1/articles/${id}`)
  expect(response.status()).toBe(200)
  return (await response.json()) as {
    revision: number
    status: string
    headline: string
    body: { content: unknown[] }
    authors: { slug: string; name: string }[]
    url: string | null
  }
}

/** The run's Chromium, for tests that run a server of their own. */
export async function ownBrowser() {
  const { chromium } = await import('playwright-core')
  return chromium.connect(inject('chromiumEndpoint'))
}

/** A signed-in context on `url` as `role`. */
export async function contextAs(
  browser: Awaited<ReturnType<typeof ownBrowser>>,
  url: string,
  role: keyof typeof people,
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 900 } })
  const { email, password } = people[role]
  const response = await context.request.post('/api/v1/session', { data: { email, password } })
  expect(response.status()).toBe(200)
  return context
}

/** Creates a draft through the API as the context's user. */
export async function createDraft(context: BrowserContext, headline: string, text: string) {
  const session = (await (await context.request.get('/api/v1/session')).json()) as {
    csrfToken: string
  }
  const response = await context.request.post('/api/v1/articles', {
    headers: { 'x-csrf-token': session.csrfToken },
    data: {
      headline,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    },
  })
  expect(response.status()).toBe(201)
  return ((await response.json()) as { id: string }).id
}

/** Screenshots at 1280 and 1024 and no serious or critical axe-core violation on the editor. */
export async function checkEditor(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await checkScreen(page, name)
}
