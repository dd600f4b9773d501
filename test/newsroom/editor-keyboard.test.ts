/** The whole write-submit-publish path with the keyboard alone: no clicks anywhere. */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { readArticle, storyId, waitSaved } from './editor-support.js'
import { signInThroughApi, useNewsroom } from './support.js'

/** Presses Tab (or Shift+Tab) until the focused element has this label (or text), at most 150 times. */
async function tabTo(page: Page, name: string, back = false) {
  for (let i = 0; i < 150; i++) {
    const found = await page.evaluate((wanted) => {
      const el = document.activeElement as HTMLElement | null
      if (el === null) return false
      const label =
        el.getAttribute('aria-label') ??
        (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
        el.textContent
      return (label ?? '').trim() === wanted
    }, name)
    if (found) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`Tab never reached “${name}”`)
}

describe('editor: keyboard only', () => {
  const newsroom = useNewsroom()

  it('writes, submits and publishes without a pointer', { timeout: 240_000 }, async () => {
    const context = await newsroom.context()
    await signInThroughApi(context, 'contributor')
    const page = await context.newPage()
    await page.goto('/newsroom/stories/new')
    // A story the server has never had does not claim to be saved.
    await page.locator('[data-save-state="new"]', { hasText: 'Not saved yet' }).waitFor()
    await tabTo(page, 'Headline')
    await page.keyboard.type('Keyboard-only story reaches the front page')
    await page.keyboard.press('Enter') // on to the dek, under the headline
    await page.keyboard.type('Written and published without a pointer')
    await tabTo(page, 'Story body')
    await page.keyboard.type('## ')
    await page.keyboard.type('What happened')
    await page.keyboard.press('Enter')
    await page.keyboard.type('The first paragraph, written without a mouse.')
    await page.keyboard.press('Enter')
    await page.keyboard.type('> ')
    await page.keyboard.type('Quoted words.')
    const id = await storyId(page)
    await waitSaved(page)
    await tabTo(page, 'Submit for review', true)
    await page.keyboard.press('Enter')
    await page.locator('.status-badge', { hasText: 'In review' }).waitFor()

    const editor = await newsroom.context()
    await signInThroughApi(editor, 'editor')
    const desk = await editor.newPage()
    await desk.goto(`/newsroom/stories/${id}`)
    await tabTo(desk, 'Add a byline')
    await desk.keyboard.type('coastal')
    await desk.keyboard.press('Enter') // picks the highlighted match
    await desk
      .getByRole('list', { name: 'Bylines in order' })
      .getByText('Coastal Press Agency')
      .waitFor()
    await waitSaved(desk)
    await tabTo(desk, 'Publish', true)
    await desk.keyboard.press('Enter')
    // The confirmation opens with its action focused: Enter publishes, Escape would cancel.
    await desk.getByRole('alertdialog', { name: 'Publish this story?' }).waitFor()
    await tabTo(desk, 'Publish now')
    await desk.keyboard.press('Enter')
    await desk.locator('.status-badge', { hasText: 'Published' }).waitFor()

    const article = await readArticle(editor, id)
    expect(article.status).toBe('published')
    expect(article.authors.map((a) => a.name)).toContain('Coastal Press Agency')
    expect(article.body.content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What happened' }] },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'The first paragraph, written without a mouse.' }],
      },
      {
        type: 'blockquote',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted words.' }] }],
      },
    ])
  })
})
