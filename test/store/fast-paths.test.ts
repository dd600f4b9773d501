import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from '../../src/store/index.js'
import { hasFastReads } from '../../src/store/fast/queries.js'
import { createStore } from '../../src/store/index.js'
import { useTestDatabase } from '../support/database.js'
import type { SiteContent } from '../support/site-content.js'
import { seedSite } from '../support/site-content.js'

// The store's fast-path equivalence test (docs/performance.md): the same database read through a
// store with the fast paths (kept statements and rows named from arrays, reusable queries compiled
// once and run outside Kysely's driver) and through plain Kysely gives the same rows, value for
// value and key for key, inside a transaction and out.
describe('the store with and without its fast paths', () => {
  const db = useTestDatabase()
  let content: SiteContent
  let fast: Store
  let plain: Store

  beforeAll(async () => {
    content = await seedSite(db)
    fast = createStore(db.database, { fastPaths: true })
    plain = createStore(db.database, { fastPaths: false })
  })
  afterAll(async () => {
    await fast?.close()
    await plain?.close()
  })

  /** Each read, run on one store's repositories. */
  const reads = (repos: Omit<Store, 'transaction'>) => {
    const stories = [content.feature, content.hostileStory, ...content.filler.slice(0, 5)]
    const ids = stories.map((a) => a.id)
    const filters = [
      { statuses: ['published' as const], sectionId: content.news.id },
      { statuses: ['published' as const], sectionId: content.courts.id },
      { statuses: ['published' as const], authorId: content.reporter.id },
      { statuses: ['published' as const] },
    ]
    return {
      byId: () => Promise.all(ids.map((id) => repos.articles.findById(id))),
      bySlug: () => Promise.all(stories.map((a) => repos.articles.findBySlug(a.slug))),
      stories: () => Promise.all(ids.map((id) => repos.articles.findStory('id', id))),
      many: () => repos.articles.findManyByIds(ids),
      cards: () => repos.articles.findCardsByIds(ids),
      lists: () => Promise.all(filters.map((f) => repos.articles.list(f, 5, null))),
      listCards: () => Promise.all(filters.map((f) => repos.articles.listCards(f, 10, null))),
      corrections: () => repos.corrections.listForArticles(ids),
      media: () => repos.media.findManyByIds([content.photo.id, 'no-such-media']),
    }
  }

  it('runs the fast paths on one store only', () => {
    expect(hasFastReads(fast.db)).toBe(true)
    expect(hasFastReads(plain.db)).toBe(false)
  })

  it('reads the same articles, cards, lists, corrections and media', async () => {
    const ours = reads(fast)
    const theirs = reads(plain)
    for (const name of Object.keys(ours) as (keyof typeof ours)[]) {
      // Twice: a statement is kept (and a query compiled) the first time and reused the second.
      for (const round of [1, 2]) {
        const [a, b] = [await ours[name](), await theirs[name]()]
        expect(a, `${name}, round ${round}`).toStrictEqual(b)
        expect(JSON.stringify(a), `${name} key order`).toBe(JSON.stringify(b))
      }
    }
  })

  it('reads the same rows inside a transaction, where the fast path waits for the driver', async () => {
    const inside = (store: Store) =>
      store.transaction(async (tx) => [
        await tx.articles.findStory('id', content.feature.id),
        await tx.articles.findCardsByIds([content.feature.id, content.gone.id]),
      ])
    expect(await inside(fast)).toStrictEqual(await inside(plain))
  })

  it('gives every column of every table the same name, type and value', async () => {
    for (const table of [
      'articles',
      'media',
      'sections',
      'authors',
      'corrections',
      'article_feed',
    ]) {
      const query = sql`SELECT * FROM ${sql.table(table)} ORDER BY 1`
      const [a, b] = [await query.execute(fast.db), await query.execute(plain.db)]
      expect(a.rows.length, table).toBeGreaterThan(0)
      expect(a.rows, table).toStrictEqual(b.rows)
    }
  })
})
