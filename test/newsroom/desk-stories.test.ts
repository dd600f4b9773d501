import { describe, expect, it } from 'vitest'
import { checkScreen, useNewsroom } from './support.js'
import { people } from './people.js'

const newsroom = useNewsroom()

async function draftOf(role: 'contributor' | 'author', headline: string, submit = false) {
  const context = await newsroom.context()
  const login = await context.request.post('/api/v1/session', {
    data: { email: people[role].email, password: people[role].password },
  })
  const { csrfToken } = (await login.json()) as { csrfToken: string }
  const headers = { 'x-csrf-token': csrfToken }
  const created = await context.request.post('/api/v1/articles', { data: { headline }, headers })
  expect(created.status()).toBe(201)
  const { id } = (await created.json()) as { id: string }
  if (submit) {
    const res = await context.request.post(`/api/v1/articles/${id}/submit`, { headers })
    expect(res.status()).toBe(200)
  }
  await context.close()
  return id
}

describe('the Desk', () => {
  it('shows a contributor their own drafts and stories in review, an editor everyone’s', async () => {
    await draftOf('contributor', 'Allotment waiting list grows')
    await draftOf('contributor', 'Library hours extended', true)
    await draftOf('author', 'Harbour dredging delayed', true)

    const contributor = await newsroom.pageAs('contributor', '/')
    const drafts = contributor.getByRole('region', { name: 'My drafts' })
    await drafts.getByRole('link', { name: 'Allotment waiting list grows' }).waitFor()
    const review = contributor.getByRole('region', { name: 'My stories in review' })
    await review.getByRole('link', { name: 'Library hours extended' }).waitFor()
    expect(await review.getByRole('link', { name: 'Harbour dredging delayed' }).count()).toBe(0)
    await checkScreen(contributor, 'desk-contributor')

    const editor = await newsroom.pageAs('editor', '/')
    const waiting = editor.getByRole('region', { name: 'Awaiting review' })
    await waiting.getByRole('link', { name: 'Harbour dredging delayed' }).waitFor()
    await waiting.getByRole('link', { name: 'Library hours extended' }).waitFor()
    const mine = editor.getByRole('region', { name: 'My drafts' })
    expect(await mine.getByRole('link', { name: 'Allotment waiting list grows' }).count()).toBe(0)
    const published = editor.getByRole('region', { name: 'Recently published' })
    expect(await published.getByRole('listitem').count()).toBeGreaterThan(0)
    await editor.getByText(/times in /).waitFor()
    await checkScreen(editor, 'desk-editor')
  })

  it('lists recent corrections from every story, not only the latest ones', async () => {
    const page = await newsroom.pageAs('editor', '/')
    const { csrfToken } = (await (await page.request.get('/api/v1/session')).json()) as {
      csrfToken: string
    }
    const list = await page.request.get('/api/v1/articles?status=published&limit=100')
    const items = ((await list.json()) as { items: { id: string; headline: string }[] }).items
    expect(items.length).toBeGreaterThan(20)
    const oldest = items[items.length - 1]
    const added = await page.request.post(`/api/v1/articles/${oldest?.id ?? ''}/corrections`, {
      data: { kind: 'correction', text: 'The survey counted 41 boats, not 14.' },
      headers: { 'x-csrf-token': csrfToken },
    })
    expect(added.status()).toBe(201)
    await page.reload()
    const panel = page.getByRole('region', { name: 'Recent corrections' })
    await panel
      .getByRole('link', { name: oldest?.headline ?? '' })
      .first()
      .waitFor()
    await panel.getByText('The survey counted 41 boats, not 14.').waitFor()
  })
})

describe('Stories', () => {
  it('filters by status and words, pages along the cursor and moves with j/k/Enter', async () => {
    const page = await newsroom.pageAs('editor', '/stories')
    const table = page.getByRole('table')
    await table.waitFor()
    const rows = () => table.getByRole('row').count()
    expect(await rows()).toBe(26) // a header and the first page of 25
    await checkScreen(page, 'stories')
    const more = page.getByRole('button', { name: 'Load more' })
    if ((await more.count()) > 0) {
      await more.click()
      await expect.poll(rows).toBeGreaterThan(26)
    }

    await page.getByRole('combobox', { name: 'Status' }).selectOption('draft')
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('draft')
    await expect
      .poll(async () => (await table.getByText('Published', { exact: true }).count()) === 0)
      .toBe(true)

    await page.getByRole('combobox', { name: 'Status' }).selectOption('')
    await page.locator('body').press('/')
    const search = page.getByRole('searchbox', { name: 'Search words in any version' })
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true)
    await search.fill('Harbour dredging')
    await search.press('Enter')
    await table.getByRole('link', { name: 'Harbour dredging delayed' }).waitFor()
    await search.press('Escape')
    await page.keyboard.press('j')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Harbour dredging delayed')
    await page.keyboard.press('Enter')
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/newsroom\/stories\/[\w-]+$/)
  })

  it('keyboard: j and k move the selection, Enter opens the selected story', async () => {
    const page = await newsroom.pageAs('author', '/stories?status=published')
    const links = page.getByRole('table').getByRole('link')
    await links.first().waitFor()
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    await page.keyboard.press('k')
    const first = await links.nth(0).textContent()
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(first)
    await page.keyboard.press('Enter')
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/newsroom\/stories\/[\w-]+$/)
  })
})
