import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { useTestDatabase } from '../support/database.js'
import { fixture } from '../support/fixtures.js'
import { make } from '../support/make.js'
import { testApp } from '../support/web.js'
import { runCli } from './run-cli.js'

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 })

/**
 * A second process (the built CLI) writes to the SQLite database a running server holds: the
 * server notices the foreign write and drops what it cached, instead of serving the old home
 * page, feed, API list and sitemap index for minutes. (PostgreSQL tells other processes through
 * LISTEN/NOTIFY: see test/store/notifications.test.ts.)
 */
describe.runIf(process.env.MASTHEAD_TEST_DB !== 'postgres')(
  'a CLI import into the database a server holds',
  () => {
    const db = useTestDatabase()
    let app: FastifyInstance | undefined
    beforeAll(async () => {
      app = await testApp(db)
      await app.ready()
    })
    afterAll(async () => {
      await app?.close()
    })

    const get = async (url: string) => {
      if (app === undefined) throw new Error('no app')
      return app.inject(url)
    }

    it('is seen by the home page, RSS, the API and the sitemap index at once', async () => {
      await make.article(db, { status: 'published', headline: 'Before the import' })
      const urls = ['/', '/rss.xml', '/api/v1/articles', '/sitemap.xml']
      const before = new Map<string, string>()
      for (const url of urls) {
        const first = await get(url)
        expect(first.statusCode, url).toBe(200)
        const again = await get(url)
        expect(again.headers['x-cache'], url).toBe('hit')
        before.set(url, again.body)
      }

      const file = db.database.kind === 'sqlite' ? db.database.file : ''
      const result = await runCli(['import', 'wxr', fixture('wordpress', 'wxr-small.xml')], {
        MASTHEAD_DATA_DIR: db.dataDir,
        DATABASE_URL: `sqlite:${file}`,
      })
      expect(result.code, result.stderr).toBe(0)

      // Noticed within a fraction of a second; bounded by a count of polls, not a deadline.
      const changed = new Map<string, boolean>()
      for (let poll = 0; poll < 100 && changed.size < urls.length; poll += 1) {
        for (const url of urls)
          if (!changed.has(url) && (await get(url)).body !== before.get(url)) changed.set(url, true)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      expect([...changed.keys()].sort()).toEqual([...urls].sort())
      const home = await get('/')
      expect(home.body).toContain('Before the import')
      const sitemap = await get('/sitemap.xml')
      expect(sitemap.body).toContain('articles-2025-11.xml')
    })
  },
)
