/**
 * Attributed reporting in the editor, in real Chromium, by keyboard where a writer would use it:
 * an author marks a quote, creates its speaker, makes it anonymous with a description; the
 * summary follows; publishing is held back naming the unnamed source (and the server refuses it
 * too); an editor signs off and publishes; the saved attributions and the public page agree.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { body, checkEditor, readArticle, storyId, waitSaved } from './editor-support.js'
import { screenshots, useNewsroom } from './support.js'

interface SavedAttribution {
  id: string
  speaker: { entityId: string | null; name: string } | null
  sourcing: string
  description: string | null
  signOff: { name: string } | null
}

async function attributions(page: Page, id: string): Promise<SavedAttribution[]> {
  const article = (await readArticle(page.context(), id)) as unknown as {
    attributions: SavedAttribution[]
  }
  return article.attributions
}

const summaryOf = (page: Page) =>
  page.locator('.attribution-summary').evaluate((dl) => {
    const out: Record<string, string> = {}
    dl.querySelectorAll('dt').forEach((dt) => {
      out[dt.textContent ?? ''] = dt.nextElementSibling?.textContent ?? ''
    })
    return out
  })

describe('editor: attribution', () => {
  const newsroom = useNewsroom()

  it('marks a quote, attributes it, holds publishing until an editor signs off', async () => {
    const page = await newsroom.pageAs('author', '/stories/new')
    await body(page).waitFor()
    await page.getByLabel('Headline', { exact: true }).focus()
    await page.keyboard.type('Harbour wall repairs to start before the winter storms')
    await body(page).focus()
    const quoted = '“the first stones go in next month”'
    await page.keyboard.type(`Work will start soon, and ${quoted}`)
    const id = await storyId(page)
    for (let i = 0; i < quoted.length; i++) await page.keyboard.press('Shift+ArrowLeft')

    // The shortcut marks the words and moves the focus to the speaker search.
    await page.keyboard.press('Control+Shift+9')
    const speaker = page.getByRole('combobox', { name: 'Speaker', exact: true })
    await expect.poll(() => speaker.evaluate((el) => el === document.activeElement)).toBe(true)
    await expect.poll(async () => (await summaryOf(page)).Quotes).toBe('1')
    expect((await summaryOf(page))['Without a speaker']).toBe('1')
    await page.getByRole('button', { name: 'Quote in block 1' }).waitFor()

    await page.keyboard.type('Ines Alvarado')
    await page.getByRole('option', { name: 'Create person “Ines Alvarado”' }).waitFor()
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Remove speaker Ines Alvarado' }).waitFor()
    await page.getByRole('textbox', { name: 'Role', exact: true }).fill('Harbour board engineer')
    await page.getByRole('radio', { name: 'Anonymous', exact: true }).check()
    await page
      .getByRole('textbox', { name: 'Description', exact: true })
      .fill('a member of the harbour board')
    await expect.poll(async () => (await summaryOf(page)).Anonymous).toBe('1')
    const summary = await summaryOf(page)
    expect(summary['Without a speaker']).toBe('0')
    expect(summary['Resting on unnamed or relayed sourcing']).toBe('100%')
    await page.getByRole('button', { name: 'Quote in block 1' }).waitFor({ state: 'detached' })

    // A source for the story, and the quote resting on it.
    await page.getByLabel('New source', { exact: true }).fill('Harbour board minutes, November')
    await page.getByLabel('Kind of the new source').selectOption('document')
    await page.getByRole('button', { name: 'Add source' }).click()
    // The cursor back in the quote brings its form back.
    await body(page).click()
    await page.keyboard.press('End')
    await page.getByRole('checkbox', { name: 'Harbour board minutes, November' }).check()
    await waitSaved(page)
    await screenshots(page, 'editor-attribution-form')
    await checkEditor(page, 'editor-attribution-side-panel')

    const saved = await attributions(page, id)
    expect(saved).toHaveLength(1)
    expect(saved[0]).toMatchObject({
      sourcing: 'anonymous',
      description: 'a member of the harbour board',
      speaker: { name: 'Ines Alvarado' },
      role: 'Harbour board engineer',
      signOff: null,
    })
    expect(saved[0]?.speaker?.entityId).toEqual(expect.any(String))
    const article = (await readArticle(page.context(), id)) as unknown as {
      sources: { id: string; kind: string; title: string }[]
      body: {
        content: { content?: { text: string; marks?: { type: string; attrs?: object }[] }[] }[]
      }
    }
    expect(article.sources).toEqual([
      expect.objectContaining({ kind: 'document', title: 'Harbour board minutes, November' }),
    ])
    const marked = article.body.content[0]?.content?.find((n) =>
      n.marks?.some((m) => m.type === 'quote'),
    )
    expect(marked?.text).toBe(quoted)
    // The author sees who must sign off.
    await page
      .getByRole('complementary', { name: 'Story details' })
      .getByText('An editor must sign off on the unnamed source “a member of the harbour board”')
      .waitFor()

    // An editor: Publish is held back, with the reason in words; the server refuses it too.
    const desk = await newsroom.pageAs('editor', `/stories/${id}`)
    await body(desk).waitFor()
    const publish = desk
      .getByRole('group', { name: 'Workflow' })
      .getByRole('button', { name: 'Publish' })
    await publish.waitFor()
    expect(await publish.isDisabled()).toBe(true)
    await desk
      .getByRole('note')
      .filter({
        hasText: 'an editor must sign off on the unnamed source “a member of the harbour board”',
      })
      .waitFor()
    const csrf = (
      (await (await desk.context().request.get('/api/v1/session')).json()) as {
        csrfToken: string
      }
    ).csrfToken
    const refused = await desk.context().request.post(`/api/v1/articles/${id}/publish`, {
      headers: {
        'x-csrf-token': csrf,
        'if-match': `"${(await readArticle(desk.context(), id)).revision}"`,
      },
    })
    expect(refused.status()).toBe(422)
    expect(((await refused.json()) as { code: string }).code).toBe('unsigned-anonymous-source')

    await desk.getByRole('button', { name: 'Sign off on “a member of the harbour board”' }).click()
    await desk.getByRole('status').filter({ hasText: 'Signed off on' }).waitFor()
    await desk.getByText('signed off by Helen Park').waitFor()
    expect(await publish.isDisabled()).toBe(false)
    await waitSaved(desk)
    await screenshots(desk, 'editor-attribution-signed')
    await publish.click()
    await desk.getByRole('button', { name: 'Publish now' }).click()
    await desk.locator('.status-badge').filter({ hasText: 'Published' }).waitFor()

    // Reloaded: the saved attribution carries the sign-off; the public page shows the quote.
    await desk.reload()
    await body(desk).waitFor()
    const after = await attributions(desk, id)
    expect(after[0]?.signOff?.name).toBe('Helen Park')
    expect(after[0]?.description).toBe('a member of the harbour board')
    const published = await readArticle(desk.context(), id)
    expect(published.status).toBe('published')
    const html = await (await desk.context().request.get(published.url ?? '')).text()
    expect(html).toMatch(/<q[ >]/)
    expect(html).toContain('the first stones go in next month')
  })
})
