/**
 * Typing at speed: every letter lands where it was typed. A block made by Enter takes the very
 * next keystroke, whether the writer is quick or slow, on a new story and on a saved one, and the
 * server gets the blocks exactly as typed.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { body, readArticle, storyId, waitSaved } from './editor-support.js'
import { signInThroughApi, useNewsroom } from './support.js'

const lines = [
  'Alpha paragraph opens the story.',
  'Bravo line follows it.',
  'Charlie third comes next.',
  'Delta fourth is short.',
  'Echo fifth ends it.',
]

/** Each top-level block of the body as `TAG:text`, as the page shows it. */
const shown = (page: Page) =>
  page
    .getByRole('textbox', { name: 'Story body' })
    .evaluate((el) => [...el.children].map((b) => `${b.tagName}:${b.textContent ?? ''}`))

/** The saved body's blocks as `type:text`. */
async function saved(context: BrowserContext, id: string) {
  const article = await readArticle(context, id)
  return (article.body.content as { type: string; content?: { text?: string }[] }[]).map(
    (b) => `${b.type}:${(b.content ?? []).map((t) => t.text ?? '').join('')}`,
  )
}

describe('editor: typing at speed', () => {
  const newsroom = useNewsroom()

  it('puts every letter in the block it was typed in', { timeout: 240_000 }, async () => {
    const context = await newsroom.context()
    await signInThroughApi(context, 'author')
    for (const delay of [0, 40, 90]) {
      const page = await context.newPage()
      await page.goto('/newsroom/stories/new')
      await page.getByRole('textbox', { name: 'Headline' }).fill(`Typing at ${delay} ms a key`)
      await body(page).click()
      await page.keyboard.type(lines.join('\n'), { delay })
      // A heading between paragraphs, typed the way a writer does it.
      await page.keyboard.press('Enter')
      await page.keyboard.type('## Foxtrot heading\nGolf after the heading.', { delay })
      const id = await storyId(page)
      await waitSaved(page)
      const expected = [
        ...lines.map((l) => `P:${l}`),
        'H2:Foxtrot heading',
        'P:Golf after the heading.',
      ]
      expect(await shown(page)).toEqual(expected)
      expect(await saved(context, id)).toEqual(
        expected.map((e) => e.replace(/^P:/, 'paragraph:').replace(/^H2:/, 'heading:')),
      )

      // The saved story, opened again: more blocks typed at its end.
      await page.reload()
      await body(page).click()
      await page.keyboard.press('Control+End')
      await page.keyboard.type('\nHotel added later.\nIndia last.', { delay })
      await waitSaved(page)
      expect(await shown(page)).toEqual([...expected, 'P:Hotel added later.', 'P:India last.'])
      await page.close()
    }
  })
})
