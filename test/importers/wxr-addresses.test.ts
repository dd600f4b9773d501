import { describe, expect, it } from 'vitest'
import { articlePath } from '../../src/domain/permalink.js'
import { systemActor } from '../../src/domain/roles.js'
import { importWxr } from '../../src/importers/wxr/import-wxr.js'
import { useTestDatabase } from '../support/database.js'
import { testApp } from '../support/web.js'
import { fixture } from './fixtures.js'

const actor = systemActor('test')

describe('old WordPress addresses after an import', () => {
  const db = useTestDatabase()

  it('answers 301 from ?p=, ?page_id=, old tag, category and author addresses, with or without a trailing slash', async () => {
    await importWxr(db.services, actor, fixture('wxr-edge-cases', 'wxr-edge-cases.xml'))
    await importWxr(db.services, actor, fixture('wordpress', 'wxr-small.xml'))
    const settings = await db.services.settings.get()
    const path = async (slug: string): Promise<string> =>
      articlePath((await db.store.articles.findBySlug(slug))!, settings)
    const trade = await path('trade-tariffs-what-the-new-duties-mean')
    const sahrania = await path('sahrania-expands-fuel-tax-as-teachers-protest')
    const korean = (await db.store.tags.list(100)).find((t) => t.name === '비트코인')!
    const news = (await db.store.sections.list()).find((s) => s.name === '新闻')!
    const app = await testApp(db)
    try {
      const cases: [string, string][] = [
        ['/?p=102', trade],
        ['/?page_id=106', '/about/'],
        ['/tag/%eb%b9%84%ed%8a%b8%ec%bd%94%ec%9d%b8/', `/tag/${korean.slug}/`],
        ['/tag/%EB%B9%84%ED%8A%B8%EC%BD%94%EC%9D%B8/', `/tag/${korean.slug}/`],
        ['/tag/%eb%b9%84%ed%8a%b8%ec%bd%94%ec%9d%b8', `/tag/${korean.slug}/`],
        ['/category/%e6%96%b0%e9%97%bb/', `/section/${news.slug}/`],
        ['/2025/11/01/sahrania-expands-fuel-tax-as-teachers-protest', sahrania],
      ]
      for (const [from, to] of cases) {
        const res = await app.inject({ method: 'GET', url: from })
        expect([from, res.statusCode, res.headers.location]).toEqual([from, 301, to])
      }
    } finally {
      await app.close()
    }
  })
})
