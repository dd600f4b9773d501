/**
 * Embeds in the editor: a player from the allow-list is previewed before and after it is
 * inserted, a post that cannot be framed is named as a card, and the saved block is the one the
 * site renders from.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { body, checkEditor, createDraft, readArticle, waitSaved } from './editor-support.js'
import { signInThroughApi, useNewsroom } from './support.js'

const newsroom = useNewsroom()
const spotify = 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC'
const post = 'https://x.com/kestrelcourier/status/1790000000000000001'

/** Opens the embed form from the toolbar and types an address into it. */
async function typeEmbed(page: Page, url: string): Promise<void> {
  // After the paragraph's words: a click on an embed would select it, and an insert replace it.
  await body(page).getByText('Listen first.').click()
  await page.keyboard.press('End')
  await page.getByRole('button', { name: 'Embed a video, audio, map, chart or post' }).click()
  await page.getByLabel('Address of a video, audio, map, chart, document or post').fill(url)
}

describe('embeds in the editor', () => {
  it('previews a Spotify player, names a post on X as a card, and saves both blocks', async () => {
    const context = await newsroom.context()
    // The machine has no way out: the players' own pages are refused, their frames stay.
    await context.route(/^https:\/\/(?!127\.0\.0\.1)/, (route) => route.abort())
    await signInThroughApi(context, 'editor')
    const id = await createDraft(context, 'Harbour week in sound', 'Listen first.')
    const page = await context.newPage()
    await page.goto(`/newsroom/stories/${id}`)
    await waitSaved(page)

    await typeEmbed(page, spotify)
    const form = page.getByRole('form', { name: 'Embed' })
    await form.locator('iframe[title="Preview: Track on Spotify"]').waitFor()
    await form.getByRole('button', { name: 'Insert' }).click()
    const player = body(page).locator('iframe[title="Track on Spotify"]')
    await player.waitFor()
    expect(await player.getAttribute('src')).toBe(
      'https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC',
    )

    await typeEmbed(page, post)
    await form.getByText('Post on X: shown as a card.').waitFor()
    await form.getByRole('button', { name: 'Insert' }).click()
    await body(page)
      .getByText(/^Post on X: shown on the site as a card with a link/)
      .waitFor()
    await body(page).getByText(post).waitFor()
    await checkEditor(page, 'tools-embeds')

    await typeEmbed(page, 'https://example.org/not-a-player')
    await form.getByText(/Other addresses can be added as links/).waitFor()
    expect(await form.getByRole('button', { name: 'Insert' }).isDisabled()).toBe(true)
    await page.keyboard.press('Escape')

    await waitSaved(page)
    const saved = await readArticle(context, id)
    expect(saved.body.content).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'embed',
          attrs: expect.objectContaining({ url: spotify }),
        }),
        expect.objectContaining({ type: 'embed', attrs: expect.objectContaining({ url: post }) }),
      ]),
    )
  })
})
