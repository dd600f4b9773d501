/**
 * The side panel's pickers with the keyboard alone, in real Chromium: a tag picked and one
 * created, two co-bylines (one without an account, created here) added and reordered, a partial
 * name and Enter, a nested section as second section; then the story as the API has it.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { body, checkEditor, readArticle, storyId, waitSaved } from './editor-support.js'
import { screenshots, useNewsroom } from './support.js'

/** Focuses a picker's search box and types into it. */
async function typeIn(page: Page, label: string, text: string) {
  const input = page.getByRole('combobox', { name: label, exact: true })
  await input.focus()
  await page.keyboard.type(text)
  return input
}

/** The highlighted option of the focused picker (aria-activedescendant), as text. */
async function highlighted(page: Page): Promise<string> {
  return page.evaluate(() => {
    const id = document.activeElement?.getAttribute('aria-activedescendant')
    return id ? (document.getElementById(id)?.textContent ?? '') : ''
  })
}

/** Each chip of a list as its label's parts: “Coastal Press Agency · Wire service”. */
const chips = (page: Page, list: string) =>
  page
    .getByRole('list', { name: list })
    .locator('.chip-label')
    .evaluateAll((labels) =>
      labels.map((l) => [...l.childNodes].map((n) => n.textContent).join(' · ')),
    )

describe('editor: side panel pickers', () => {
  const newsroom = useNewsroom()

  it('picks and creates tags, adds and orders co-bylines, picks a nested section, by keyboard', async () => {
    const page = await newsroom.pageAs('editor', '/stories/new')
    await body(page).waitFor()
    await page.getByLabel('Headline', { exact: true }).focus()
    await page.keyboard.type('Lifeboat crew rescues two paddleboarders off the point')
    await page.keyboard.press('Enter') // the headline's Enter moves on to the dek
    await page.keyboard.type('Volunteers were at sea within nine minutes of the call')
    const id = await storyId(page)

    // Tags: a partial name highlights the match and Enter picks it; a new name is created.
    await typeIn(page, 'Add a tag', 'lifeb')
    await expect.poll(() => highlighted(page)).toBe('Lifeboat')
    await page.keyboard.press('Enter')
    await typeIn(page, 'Add a tag', 'Paddleboarding')
    await expect.poll(() => highlighted(page)).toBe('Create tag “Paddleboarding”')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => chips(page, 'Tags on this story'))
      .toEqual(['Lifeboat', 'Paddleboarding'])

    // Bylines: a partial name + Enter picks the highlighted match; a name nobody has says so.
    await page.getByRole('list', { name: 'Bylines in order' }).getByText('Helen Park').waitFor()
    await typeIn(page, 'Add a byline', 'coastal')
    await expect.poll(() => highlighted(page)).toContain('Coastal Press Agency')
    await page.keyboard.press('Enter')
    const byline = await typeIn(page, 'Add a byline', 'Mara Quist')
    await page.keyboard.press('Enter')
    await page.getByRole('status').getByText('No byline matches “Mara Quist”.').waitFor()
    expect(await byline.inputValue()).toBe('Mara Quist')
    // An editor creates the byline (no account) from the list.
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => highlighted(page)).toBe('Create byline “Mara Quist”')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => chips(page, 'Bylines in order'))
      .toEqual(['Helen Park', 'Coastal Press Agency · Wire service', 'Mara Quist · No account'])
    // Reorder: Mara Quist up twice; focus stays on her button between presses.
    await page.getByRole('button', { name: 'Move Mara Quist up' }).focus()
    await page.keyboard.press('Enter')
    await expect
      .poll(() => chips(page, 'Bylines in order'))
      .toEqual(['Helen Park', 'Mara Quist · No account', 'Coastal Press Agency · Wire service'])
    await page.keyboard.press('Enter')
    await expect
      .poll(() => chips(page, 'Bylines in order'))
      .toEqual(['Mara Quist · No account', 'Helen Park', 'Coastal Press Agency · Wire service'])

    // Sections: a top-level one first (primary), then a nested one found by its name.
    await typeIn(page, 'Add a section', 'busin')
    await page.keyboard.press('Enter')
    await typeIn(page, 'Add a section', 'poli')
    await expect.poll(() => highlighted(page)).toBe('News › Politics')
    // While a list is open React Aria hides the rest of the page from assistive technology
    // (axe calls that aria-hidden-focus), so the open list gets screenshots and axe runs after.
    await screenshots(page, 'editor-section-picker')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => chips(page, 'Sections, primary first'))
      .toEqual(['Business · Primary', 'News › Politics'])

    await waitSaved(page)
    await checkEditor(page, 'editor-side-panel')
    const saved = (await (await page.context().request.get(`/api/v1/articles/${id}`)).json()) as {
      headline: string
      dek: string
      tags: { name: string }[]
      authors: { slug: string; name: string }[]
      sections: { slug: string }[]
    }
    expect(saved.headline).toBe('Lifeboat crew rescues two paddleboarders off the point')
    expect(saved.dek).toBe('Volunteers were at sea within nine minutes of the call')
    expect(saved.tags.map((t) => t.name)).toEqual(['Lifeboat', 'Paddleboarding'])
    expect(saved.authors.map((a) => a.name)).toEqual([
      'Mara Quist',
      'Helen Park',
      'Coastal Press Agency',
    ])
    expect(saved.sections.map((s) => s.slug)).toEqual(['business', 'politics'])
    const created = (await (
      await page.context().request.get(`/api/v1/authors/${saved.authors[0]?.slug ?? ''}`)
    ).json()) as { userId: string | null; isWire: boolean }
    expect(created).toMatchObject({ userId: null, isWire: false })

    // A refusal names `authors`: its message shows at the bylines, not only in the alert.
    for (const name of ['Mara Quist', 'Helen Park', 'Coastal Press Agency'])
      await page.getByRole('button', { name: `Remove byline ${name}` }).click()
    await waitSaved(page)
    await page.getByRole('button', { name: 'Publish' }).click()
    await page
      .getByRole('alertdialog', { name: 'Publish this story?' })
      .getByRole('button', { name: 'Publish now' })
      .click()
    await page.getByRole('group', { name: 'Bylines' }).locator('.field-error').waitFor()
    expect((await readArticle(page.context(), id)).status).toBe('draft')
  })
})
