/**
 * The story's trust labels and taking an attribution off, in real Chromium: an editor sets the
 * type of work and a dateline in the side panel; after "Saved" and a reload the API and the
 * public page both have them. Then a quote's attribution is removed (the saved story loses the
 * mark and the attribution) and Ctrl+Z brings both back.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { body, readArticle, storyId, waitSaved } from './editor-support.js'
import { useNewsroom } from './support.js'

interface Saved {
  workType: string
  dateline: string | null
  url: string | null
  attributions: { id: string }[]
  body: { content: { content?: { text: string; marks?: { type: string }[] }[] }[] }
}

const saved = async (page: Page, id: string) =>
  (await readArticle(page.context(), id)) as unknown as Saved

/** The text of the body's words carrying a quote mark. */
const quotedText = (article: Saved) =>
  article.body.content
    .flatMap((b) => b.content ?? [])
    .filter((n) => n.marks?.some((m) => m.type === 'quote'))
    .map((n) => n.text)
    .join('')

describe('editor: trust labels and removing an attribution', () => {
  const newsroom = useNewsroom()

  it('saves the type of work and the dateline, and shows both to readers', async () => {
    const page = await newsroom.pageAs('editor', '/stories/new')
    await body(page).waitFor()
    await page.getByLabel('Headline', { exact: true }).focus()
    await page.keyboard.type('Council leader argues the ferry subsidy has outlived its use')
    await body(page).focus()
    await page.keyboard.type('The subsidy was meant to last five years. It is now in its twelfth.')
    const id = await storyId(page)

    const type = page.getByRole('combobox', { name: 'Type of work' })
    expect(await type.inputValue()).toBe('news')
    expect(await type.locator('option').allTextContents()).toEqual([
      'News',
      'Analysis',
      'Opinion',
      'Review',
      'Explainer',
      'Sponsored',
    ])
    await type.selectOption({ label: 'Sponsored' })
    await page.getByText('Readers see it marked as paid content.').waitFor()
    await type.selectOption({ label: 'Opinion' })
    await page.getByText('Readers see it marked as paid content.').waitFor({ state: 'detached' })
    const dateline = page.getByRole('textbox', { name: 'Dateline' })
    expect(await dateline.getAttribute('placeholder')).toBe('Kyiv')
    await dateline.fill('Stornoway')
    await waitSaved(page)

    await page.reload()
    await body(page).waitFor()
    expect(await page.getByRole('combobox', { name: 'Type of work' }).inputValue()).toBe('opinion')
    expect(await page.getByRole('textbox', { name: 'Dateline' }).inputValue()).toBe('Stornoway')
    const story = await saved(page, id)
    expect(story.workType).toBe('opinion')
    expect(story.dateline).toBe('Stornoway')

    // An empty dateline goes as none.
    await page.getByRole('textbox', { name: 'Dateline' }).fill('')
    await waitSaved(page)
    expect((await saved(page, id)).dateline).toBeNull()
    await page.getByRole('textbox', { name: 'Dateline' }).fill('Stornoway')
    await waitSaved(page)

    const publish = page
      .getByRole('group', { name: 'Workflow' })
      .getByRole('button', { name: 'Publish' })
    await publish.click()
    await page.getByRole('button', { name: 'Publish now' }).click()
    await page.locator('.status-badge').filter({ hasText: 'Published' }).waitFor()
    const url = (await saved(page, id)).url
    expect(url).not.toBeNull()
    const html = await (await page.context().request.get(url ?? '')).text()
    expect(html).toMatch(/>Opinion</)
    expect(html).toMatch(/class="story-dateline-place">Stornoway</)
  })

  it('removes a quote’s attribution, and Ctrl+Z brings it back', async () => {
    const page = await newsroom.pageAs('author', '/stories/new')
    await body(page).waitFor()
    await page.getByLabel('Headline', { exact: true }).focus()
    await page.keyboard.type('Ferry timetable changes from the spring')
    await body(page).focus()
    const quoted = '“two sailings a day, not three”'
    await page.keyboard.type(`The operator said ${quoted}`)
    const id = await storyId(page)
    for (let i = 0; i < quoted.length; i++) await page.keyboard.press('Shift+ArrowLeft')
    await page.keyboard.press('Control+Shift+9')
    await page.getByRole('combobox', { name: 'Speaker', exact: true }).waitFor()
    await waitSaved(page)
    let story = await saved(page, id)
    expect(story.attributions).toHaveLength(1)
    expect(quotedText(story)).toBe(quoted)

    await page.getByRole('button', { name: 'Remove attribution' }).click()
    await page.getByRole('group', { name: 'Attribution of this quote' }).waitFor({
      state: 'detached',
    })
    await waitSaved(page)
    story = await saved(page, id)
    expect(story.attributions).toEqual([])
    expect(quotedText(story)).toBe('')
    expect(JSON.stringify(story.body)).toContain('two sailings a day, not three')

    // The body has the focus again: Ctrl+Z puts the quote mark back, and its attribution with it.
    await page.keyboard.press('Control+z')
    await page.getByRole('group', { name: 'Attribution of this quote' }).waitFor()
    await waitSaved(page)
    story = await saved(page, id)
    expect(story.attributions).toHaveLength(1)
    expect(quotedText(story)).toBe(quoted)
  })
})
