/**
 * A save that reached the server while its answer was lost (the connection dropped on the way
 * back): the writer's next save meets `stale-revision` against the writer's own text. That is no
 * conflict: the editor takes the server's revision and says "Saved"; what was typed since goes in
 * the next save. Only a real difference opens the conflict dialog (editor-conflict.test.ts).
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OwnServer } from './editor-support.js'
import {
  body,
  contextAs,
  copyTemplate,
  createDraft,
  ownBrowser,
  readArticle,
  saveState,
  startServer,
  waitSaved,
} from './editor-support.js'

/**
 * Lets the story's next PATCH through to the server, then drops its answer, and waits until the
 * editor says it is offline; answers how many such saves reached the server.
 */
async function loseNextAnswer(page: Page, id: string, type: () => Promise<void>): Promise<number> {
  let landed = 0
  const path = `**/api/v1/articles/${id}`
  await page.route(path, async (route) => {
    if (route.request().method() !== 'PATCH') return route.continue()
    const answer = await route.fetch()
    if (answer.status() === 200) landed += 1
    await route.abort('connectionreset')
  })
  await type()
  await page.locator('[data-save-state="offline"]').waitFor({ timeout: 15_000 })
  await page.unroute(path)
  return landed
}

const conflictDialogs = (page: Page) =>
  page.getByRole('alertdialog', { name: 'Someone else saved this story' }).count()

describe('a save whose answer was lost', () => {
  let server: OwnServer
  let browser: Awaited<ReturnType<typeof ownBrowser>>
  let context: BrowserContext
  let cleanup: () => void

  beforeAll(async () => {
    const template = copyTemplate()
    cleanup = template.cleanup
    server = await startServer(template.dir)
    browser = await ownBrowser()
    context = await contextAs(browser, server.url, 'author')
  })
  afterAll(async () => {
    await context.close()
    await browser.close()
    await server.stop()
    cleanup()
  })

  async function openStory(text: string) {
    const id = await createDraft(context, 'Ferry timetable changes', text)
    const page = await context.newPage()
    await page.goto(`/newsroom/stories/${id}`)
    await body(page).waitFor()
    await body(page).click()
    await page.keyboard.press('ControlOrMeta+End')
    return { id, page, revision: (await readArticle(context, id)).revision }
  }

  it('is the writer own save: no conflict, "Saved", and no second revision', async () => {
    const { id, page, revision } = await openStory('The first sailing moves.')
    const landed = await loseNextAnswer(page, id, () =>
      page.keyboard.type(' The answer to this save is lost.'),
    )
    expect(landed).toBe(1)

    await waitSaved(page, 20_000)
    expect(await conflictDialogs(page)).toBe(0)
    expect(await saveState(page).getAttribute('data-save-state')).toBe('saved')
    const saved = await readArticle(context, id)
    expect(saved.revision).toBe(revision + 1)
    expect(JSON.stringify(saved.body)).toContain('The answer to this save is lost.')
    await page.close()
  })

  it('sends what was typed after the lost save on top of it, without a conflict', async () => {
    const { id, page, revision } = await openStory('The last sailing stays.')
    const landed = await loseNextAnswer(page, id, () =>
      page.keyboard.type(' Saved, its answer lost.'),
    )
    expect(landed).toBe(1)
    await page.keyboard.type(' Typed after it.')

    await waitSaved(page, 20_000)
    expect(await conflictDialogs(page)).toBe(0)
    const saved = await readArticle(context, id)
    expect(saved.revision).toBe(revision + 2)
    expect(JSON.stringify(saved.body)).toContain('Saved, its answer lost. Typed after it.')
    await page.close()
  })
})
