/**
 * Roles and hostile input: a contributor gets no publish button and a forged publish answers 403;
 * a headline and body full of markup (<script>, onerror, javascript: links, pasted or typed) never
 * run in the editor or on the published page.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { body, readArticle, storyId, waitSaved } from './editor-support.js'
import { signInThroughApi, useNewsroom } from './support.js'

const hostileHeadline = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'
const hostileHtml =
  '<p>Click <a href="javascript:window.__pwned=1">here</a><img src="x" onerror="window.__pwned=1"></p><script>window.__pwned=1</script><p onclick="window.__pwned=1">Calm text</p>'

/** Fails the test on any dialog and reports whether a payload ran. */
function watch(page: Page) {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  return {
    dialogs,
    pwned: () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0),
  }
}

async function pasteHtml(page: Page, html: string) {
  await page.evaluate((markup) => {
    const data = new DataTransfer()
    data.setData('text/html', markup)
    data.setData('text/plain', 'fallback')
    const target = document.querySelector('[aria-label="Story body"]')
    target?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, html)
}

describe('editor: roles and hostile input', () => {
  const newsroom = useNewsroom()

  it('shows a contributor no publish button, and a forged publish answers 403', async () => {
    const page = await newsroom.pageAs('contributor', '/stories/new')
    await body(page).click()
    await page.keyboard.type('A contributor story.')
    const id = await storyId(page)
    await waitSaved(page)
    for (const name of ['Publish', 'Schedule', 'Unpublish'])
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0)
    const csrf = await page.evaluate(async () => {
      const r = await fetch('/api/v1/session')
      return ((await r.json()) as { csrfToken: string }).csrfToken
    })
    const forged = await page.context().request.post(`/api/v1/articles/${id}/publish`, {
      headers: { 'x-csrf-token': csrf },
    })
    expect(forged.status()).toBe(403)
    expect((await readArticle(page.context(), id)).status).toBe('draft')

    // The buttons are the server's allowedActions, not a guess at ownership: an author opening
    // someone else's draft gets none; an editor may publish it.
    const author = await newsroom.pageAs('author', `/stories/${id}`)
    await body(author).waitFor()
    await waitSaved(author)
    for (const name of ['Publish', 'Schedule', 'Submit for review'])
      expect(await author.getByRole('button', { name, exact: true }).count()).toBe(0)
    const editor = await newsroom.pageAs('editor', `/stories/${id}`)
    await editor.getByRole('button', { name: 'Publish', exact: true }).waitFor()
  })

  it('spells out a schedule in the publication’s time zone', async () => {
    const page = await newsroom.pageAs('editor', '/stories/new')
    await body(page).click()
    await page.keyboard.type('A story for later.')
    await storyId(page)
    await waitSaved(page)
    const { timeZone } = (await (await page.request.get('/api/v1/settings')).json()) as {
      timeZone: string
    }
    await page.getByRole('button', { name: 'Schedule', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Schedule publication' })
    const when = dialog.getByLabel(`Date and time (${timeZone})`)
    await when.fill('2031-06-15T09:30')
    const hint = dialog.getByText(/^Goes live on /)
    await expect.poll(() => hint.innerText()).toContain('Sunday, 15 June 2031')
    expect(await hint.innerText()).toContain('09:30')
    expect(await hint.innerText()).toContain(`(${timeZone})`)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  })

  it('never runs markup from a headline, typed text or pasted HTML, in the editor or on the site', async () => {
    const context = await newsroom.context()
    await signInThroughApi(context, 'editor')
    const page = await context.newPage()
    const seen = watch(page)
    await page.goto('/newsroom/stories/new')
    await body(page).waitFor()
    await page.getByLabel('Headline', { exact: true }).fill(hostileHeadline)
    await body(page).click()
    await page.keyboard.type('<img src=x onerror="window.__pwned=1"> typed as text.')
    await page.keyboard.press('Enter')
    await pasteHtml(page, hostileHtml)
    const id = await storyId(page)
    const byline = page.getByRole('combobox', { name: 'Add a byline' })
    await byline.fill('Coastal Press')
    await byline.press('Enter') // picks the highlighted match
    await waitSaved(page)
    expect(await body(page).innerText()).toContain('Calm text')
    expect(await page.locator('.body-editor a[href^="javascript:"]').count()).toBe(0)

    // Typed markup stays text; pasted markup leaves only its words (no image, link or script).
    const saved = (await readArticle(context, id)).body
    expect(saved.content).toEqual([
      {
        type: 'paragraph',
        content: [{ type: 'text', text: '<img src=x onerror="window.__pwned=1"> typed as text.' }],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Click here' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Calm text' }] },
    ])

    await page.getByRole('button', { name: 'Publish' }).click()
    await page.getByRole('button', { name: 'Publish now' }).click()
    await page.locator('.status-badge', { hasText: 'Published' }).waitFor()
    const published = await readArticle(context, id)
    const site = await context.newPage()
    const siteSeen = watch(site)
    await site.goto(new URL(published.url ?? '').pathname)
    expect(await site.locator('h1').first().innerText()).toContain('<script>')
    await page.reload()
    await body(page).waitFor()
    expect(seen.dialogs).toEqual([])
    expect(siteSeen.dialogs).toEqual([])
    expect(await seen.pwned()).toBe(0)
    expect(await siteSeen.pwned()).toBe(0)
  })
})
