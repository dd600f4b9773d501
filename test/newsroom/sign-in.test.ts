import { describe, expect, it } from 'vitest'
import { checkScreen, signInThroughForm, useNewsroom } from './support.js'

const newsroom = useNewsroom()

describe('signing in', () => {
  it('sends a signed-out visitor to the sign-in screen and lands on the Desk after', async () => {
    const page = await newsroom.page('/')
    await expect.poll(() => new URL(page.url()).pathname).toBe('/newsroom/sign-in')
    await page.getByRole('heading', { name: 'Sign in' }).waitFor()
    await checkScreen(page, 'sign-in')
    await signInThroughForm(page, 'editor')
    await page.getByRole('heading', { name: 'Desk' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/newsroom/')
    await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true)
  })
})
