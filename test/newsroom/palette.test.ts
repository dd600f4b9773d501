import { describe, expect, it } from 'vitest'
import { checkScreen, useNewsroom } from './support.js'

const newsroom = useNewsroom()

describe('keyboard shortcuts and the command palette', () => {
  it('? shows the shortcuts; g then s goes to Stories; n starts a story', async () => {
    const page = await newsroom.pageAs('author', '/')
    await page.getByRole('heading', { name: 'Desk', level: 1 }).waitFor()
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await help.waitFor()
    await checkScreen(page, 'shortcuts')
    await page.keyboard.press('Escape')
    await help.waitFor({ state: 'detached' })
    await page.keyboard.press('g')
    await page.keyboard.press('s')
    await page.getByRole('heading', { name: 'Stories', level: 1 }).waitFor()
    await page.keyboard.press('g')
    await page.keyboard.press('m')
    await page.getByRole('heading', { name: 'Media', level: 1 }).waitFor()
    await page.keyboard.press('n')
    await expect.poll(() => new URL(page.url()).pathname).toBe('/newsroom/stories/new')
  })

  it('Ctrl+K opens a story by headline search, and goes to a screen', async () => {
    const page = await newsroom.pageAs('editor', '/')
    await page.getByRole('heading', { name: 'Desk', level: 1 }).waitFor()
    const newest = page
      .getByRole('region', { name: 'Recently published' })
      .getByRole('listitem')
      .first()
      .getByRole('link')
    await newest.waitFor()
    const headline = await newest.textContent()
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Command palette' })
    await palette.waitFor()
    const words = String(headline).split(' ').slice(0, 3).join(' ')
    await palette.getByRole('searchbox').fill(words)
    const found = palette.getByRole('menuitem', { name: new RegExp(`^${headline}`) })
    await found.waitFor()
    // Stories of the same name are told apart by state and time.
    expect(await found.textContent()).toMatch(/Published \d{1,2} \w{3}, \d\d:\d\d/)
    await checkScreen(page, 'palette')
    await palette.getByRole('menuitem', { name: new RegExp(`^${headline}`) }).click()
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/newsroom\/stories\/[\w-]+$/)

    await page.keyboard.press('Control+k')
    await palette.getByRole('searchbox').fill('Media')
    await palette.getByRole('menuitem', { name: /^Media\s*Go to/ }).click()
    await page.getByRole('heading', { name: 'Media', level: 1 }).waitFor()
  })
})
