/**
 * Never lose a word: the server dies while a reporter types (typing goes on, everything is saved
 * after the restart), and a reload while offline keeps the text (IndexedDB) and saves it later:
 * the service worker answers the reload with the app's shell, never with a stale one online. Back
 * online with the session expired meanwhile, the writer signs in over the editor.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import { defaultNewsroomDir } from '../../src/web/newsroom.js'
import type { OwnServer } from './editor-support.js'
import { checkScreen, people } from './support.js'
import {
  body,
  checkEditor,
  contextAs,
  copyTemplate,
  ownBrowser,
  saveState,
  startServer,
  storyId,
  waitSaved,
} from './editor-support.js'

/** Waits until the newsroom's service worker is active (its shell precached). */
async function workerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
}

/** Every path in the page's Cache Storage: the worker's shell, and nothing else. */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = []
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys())
        paths.push(new URL(request.url).pathname)
    return paths
  })
}

describe('editor resilience', () => {
  let server: OwnServer
  let browser: Awaited<ReturnType<typeof ownBrowser>>
  let dir: string
  let cleanup: () => void
  const bodyText = async (id: string) =>
    JSON.stringify((await server.services.articles.get({ actor: systemActor('test'), id })).body)

  beforeAll(async () => {
    ;({ dir, cleanup } = copyTemplate())
    server = await startServer(dir)
    browser = await ownBrowser()
  })
  afterAll(async () => {
    await browser.close()
    await server.stop()
    cleanup()
  })

  it('keeps typing through a dead server and saves everything after the restart', async () => {
    const context = await contextAs(browser, server.url, 'author')
    const page = await context.newPage()
    await page.goto('/newsroom/stories/new')
    await body(page).click()
    await page.keyboard.type('Before the outage.')
    const id = await storyId(page)
    await waitSaved(page)

    const port = server.port
    await server.stop()
    await page.keyboard.type(' Typed while the server was down, every word.')
    await page.locator('[data-save-state="offline"]').waitFor({ timeout: 15_000 })
    await page.keyboard.press('Enter')
    await page.keyboard.type('A second paragraph, still offline.')
    expect(await body(page).innerText()).toContain('A second paragraph, still offline.')

    server = await startServer(dir, port)
    await waitSaved(page, 30_000)
    const saved = await bodyText(id)
    expect(saved).toContain('Before the outage. Typed while the server was down, every word.')
    expect(saved).toContain('A second paragraph, still offline.')
    await context.close()
  })

  // Chromium's emulated offline now and then lets a save out while the page is told it failed:
  // back online, the server then has a revision the copy is not based on, holding the writer's
  // own text, which the editor adopts without a conflict (editor-lost-answer.test.ts).
  // Retried: under heavy load Chromium's emulated offline (context.setOffline) now and then lets
  // a request out of a page a service worker controls, which a real lost connection never does.
  // Alone on a quiet machine this and the two offline-start tests below pass every time; a full CI run at load ~20 failed two of them.
  it(
    'reloads offline from the service worker with every word, and saves it back online',
    { retry: 2 },
    async () => {
      const context = await contextAs(browser, server.url, 'author')
      const { page, id } = await writtenOnlineThenOffline(context)

      await page.reload()
      await body(page).waitFor()
      expect(await body(page).innerText()).toContain(
        'Written online. Written offline, not yet on the server.',
      )
      expect(await saveState(page).getAttribute('data-save-state')).toBe('offline')
      await checkEditor(page, 'editor-offline')
      await body(page).click()
      await page.keyboard.press('ControlOrMeta+End')
      await page.keyboard.type(' And after the reload.')
      // Offline is read from the page's own save state, not from the server: Chromium's emulated
      // offline does not hold back every request of a page a service worker controls, so a save
      // can still reach the test's server now and then (a real lost connection lets nothing out).
      await page.locator('[data-save-state="offline"]').waitFor({ timeout: 15_000 })

      // Other screens say they need the server, and list the story kept on this device.
      const desk = await context.newPage()
      await desk.goto('/newsroom/')
      await desk.getByRole('heading', { name: 'Offline' }).waitFor()
      await desk.getByRole('link', { name: 'Untitled story' }).waitFor()
      await checkScreen(desk, 'offline')
      await desk.close()

      await context.setOffline(false)
      await waitSaved(page, 30_000)
      const saved = await bodyText(id)
      expect(saved).toContain('Written online. Written offline, not yet on the server.')
      expect(saved).toContain('And after the reload.')
      // The worker kept the shell and nothing else: no API answer, no story.
      const paths = await cachedPaths(page)
      expect(paths).toContain('/newsroom/index.html')
      for (const path of paths) expect(path).toMatch(/^\/newsroom\/(index\.html|assets\/[\w.-]+)$/)
      await context.close()
    },
  )

  // Retried for the emulated-offline reason given above the first offline-start test.
  it(
    'opens the conflict dialog when someone saved while the writer was offline',
    { retry: 2 },
    async () => {
      const context = await contextAs(browser, server.url, 'author')
      const { page, id } = await writtenOnlineThenOffline(context)
      await page.reload()
      await body(page).waitFor()

      const editor = await contextAs(browser, server.url, 'editor')
      const { csrfToken } = (await (await editor.request.get('/api/v1/session')).json()) as {
        csrfToken: string
      }
      const { revision } = (await (await editor.request.get(`/api/v1/articles/${id}`)).json()) as {
        revision: number
      }
      const theirs = await editor.request.patch(`/api/v1/articles/${id}`, {
        headers: { 'x-csrf-token': csrfToken, 'if-match': `"${revision}"` },
        data: { headline: 'The desk changed this' },
      })
      expect(theirs.status()).toBe(200)

      await context.setOffline(false)
      await page.getByRole('heading', { name: 'Someone else saved this story' }).waitFor()
      expect(await saveState(page).getAttribute('data-save-state')).toBe('conflict')
      await editor.close()
      await context.close()
    },
  )

  // Retried for the emulated-offline reason given above the first offline-start test.
  it(
    'back online with the session expired meanwhile: signs in over the editor, edits kept',
    { retry: 2 },
    async () => {
      const context = await contextAs(browser, server.url, 'author')
      const { page, id } = await writtenOnlineThenOffline(context)
      await page.reload()
      await body(page).waitFor()
      await context.clearCookies()

      await context.setOffline(false)
      const dialog = page.getByRole('dialog')
      await dialog.getByRole('heading', { name: 'Your session has ended' }).waitFor()
      const storyPath = `/newsroom/stories/${id}`
      expect(new URL(page.url()).pathname).toBe(storyPath)
      expect(await page.getByRole('heading', { name: 'Sign in', exact: true }).count()).toBe(0)
      expect(await body(page).innerText()).toContain('Written offline, not yet on the server.')
      await dialog.getByLabel('E-mail').fill(people.author.email)
      await dialog.getByLabel('Password', { exact: true }).fill(people.author.password)
      await dialog.getByRole('button', { name: 'Sign in' }).click()
      await dialog.waitFor({ state: 'detached' })
      await waitSaved(page, 30_000)
      expect(new URL(page.url()).pathname).toBe(storyPath)
      expect(await bodyText(id)).toContain(
        'Written online. Written offline, not yet on the server.',
      )
      await context.close()
    },
  )

  it('never serves a stale shell online: a new deployment shows at the next reload', async () => {
    const context = await contextAs(browser, server.url, 'author')
    const page = await context.newPage()
    await page.goto('/newsroom/')
    await workerReady(page)
    expect(await page.title()).toBe('Newsroom · Masthead')

    const next = mkdtempSync(join(tmpdir(), 'masthead-next-deploy-'))
    cpSync(defaultNewsroomDir, next, { recursive: true })
    const index = join(next, 'index.html')
    writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<title>Next · '))
    const port = server.port
    await server.stop()
    server = await startServer(dir, port, undefined, next)
    await page.reload()
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
    expect(await page.title()).toBe('Next · Newsroom · Masthead')
    await context.close()
    rmSync(next, { recursive: true, force: true })
  })
})

/** A story typed online, then more typed offline, in a context that stays offline. */
async function writtenOnlineThenOffline(context: BrowserContext) {
  const page = await context.newPage()
  await page.goto('/newsroom/stories/new')
  await workerReady(page)
  await body(page).click()
  await page.keyboard.type('Written online.')
  const id = await storyId(page)
  await waitSaved(page)
  await context.setOffline(true)
  await page.keyboard.type(' Written offline, not yet on the server.')
  await page.locator('[data-save-state="offline"]').waitFor({ timeout: 15_000 })
  return { page, id }
}
