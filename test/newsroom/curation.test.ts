import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import { checkScreen, useNewsroom } from './support.js'

const newsroom = useNewsroom()

/** The public site's page at `path`, in a fresh signed-out context. */
async function publicPage(path: string): Promise<Page> {
  const page = await (await newsroom.context()).newPage()
  await page.goto(path)
  return page
}

/** A call to the API as the signed-in page's account (cookie and CSRF token). */
async function apiAs(page: Page, method: 'GET' | 'PUT', url: string, data?: object, rev?: number) {
  const { csrfToken } = (await (await page.request.get('/api/v1/session')).json()) as {
    csrfToken: string
  }
  const headers: Record<string, string> = { 'x-csrf-token': csrfToken }
  if (rev !== undefined) headers['if-match'] = `"${rev}"`
  const res = await page.request.fetch(url, { method, headers, ...(data ? { data } : {}) })
  expect(res.status()).toBe(200)
  return (await res.json()) as Record<string, unknown>
}

describe('the fronts screen', () => {
  it('pins a story as the lead with an end, and the public home page leads with it', async () => {
    const page = await newsroom.pageAs('editor', '/fronts')
    await page.getByRole('heading', { name: 'Fronts', level: 1 }).waitFor()
    const list = (
      await apiAs(page, 'GET', '/api/v1/articles?status=published&kind=article&limit=20')
    ).items as { headline: string }[]
    const story = list[7]?.headline ?? ''
    const lead = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /^1\. Lead/ }) })
    await lead.getByLabel('Pin a story in Lead').fill(story)
    await lead.getByRole('button', { name: `Pin “${story}”` }).click()
    await lead.getByRole('region', { name: 'Lead: shows now' }).getByText(story).waitFor()
    await lead.getByLabel('Pin ends').fill('2099-06-10T18:00')
    const [preview] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Preview' }).click(),
    ])
    await preview
      .getByRole('region', { name: 'Top story' })
      .getByRole('link', { name: story })
      .first()
      .waitFor()
    await preview.close()
    // The demo's home front is already edited: this save is its next revision.
    const next = ((await apiAs(page, 'GET', '/api/v1/fronts/home')).revision as number) + 1
    await page.getByRole('button', { name: 'Save front' }).click()
    await page.getByRole('status').getByText(`Saved: revision ${next}.`).waitFor()
    const shows = lead.getByRole('region', { name: 'Lead: shows now' }).getByRole('listitem')
    await shows.first().filter({ hasText: story }).waitFor()
    expect(await shows.filter({ hasText: story }).count()).toBe(1)
    const saved = await apiAs(page, 'GET', '/api/v1/fronts/home')
    const zones = (saved.layout as { zones: { pins?: { until?: string | null }[] }[] }).zones
    expect(zones[0]?.pins?.[0]?.until).toMatch(/^2099-06-10T/)
    await page.getByRole('region', { name: 'History' }).getByText(`Revision ${next}`).waitFor()
    await checkScreen(page, 'curation-fronts')

    const home = await publicPage('/')
    const top = home.getByRole('region', { name: 'Top story' })
    await top.getByRole('link', { name: story }).first().waitFor()
  })

  it('adds, edits, moves and removes zones of a section front from the keyboard', async () => {
    const page = await newsroom.pageAs('editor', '/fronts')
    await page.getByRole('combobox', { name: 'Front' }).selectOption({ label: 'Section: Sport' })
    await page.getByText('No zones: the section shows its list of stories.').waitFor()
    await page.getByRole('button', { name: 'Add zone' }).click()
    await page.getByRole('button', { name: 'Add zone' }).click()
    const second = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /^2\. New zone 2/ }) })
    await second.getByText('Rule and look of New zone 2').click()
    await second.getByLabel('Then fill with').selectOption({ label: 'Newest in a section' })
    await second.getByLabel('Section', { exact: true }).selectOption({ label: 'Sport' })
    await second.getByLabel('Stories at most').fill('3')
    await second.getByLabel('Heading').fill('Sport picks')
    await page.getByRole('button', { name: 'Move zone Sport picks up' }).press('Enter')
    await page.getByRole('heading', { name: /^1\. Sport picks/ }).waitFor()
    await page.getByRole('button', { name: 'Remove zone New zone 1' }).press('Enter')
    const picks = page.getByRole('region', { name: 'Sport picks: shows now' })
    await picks.getByRole('listitem').first().waitFor()
    await page.getByRole('button', { name: 'Save front' }).click()
    await page.getByRole('status').getByText('Saved: revision 1.').waitFor()

    const sections = (await apiAs(page, 'GET', '/api/v1/sections')).items as {
      id: string
      slug: string
      name: string
    }[]
    const sport = sections.find((x) => x.name === 'Sport')
    const saved = await apiAs(page, 'GET', `/api/v1/fronts/section:${sport?.id ?? ''}`)
    expect((saved.layout as { zones: unknown[] }).zones).toEqual([
      expect.objectContaining({
        title: 'Sport picks',
        max: 3,
        rule: { source: 'section', sectionId: sport?.id },
      }),
    ])
    const site = await publicPage(`/section/${sport?.slug ?? ''}/`)
    await site.getByRole('heading', { name: 'Sport picks' }).waitFor()
  })

  it('keeps the editor’s version when someone else saved first, to apply again', async () => {
    const page = await newsroom.pageAs('editor', '/menus')
    await page.getByRole('heading', { name: 'Menus', level: 1 }).waitFor()
    const items = page.getByRole('list', { name: 'Items of the main navigation' })
    await items.getByRole('listitem').first().waitFor()
    const first = await items.getByRole('listitem').count()
    await page
      .getByRole('button', { name: /^Remove / })
      .first()
      .click()
    const current = await apiAs(page, 'GET', '/api/v1/menus/main')
    const theirs = [
      ...(current.items as object[]),
      { kind: 'link', url: '/archive/', label: 'Archive' },
    ]
    await apiAs(page, 'PUT', '/api/v1/menus/main', { items: theirs }, current.revision as number)
    await page.getByRole('button', { name: 'Save menu' }).click()
    await page
      .getByRole('alert')
      .getByText(/Someone else saved this/)
      .waitFor()
    await items.getByText('Archive').waitFor()
    expect(await items.getByRole('listitem').count()).toBe(first + 1)
    await checkScreen(page, 'curation-conflict')
    await page.getByRole('button', { name: 'Re-apply my changes' }).click()
    expect(await items.getByRole('listitem').count()).toBe(first - 1)
    await page.getByRole('button', { name: 'Save menu' }).click()
    await page
      .getByRole('status')
      .getByText(/^Saved: revision/)
      .waitFor()
  })
})

describe('the menus screen', () => {
  it('lists a new section as in no menu until an editor places it in the main navigation', async () => {
    await newsroom.services.taxonomy.saveSection({
      actor: systemActor('importer'),
      section: { name: 'Harbour Watch', slug: 'harbour-watch', parent: null },
    })
    const before = await publicPage('/')
    const nav = before.getByRole('navigation', { name: 'Sections' })
    await nav.getByRole('link').first().waitFor()
    expect(await nav.getByRole('link', { name: 'Harbour Watch' }).count()).toBe(0)

    const page = await newsroom.pageAs('editor', '/menus')
    const unplaced = page.getByRole('region', { name: /^Not in any menu/ })
    await unplaced.getByText('Harbour Watch').waitFor()
    await unplaced.getByRole('button', { name: 'Add Harbour Watch to the main navigation' }).click()
    const items = page.getByRole('list', { name: 'Items of the main navigation' })
    await items.getByRole('button', { name: 'Move Harbour Watch up' }).press('Enter')
    await page.getByRole('button', { name: 'Save menu' }).click()
    await page
      .getByRole('status')
      .getByText(/^Saved: revision/)
      .waitFor()
    expect(await unplaced.getByText('Harbour Watch').count()).toBe(0)
    await checkScreen(page, 'curation-menus')

    const after = await publicPage('/')
    await after
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Harbour Watch' })
      .waitFor()
  })
})

describe('the breaking banner screen', () => {
  it('sets the banner on every public page, clears it, and brings it back from history', async () => {
    const page = await newsroom.pageAs('editor', '/banner')
    await page.getByLabel('Banner text').fill('Harbour bridge closed after collision')
    await page.getByLabel('Link').fill('/section/news/')
    await page.getByLabel('Ends at').fill('2099-01-01T23:59')
    await page.getByRole('button', { name: 'Set banner' }).click()
    const live = page.getByRole('region', { name: 'On the site now' })
    await live.getByText('Harbour bridge closed after collision').waitFor()
    await live.getByText(/^Links to \/section\/news\/\. Ends /).waitFor()
    await checkScreen(page, 'curation-banner')

    const site = await publicPage('/search?q=harbour')
    const banner = site.getByRole('complementary', { name: 'Breaking news' })
    await banner.getByRole('link', { name: 'Harbour bridge closed after collision' }).waitFor()

    await page.getByRole('button', { name: 'Clear banner' }).click()
    await live.getByText('No banner is showing.').waitFor()
    await site.reload()
    expect(await site.getByRole('complementary', { name: 'Breaking news' }).count()).toBe(0)

    await page
      .getByRole('button', { name: /^Restore revision \d+$/ })
      .first()
      .click()
    await live.getByText('Harbour bridge closed after collision').waitFor()
  })
})

describe('curation roles', () => {
  it('shows a reporter no curation screens, and “not allowed” at their addresses', async () => {
    const page = await newsroom.pageAs('author', '/')
    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.getByRole('link', { name: 'Desk' }).waitFor()
    for (const name of ['Fronts', 'Menus', 'Banner'])
      expect(await nav.getByRole('link', { name }).count()).toBe(0)
    for (const path of ['/fronts', '/menus', '/banner']) {
      await page.goto(`/newsroom${path}`)
      await page.getByRole('heading', { name: 'Not allowed' }).waitFor()
      expect(await page.getByLabel('Banner text').count()).toBe(0)
    }
    await checkScreen(page, 'curation-not-allowed')
    const editor = await newsroom.pageAs('editor', '/')
    await editor
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Fronts' })
      .click()
    await editor.getByRole('heading', { name: 'Fronts', level: 1 }).waitFor()
  })
})
