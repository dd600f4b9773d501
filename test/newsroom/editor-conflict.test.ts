/**
 * Two browsers edit one story. The second save meets a 409: the conflict dialog shows both
 * versions and their word diff, and both texts can be recovered (the one not kept stays in the
 * browser's IndexedDB and is listed under Kept versions). Runs on SQLite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OwnServer } from './editor-support.js'
import {
  body,
  contextAs,
  copyTemplate,
  createDraft,
  freshPostgres,
  ownBrowser,
  readArticle,
  startServer,
  waitSaved,
} from './editor-support.js'

for (const database of ['sqlite', 'postgres'] as const) {
  describe(`editor conflicts (${database})`, () => {
    let server: OwnServer | undefined
    let browser: Awaited<ReturnType<typeof ownBrowser>> | undefined
    const cleanups: (() => unknown)[] = []
    let skip = ''

    beforeAll(async () => {
      const { dir, cleanup } = copyTemplate()
      cleanups.push(cleanup)
      let url: string | undefined
      if (database === 'postgres') {
        const pgDb = await freshPostgres()
        if (pgDb === null) {
          skip = 'PostgreSQL is not reachable'
          return
        }
        cleanups.push(pgDb.drop)
        url = pgDb.url
      }
      server = await startServer(dir, 0, url)
      browser = await ownBrowser()
    })
    afterAll(async () => {
      await browser?.close()
      await server?.stop()
      for (const c of cleanups.reverse()) await c()
    })

    it('shows both versions with their diff, and neither is lost', async (ctx) => {
      if (skip !== '') ctx.skip(skip)
      const url = server!.url
      const first = await contextAs(browser!, url, 'editor')
      const second = await contextAs(browser!, url, 'admin')
      const id = await createDraft(first, 'Bridge vote delayed', 'The council met.')

      const a = await first.newPage()
      const b = await second.newPage()
      await a.goto(`/newsroom/stories/${id}`)
      await b.goto(`/newsroom/stories/${id}`)
      await body(a).waitFor()
      await body(b).waitFor()

      await body(a).click()
      await a.keyboard.press('End')
      await a.keyboard.type(' Alpha wrote this sentence.')
      await waitSaved(a)

      await body(b).click()
      await b.keyboard.press('End')
      await b.keyboard.type(' Beta wrote another one.')
      const dialog = b.getByRole('alertdialog', { name: 'Someone else saved this story' })
      await dialog.waitFor({ timeout: 15_000 })
      expect(await dialog.getByLabel('Your version').inputValue()).toContain(
        'Beta wrote another one.',
      )
      expect(await dialog.getByLabel('Their version').inputValue()).toContain(
        'Alpha wrote this sentence.',
      )
      expect(await dialog.locator('ins').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('Beta')]),
      )
      expect(await dialog.locator('del').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('Alpha')]),
      )

      await dialog.getByRole('button', { name: 'Keep mine' }).click()
      await waitSaved(b)
      const saved = await readArticle(second, id)
      expect(JSON.stringify(saved.body)).toContain('Beta wrote another one.')

      // Theirs is not gone: it is kept in this browser and listed to copy from.
      const kept = b.getByRole('textbox', { name: /^Their version/ })
      expect(await kept.inputValue()).toContain('Alpha wrote this sentence.')
      await a.close()
      await b.close()
      await first.close()
      await second.close()
    })
  })
}
