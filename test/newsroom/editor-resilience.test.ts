/**
 * Never lose a word: the server dies while a reporter types (typing goes on, everything is saved
 * after the restart), and a reload while offline keeps the text (IndexedDB) and saves it later.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import type { OwnServer } from './editor-support.js'
import {
  body,
  contextAs,
  copyTemplate,
  ownBrowser,
  saveState,
  startServer,
  storyId,
  waitSaved,
} from './editor-support.js'

describe('editor resilience', () => {
  let server: OwnServer
  let browser: Awaited<ReturnType<typeof ownBrowser>>
  let dir: string
  let cleanup: () => void
  const bodyText = async (id: string) =>
    JSON.stringify((await server.services.getArticle(systemActor('test'), id)).body)

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

  it('keeps the text through a reload while offline, and saves it once back online', async () => {
    const context = await contextAs(browser, server.url, 'author')
    const page = await context.newPage()
    await page.goto('/newsroom/stories/new')
    await body(page).click()
    await page.keyboard.type('Written online.')
    const id = await storyId(page)
    await waitSaved(page)

    // Offline: the browser's emulation, and every API call failing as a dropped network would.
    const offline = '**/api/v1/**'
    await context.route(offline, (route) => route.abort('internetdisconnected'))
    await context.setOffline(true)
    await page.keyboard.type(' Written offline, not yet on the server.')
    await page.locator('[data-save-state="offline"]').waitFor({ timeout: 15_000 })
    await page.reload().catch(() => undefined) // the browser's own offline page
    expect(await bodyText(id)).not.toContain('Written offline')

    await context.setOffline(false)
    await context.unroute(offline)
    await page.goto(`/newsroom/stories/${id}`)
    await body(page).waitFor()
    expect(await body(page).innerText()).toContain(
      'Written online. Written offline, not yet on the server.',
    )
    await waitSaved(page)
    expect(await bodyText(id)).toContain('Written offline, not yet on the server.')
    expect(await saveState(page).textContent()).toBe('Saved')
    await context.close()
  })
})
