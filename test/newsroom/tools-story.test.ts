/**
 * The story tools as a reporter or an editor uses them, in the real editor at
 * /newsroom/stories/{id}: history (compare, restore), corrections (add, reword, withdraw, seen by
 * readers), the preview of unsaved edits, share links for an outside reader, and presence.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { articlePath } from '../../src/domain/permalink.js'
import { describe, expect, it } from 'vitest'
import type { Role } from '../../src/domain/roles.js'
import { systemActor } from '../../src/domain/roles.js'
import { body } from './editor-support.js'
import { checkScreen, signInThroughApi, useNewsroom } from './support.js'

const newsroom = useNewsroom()
const system = systemActor('test')
const doc = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
})
const hostileHeadline = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & "q"'
const hostileBody = '<img src=x onerror=alert(3)> <a href=javascript:alert(4)>here</a>'

/** A story with the editor's byline (a story needs one to be published). */
async function story(headline: string, text: string, publish = false) {
  const bylines = await newsroom.store.authors.list()
  const authors = bylines.filter((a) => a.name === 'Helen Park').map((a) => a.slug)
  const a = await newsroom.services.articles.create({
    actor: system,
    headline,
    body: doc(text),
    authors,
  })
  return publish ? newsroom.services.articles.publish({ actor: system, id: a.id }) : a
}

/** The editor open on a story, signed in as `role` in a context of its own. */
async function openEditor(
  role: Role,
  id: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newsroom.context()
  await signInThroughApi(context, role)
  const page = await context.newPage()
  await page.goto(`/newsroom/stories/${id}`)
  await page.locator('[data-save-state="saved"]').waitFor()
  return { context, page }
}

/** Opens a section of the side panel (History, Corrections and updates) by its title. */
async function openPanel(page: Page, title: string): Promise<void> {
  const panel = page.getByRole('complementary', { name: 'Story details' })
  await panel.locator('summary').filter({ hasText: title }).click()
}

/** Records the dialogs a page opens: any would mean a script ran. */
function dialogsOf(page: Page): string[] {
  const seen: string[] = []
  page.on('dialog', (dialog) => {
    seen.push(dialog.message())
    void dialog.dismiss()
  })
  return seen
}

const publicPage = async (id: string) =>
  articlePath(
    await newsroom.services.articles.get({ actor: system, id }),
    await newsroom.services.settings.get(),
  )

describe('story tools in the editor', () => {
  it('compares two revisions word by word and restores the older one', async () => {
    const a = await story('Council approves budget', 'The council approved the budget on Monday.')
    const second = await newsroom.services.articles.save({
      actor: system,
      id: a.id,
      revision: 1,
      changes: { headline: 'Council rejects budget', body: doc('The council rejected it.') },
    })
    await newsroom.services.articles.save({
      actor: system,
      id: a.id,
      revision: second.revision,
      changes: { body: doc('The council rejected the budget on Tuesday.') },
    })
    const { page } = await openEditor('editor', a.id)
    await openPanel(page, 'History')
    const revisions = page.getByRole('list', { name: 'Revisions, newest first' })
    // The history is fetched when its section opens.
    await revisions.getByRole('listitem').nth(2).waitFor()
    expect(await revisions.getByRole('listitem').count()).toBe(3)
    await page.getByLabel('Older revision').selectOption('1')
    await page.getByLabel('Newer revision').selectOption('3')
    const changes = page.getByRole('region', { name: 'Changes from revision 1 to 3' })
    await changes.waitFor()
    expect(await changes.locator('del').allTextContents()).toEqual(
      expect.arrayContaining(['[removed: approves]', '[removed: approved]']),
    )
    expect(await changes.locator('ins').allTextContents()).toEqual(
      expect.arrayContaining(['[added: rejects]', '[added: rejected]']),
    )
    await changes.scrollIntoViewIfNeeded()
    await checkScreen(page, 'tools-history')

    await revisions.getByRole('button', { name: 'Restore revision 1' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Restore revision 1?' })
    await confirm.waitFor()
    await checkScreen(page, 'tools-restore-confirm')
    await confirm.getByRole('button', { name: 'Restore' }).click()
    // The editor shows the restored story at once: headline, body and the history's new entry.
    await page.getByRole('heading', { name: 'Council approves budget', level: 1 }).waitFor()
    await body(page).getByText('approved the budget on Monday').waitFor()
    await revisions.getByText('Revision 4').waitFor()
    const restored = await newsroom.services.articles.get({ actor: system, id: a.id })
    expect(restored).toMatchObject({ revision: 4, headline: 'Council approves budget' })
  })

  it('adds a correction, rewords it and withdraws it, as readers see on the public page', async () => {
    const a = await story('Ferry timetable changes', 'Ferries leave every hour.', true)
    const { page } = await openEditor('editor', a.id)
    await openPanel(page, 'Corrections and updates')
    await page.getByRole('button', { name: 'Corrections', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Corrections and updates' })
    await dialog.getByText('This story has no corrections or updates.').waitFor()
    await dialog.getByLabel('Kind').selectOption({ label: 'Update' })
    await dialog.getByLabel('Text shown on the story').fill('Ferries now leave every 40 minutes.')
    await checkScreen(page, 'tools-corrections')
    await dialog.getByRole('button', { name: 'Add update' }).click()
    const list = dialog.getByRole('list', { name: 'Corrections and updates' })
    await list.getByText('Ferries now leave every 40 minutes.').waitFor()

    const reader = await (await newsroom.context()).newPage()
    await reader.goto(await publicPage(a.id))
    const notes = reader.getByRole('region', { name: 'Corrections and updates' })
    await notes.getByText('Ferries now leave every 40 minutes.').waitFor()

    await list.getByRole('button', { name: 'Edit update' }).click()
    await dialog.getByLabel('Corrected text').fill('Ferries now leave every 45 minutes.')
    await dialog.getByRole('button', { name: 'Save text' }).click()
    await list.getByText('Ferries now leave every 45 minutes.').waitFor()
    await reader.reload()
    await notes.getByText('Ferries now leave every 45 minutes.').waitFor()
    expect(await notes.getByText(/Wording until .*every 40 minutes/).count()).toBe(1)

    await list.getByRole('button', { name: 'Withdraw update' }).click()
    await dialog.getByLabel('Why it is withdrawn').fill('The old timetable stays until May.')
    await dialog.getByRole('button', { name: 'Withdraw', exact: true }).click()
    await list.getByText(/withdrawn: The old timetable stays until May/).waitFor()
    await reader.reload()
    await notes.getByText('The old timetable stays until May.', { exact: false }).waitFor()
    expect(await notes.locator('del').textContent()).toBe('Ferries now leave every 45 minutes.')
  })

  it('previews unsaved hostile edits as text, on the site’s page, running no script', async () => {
    const a = await story('A calm saved headline', 'Saved words.')
    const { context, page } = await openEditor('editor', a.id)
    // Saves fail from here on, so what the preview shows exists only in the editor.
    await context.route(`**/api/v1/articles/${a.id}`, (route) =>
      route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.fallback(),
    )
    const editorDialogs = dialogsOf(page)
    await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(hostileHeadline)
    await body(page).click()
    await page.keyboard.press('End')
    await page.keyboard.type(` ${hostileBody}`)
    // At once, as a person would: the last words typed are in the preview all the same.
    const [preview] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Preview', exact: true }).click(),
    ])
    const previewDialogs = dialogsOf(preview)
    await preview.waitForURL(/^blob:/)
    await preview.waitForLoadState('load')
    await preview.getByRole('heading', { level: 1 }).waitFor()
    expect(await preview.getByRole('heading', { level: 1 }).textContent()).toBe(hostileHeadline)
    await preview.getByText(hostileBody, { exact: false }).waitFor()
    const shown = await preview.evaluate(() => ({
      scripts: [...document.scripts].filter((s) => s.type !== 'application/ld+json').length,
      images: document.querySelectorAll('img[src="x"]').length,
      robots: document.querySelector('meta[name="robots"]')?.getAttribute('content'),
      styled: [...document.styleSheets].some((s) => s.cssRules.length > 0),
      javascriptLinks: [...document.links].filter((l) => l.protocol === 'javascript:').length,
    }))
    expect(shown).toEqual({
      scripts: 0,
      images: 0,
      robots: 'noindex',
      styled: true,
      javascriptLinks: 0,
    })
    expect([...editorDialogs, ...previewDialogs]).toEqual([])
    await checkScreen(preview, 'tools-preview')
    expect((await newsroom.services.articles.get({ actor: system, id: a.id })).headline).toBe(
      'A calm saved headline',
    )
  })

  it('shares a story with an outside reader until the link is revoked, then 404', async () => {
    const a = await story('Harbour plan: the draft', 'What the council will vote on.')
    const { page } = await openEditor('editor', a.id)
    await page.getByRole('button', { name: 'Share link…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Share the story before it is published' })
    await dialog.getByRole('button', { name: 'Create a 24-hour link' }).click()
    const field = dialog.getByLabel(/New link/)
    await field.waitFor()
    const url = await field.inputValue()
    expect(url).toMatch(/\/preview\/[A-Za-z0-9_-]{40,}$/)
    const working = dialog.getByRole('list', { name: 'Working share links' })
    await working.getByRole('listitem').waitFor()
    await checkScreen(page, 'tools-share-links')

    // Someone outside the newsroom: a fresh browser context, never signed in.
    const outsider = await (await newsroom.context()).newPage()
    const seen = dialogsOf(outsider)
    const opened = await outsider.goto(url)
    expect(opened?.status()).toBe(200)
    expect(opened?.headers()['x-robots-tag']).toContain('noindex')
    await outsider.getByRole('heading', { name: 'Harbour plan: the draft', level: 1 }).waitFor()
    expect(seen).toEqual([])

    await working.getByRole('button', { name: /^Revoke/ }).click()
    await dialog.getByText('No working links.').waitFor()
    const gone = await outsider.goto(url)
    expect(gone?.status()).toBe(404)
    await outsider.getByRole('heading', { name: 'Page not found' }).waitFor()
  })

  it('tells an editor who else has the story open', async () => {
    const a = await story('Harbour plan', 'Draft.')
    await openEditor('admin', a.id)
    // The admin's first heartbeat is in before the editor opens the story.
    await expect
      .poll(async () => (await newsroom.store.presence.listSeenSince(a.id, '2000')).length)
      .toBe(1)
    const { page } = await openEditor('editor', a.id)
    const badge = page.getByRole('status').filter({ hasText: 'also editing' })
    await badge.waitFor()
    expect(await badge.textContent()).toMatch(
      /^Sam Whitfield is also editing \(since \d{1,2}:\d{2}/,
    )
    await checkScreen(page, 'tools-presence')
  })
})
