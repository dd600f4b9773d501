/**
 * Demo stories open in the editor and go back unchanged: after a keystroke and its undo, the
 * editor's document equals the stored one exactly (otherwise it would save and the revision would
 * move). A sample in the browser, covering every block type; all of them, and every imported
 * story, in test/importers/editor-roundtrip.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { body, readArticle, waitSaved } from './editor-support.js'
import { signInThroughApi, useNewsroom } from './support.js'

interface Item {
  id: string
  slug: string
}

describe('editor: demo stories round trip in the browser', () => {
  const newsroom = useNewsroom()

  it(
    'opens a sample of demo stories (every block type among them) and leaves each unchanged',
    { timeout: 300_000 },
    async () => {
      const context = await newsroom.context()
      await signInThroughApi(context, 'editor')
      const list = (await (await context.request.get('/api/v1/articles?limit=100')).json()) as {
        items: Item[]
      }
      const kinds = new Map<string, Item>()
      for (const item of list.items) {
        const article = await readArticle(context, item.id)
        for (const block of article.body.content as { type: string }[])
          if (!kinds.has(block.type)) kinds.set(block.type, item)
      }
      const sample = [...new Set([...kinds.values(), ...list.items.slice(0, 4)])]
      expect(kinds.has('blockquote')).toBe(true)
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
      })
      for (const item of sample) {
        const before = await readArticle(context, item.id)
        await page.goto(`/newsroom/stories/${item.id}`)
        await body(page)
          .waitFor({ timeout: 15_000 })
          .catch(async () => {
            const text = await page.evaluate(() => document.body.innerText)
            throw new Error(
              `${item.slug} did not open: ${text.slice(0, 300)} ${errors.join(' | ')}`,
            )
          })
        await body(page).click()
        await page.keyboard.press('Control+End')
        await page.keyboard.type('x')
        await page.keyboard.press('Backspace')
        await page.waitForTimeout(1600)
        await waitSaved(page)
        const after = await readArticle(context, item.id)
        expect(after.revision, item.slug).toBe(before.revision)
        expect(after.body, item.slug).toEqual(before.body)
      }
    },
  )
})
