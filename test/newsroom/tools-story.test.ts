import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import { hostile } from '../support/web.js'
import { checkScreen, signInThroughApi, useNewsroom } from './support.js'
import { buildToolsHarness, serveToolsHarness } from './tools-harness.js'

const newsroom = useNewsroom()
const system = systemActor('test')
const doc = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
})

let harness: { dir: string; remove: () => void }
beforeAll(async () => {
  harness = await buildToolsHarness()
}, 180_000)
afterAll(() => harness.remove())

/** A signed-in context with the story tools mounted on one story, as the editor mounts them. */
async function openTools(role: 'editor' | 'admin' | 'author', id: string) {
  const context = await newsroom.context()
  await signInThroughApi(context, role)
  await serveToolsHarness(context, newsroom.url, harness.dir)
  const page = await context.newPage()
  await page.goto(`/tools-harness/?id=${id}`)
  await page.getByRole('heading', { name: 'History' }).waitFor()
  return { context, page }
}

/** Fails the test if any script runs on the page: a dialog, or the payload's marker. */
function forbidScripts(page: Page): { dialogs: string[] } {
  const seen = { dialogs: [] as string[] }
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return seen
}

async function story(headline: string, text: string, publish = false) {
  // A story needs a byline to be published: the editor's own.
  const [byline] = (await newsroom.services.store.authors.list()).filter(
    (author) => author.name === 'Helen Park',
  )
  const authors = byline === undefined ? [] : [byline.slug]
  const a = await newsroom.services.createArticle(system, { headline, body: doc(text), authors })
  return publish ? newsroom.services.publishArticle(system, a.id) : a
}

async function anonymousPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newsroom.context()
  return { context, page: await context.newPage() }
}

describe('story tools in the browser', () => {
  it('previews a hostile unsaved headline and body as text, with the site’s page and style', async () => {
    const a = await story('A calm saved headline', 'Saved words.')
    const { context, page } = await openTools('editor', a.id)
    await page.getByLabel('Unsaved headline').fill(hostile.text)
    await page.getByLabel('Unsaved text').fill(`${hostile.text} ${hostile.href}`)
    const [preview] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Preview' }).click(),
    ])
    const seen = forbidScripts(preview)
    await preview.waitForURL(/^blob:/)
    await preview.waitForLoadState('load')
    await preview.locator('h1').waitFor()
    expect(await preview.locator('h1').textContent()).toContain('<script>alert(1)</script>')
    const page$ = await preview.evaluate(() => ({
      scripts: [...document.scripts].filter((s) => s.type !== 'application/ld+json').length,
      images: document.querySelectorAll('img[src="x"]').length,
      robots: document.querySelector('meta[name="robots"]')?.getAttribute('content'),
      styled: [...document.styleSheets].some((s) => s.cssRules.length > 0),
      javascriptLinks: [...document.links].filter((l) => l.protocol === 'javascript:').length,
    }))
    expect(page$).toEqual({
      scripts: 0,
      images: 0,
      robots: 'noindex',
      styled: true,
      javascriptLinks: 0,
    })
    expect(seen.dialogs).toEqual([])
    await preview.setViewportSize({ width: 1280, height: 900 })
    await checkScreen(preview, 'tools-preview')
    // Nothing was saved.
    expect((await newsroom.services.getArticle(system, a.id)).headline).toBe(
      'A calm saved headline',
    )
  })

  it('shares a story with an outside reader until the link is revoked (then 404)', async () => {
    const a = await story(hostile.text, hostile.text)
    const { page } = await openTools('editor', a.id)
    await page.getByRole('button', { name: 'Share link…' }).click()
    await page.getByRole('button', { name: 'Create a 24-hour link' }).click()
    const field = page.getByLabel(/New link/)
    await field.waitFor()
    const url = await field.inputValue()
    expect(url).toMatch(/\/preview\/[A-Za-z0-9_-]{40,}$/)
    await page.getByRole('list', { name: 'Working share links' }).getByRole('listitem').waitFor()
    await checkScreen(page, 'tools-share-links')

    const reader = await anonymousPage()
    const seen = forbidScripts(reader.page)
    const opened = await reader.page.goto(url)
    expect(opened?.status()).toBe(200)
    expect(opened?.headers()['x-robots-tag']).toContain('noindex')
    expect(opened?.headers()['cache-control']).toBe('no-store, private')
    expect(await reader.page.locator('h1').textContent()).toContain('<script>alert(1)</script>')
    expect(seen.dialogs).toEqual([])

    await page.getByRole('button', { name: /^Revoke/ }).click()
    await page.getByText('No working links.').waitFor()
    const gone = await reader.page.goto(url)
    expect(gone?.status()).toBe(404)
    await reader.page.getByRole('heading', { name: 'Page not found' }).waitFor()
  })

  it('compares two revisions word by word and restores the old text', async () => {
    const a = await story('Council approves budget', 'The council approved the budget on Monday.')
    await newsroom.services.saveArticle(system, {
      id: a.id,
      revision: 1,
      changes: {
        headline: 'Council rejects budget',
        body: doc('The council rejected the budget on Tuesday.'),
      },
    })
    const { page } = await openTools('editor', a.id)
    const changes = page.getByRole('region', { name: 'Changes from revision 1 to 2' })
    await changes.waitFor()
    expect(await changes.locator('del').allTextContents()).toContain('[removed: approved]')
    expect(await changes.locator('ins').allTextContents()).toContain('[added: rejected]')
    await checkScreen(page, 'tools-history')

    await page.getByRole('button', { name: 'Restore revision 1' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Restore revision 1?' })
    await confirm.waitFor()
    await checkScreen(page, 'tools-restore-confirm')
    await confirm.getByRole('button', { name: 'Restore' }).click()
    await page.getByRole('heading', { name: 'Council approves budget', level: 1 }).waitFor()
    await expect.poll(() => page.getByTestId('revision').textContent()).toBe('Revision 3')
    const restored = await newsroom.services.getArticle(system, a.id)
    expect(restored.bodyText).toContain('approved the budget on Monday')
    expect(restored.revision).toBe(3)
  })

  it('adds a correction that readers see on the public page', async () => {
    const a = await story('Ferry timetable changes', 'Ferries leave every hour.', true)
    const { page } = await openTools('editor', a.id)
    await page.getByRole('button', { name: 'Corrections' }).click()
    const dialog = page.getByRole('dialog', { name: 'Corrections and updates' })
    await dialog.getByLabel('Kind').selectOption('update')
    await dialog.getByLabel('Text shown on the story').fill('Ferries now leave every 40 minutes.')
    await checkScreen(page, 'tools-corrections')
    await dialog.getByRole('button', { name: 'Add update' }).click()
    await dialog.getByRole('list', { name: 'Corrections and updates' }).waitFor()
    const published = await newsroom.services.getArticle(system, a.id)
    const settings = await newsroom.services.getSettings()
    const reader = await anonymousPage()
    await reader.page.goto(newsroom.services.articlePath(published, settings))
    await reader.page.getByText('Ferries now leave every 40 minutes.').waitFor()
  })

  it('tells a second editor who else has the story open', async () => {
    const a = await story('Harbour plan', 'Draft.')
    await openTools('admin', a.id)
    // The admin's first heartbeat is in before the editor opens the story.
    await expect
      .poll(async () => (await newsroom.services.store.presence.listSeenSince(a.id, '2000')).length)
      .toBe(1)
    const { page } = await openTools('editor', a.id)
    const badge = page.getByRole('status').filter({ hasText: 'also editing' })
    await badge.waitFor()
    expect(await badge.textContent()).toMatch(
      /^Sam Whitfield is also editing \(since \d{1,2}:\d{2}/,
    )
    await checkScreen(page, 'tools-presence')
  })
})
