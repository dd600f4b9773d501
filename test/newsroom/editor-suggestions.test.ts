/**
 * Suggested attributions in the editor, in real Chromium: an author asks for suggestions on a
 * saved story, accepts one (the quote is marked and attributed, in the editor and on the server)
 * and dismisses another; the section is accessible.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { body, checkEditor, createDraft, readArticle, waitSaved } from './editor-support.js'
import { useNewsroom } from './support.js'

const text =
  'The ferry will run twice a day from March. “We have the crew and the boat,” said Marta Keane, ' +
  'the operator’s director. Residents of the island were told the timetable is not final, ' +
  'according to a council spokesman.'

const suggestions = (page: Page) => page.getByRole('list', { name: 'Suggested attributions' })

describe('editor: attribution suggestions', () => {
  const newsroom = useNewsroom()

  it('finds suggestions, accepts one into a marked quote and dismisses another', async () => {
    const page = await newsroom.pageAs('author')
    const id = await createDraft(page.context(), 'Island ferry to run twice a day', text)
    await page.goto(`/newsroom/stories/${id}`)
    await body(page).waitFor()

    await page.getByText(/^Suggested attributions \(0\)$/).click()
    await page.getByRole('button', { name: 'Find attributions' }).click()
    const accept = page.getByRole('button', { name: /^Accept: Marta Keane/ })
    await accept.waitFor()
    await expect.poll(() => suggestions(page).getByRole('listitem').count()).toBeGreaterThan(1)
    await checkEditor(page, 'editor-suggestions')

    await accept.click()
    await page.getByRole('status').filter({ hasText: 'Attributed to Marta Keane' }).waitFor()
    await accept.waitFor({ state: 'detached' })
    // The accepted quote is marked in the editor's body and attributed on the server.
    await expect.poll(() => body(page).locator('q, [data-quote]').count()).toBeGreaterThan(0)
    const saved = (await readArticle(page.context(), id)) as unknown as {
      attributions: { speaker: { name: string } | null; role: string | null }[]
    }
    expect(saved.attributions.map((a) => a.speaker?.name)).toContain('Marta Keane')

    // Dismissing takes the rest off the list; the writer's typing afterwards saves normally.
    const left = await suggestions(page).getByRole('listitem').count()
    await suggestions(page)
      .getByRole('button', { name: /^Dismiss:/ })
      .first()
      .click()
    await expect.poll(() => suggestions(page).getByRole('listitem').count()).toBe(left - 1)
    await body(page).click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' The first crossing is on 3 March.')
    await waitSaved(page)
    const after = await readArticle(page.context(), id)
    expect(JSON.stringify(after.body)).toContain('The first crossing is on 3 March.')
    expect(JSON.stringify(after.body)).toContain('Marta Keane')
  })
})
