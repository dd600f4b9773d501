/**
 * The newsroom's main path in real Chromium on the production bundle: a contributor writes a story
 * with a quote and a photo from disk, submits it; an editor in another browser context publishes
 * it; it is on the site, first in /rss.xml and in the news sitemap.
 */
import { XMLParser } from 'fast-xml-parser'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'
import {
  body,
  checkEditor,
  photoOnDisk,
  readArticle,
  storyId,
  waitSaved,
} from './editor-support.js'
import { checkScreen, signInThroughApi, useNewsroom } from './support.js'

const headline = 'Harbour ferry returns after its winter repairs'

describe('editor: write, submit, publish', () => {
  const newsroom = useNewsroom()

  it('a contributor writes and submits; an editor publishes; the story is on the site, in RSS and in the sitemap', async () => {
    const page = await newsroom.pageAs('contributor', '/stories/new')
    await body(page).waitFor()
    await checkEditor(page, 'editor-new')
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0)

    await page.getByLabel('Headline', { exact: true }).fill(headline)
    await body(page).click()
    await page.keyboard.type('The ferry resumed its crossings on Monday morning.')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Quote' }).click()
    await page.keyboard.type('We missed the boat more than we expected.')
    await page.getByLabel('Speaker').fill('Ana Ruiz')
    await page.getByLabel('Role', { exact: true }).fill('commuter')
    const id = await storyId(page)

    await page.getByLabel('Upload a photo').setInputFiles(await photoOnDisk())
    const credit = page.getByLabel('Photo credit')
    await credit.waitFor({ timeout: 20_000 })
    await credit.fill('Ana Ruiz / Harbour News')
    await page.getByLabel('Alt text').fill('The ferry at the quay')
    await waitSaved(page)
    await checkEditor(page, 'editor-story')

    const saved = await readArticle(page.context(), id)
    // A new story starts under the writer's own byline, and later saves keep it.
    expect(saved.authors.map((a) => a.name)).toEqual(['Nadia Okafor'])
    await page.getByRole('list', { name: 'Bylines in order' }).getByText('Nadia Okafor').waitFor()
    expect(saved.body.content).toEqual([
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'The ferry resumed its crossings on Monday morning.' }],
      },
      {
        type: 'blockquote',
        attrs: { speaker: 'Ana Ruiz', role: 'commuter' },
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'We missed the boat more than we expected.' }],
          },
        ],
      },
      {
        type: 'figure',
        attrs: expect.objectContaining({
          credit: 'Ana Ruiz / Harbour News',
          alt: 'The ferry at the quay',
        }),
      },
    ])

    await page.getByRole('button', { name: 'Submit for review' }).click()
    await page.locator('.status-badge', { hasText: 'In review' }).waitFor()

    // The editor, in a browser of their own.
    const context = await newsroom.context()
    await signInThroughApi(context, 'editor')
    const desk = await context.newPage()
    await desk.goto(`/newsroom/stories/${id}`)
    await body(desk).waitFor()
    const byline = desk.getByRole('combobox', { name: 'Add a byline' })
    await byline.fill('Coastal Press')
    await byline.press('Enter') // picks the highlighted match
    await desk
      .getByRole('list', { name: 'Bylines in order' })
      .getByText('Coastal Press Agency')
      .waitFor()
    await waitSaved(desk)
    await desk.getByRole('button', { name: 'Publish' }).click()
    // Publishing asks first, naming the story and the address it goes live at.
    const confirm = desk.getByRole('alertdialog', { name: 'Publish this story?' })
    await confirm.waitFor()
    const asked = await confirm.innerText()
    await checkScreen(desk, 'editor-publish-confirm')
    expect(asked).toContain(headline)
    await confirm.getByRole('button', { name: 'Publish now' }).click()
    await desk.locator('.status-badge', { hasText: 'Published' }).waitFor()

    const published = await readArticle(context, id)
    expect(published.status).toBe('published')
    expect(asked).toContain(published.url ?? 'no url')
    const path = new URL(published.url ?? '').pathname
    const site = await context.request.get(path)
    expect(site.status()).toBe(200)
    const html = await site.text()
    expect(html).toContain(headline)
    expect(html).toContain('We missed the boat more than we expected.')
    expect(html).toContain('Ana Ruiz / Harbour News')

    const rss = await new Parser().parseString(await (await context.request.get('/rss.xml')).text())
    expect(rss.items[0]?.title).toBe(headline)

    const sitemap = new XMLParser().parse(
      await (await context.request.get('/sitemap-news.xml')).text(),
    ) as {
      urlset: { url: { loc: string } | { loc: string }[] }
    }
    const urls = [sitemap.urlset.url].flat().map((u) => new URL(u.loc).pathname)
    expect(urls).toContain(path)
  })
})
