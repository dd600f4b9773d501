import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../src/domain/article.js'
import { searchJoin } from '../../src/store/dialects/sqlite.js'
import { highlightEnd, highlightStart } from '../../src/store/index.js'
import { useTestDatabase } from '../support/database.js'
import { doc, make, systemTestActor as system } from '../support/make.js'

describe('full-text search', () => {
  const db = useTestDatabase()
  let inHeadline: Article
  let inBody: Article
  let draft: Article
  let childSection: Article

  beforeAll(async () => {
    await make.section(db, { slug: 'news', name: 'News' })
    await make.section(db, { slug: 'courts', name: 'Courts', parent: 'news' })
    const reporter = await make.author(db, { slug: 'ada-reporter' })
    inBody = await make.article(db, {
      status: 'published',
      headline: 'Council meets on Tuesday',
      body: doc(
        'Councillors also discussed the lighthouse restoration budget at length.',
        'Other business followed.',
      ),
      sections: ['news'],
    })
    inHeadline = await make.article(db, {
      status: 'published',
      headline: 'Lighthouse restoration begins',
      dek: 'Scaffolding goes up on the lighthouse.',
      body: doc('Work starts in spring.'),
      authors: [reporter.slug],
    })
    childSection = await make.article(db, {
      status: 'published',
      headline: 'Trial of lighthouse vandals opens',
      body: doc('The court heard evidence.'),
      sections: ['courts'],
    })
    draft = await make.article(db, {
      headline: 'Secret lighthouse plans',
      body: doc('Not yet public.'),
    })
  })

  it('ranks a headline match above a body match and hides drafts', async () => {
    const results = await db.services.articles.search({ actor: null, q: 'lighthouse' })
    const ids = results.items.map((r) => r.article.id)
    expect(ids).toContain(inBody.id)
    expect(ids).not.toContain(draft.id)
    expect(ids.indexOf(inHeadline.id)).toBeLessThan(ids.indexOf(inBody.id))
    expect(results.total).toBe(3)
  })

  it('returns snippets with the matched words marked', async () => {
    const results = await db.services.articles.search({ actor: null, q: 'restoration budget' })
    expect(results.items[0]?.article.id).toBe(inBody.id)
    const snippet = results.items[0]?.snippet ?? ''
    expect(snippet).toContain(`${highlightStart}budget${highlightEnd}`)
  })

  it('takes a snippet from the standfirst or body, never the headline shown above it', async () => {
    // "begins" is only in the headline of the story whose standfirst mentions scaffolding.
    const results = await db.services.articles.search({ actor: null, q: 'begins' })
    expect(results.items.map((r) => r.article.id)).toEqual([inHeadline.id])
    const snippet = results.items[0]?.snippet ?? ''
    expect(snippet).toContain('Scaffolding goes up')
    expect(snippet).not.toContain('restoration begins')
    expect(snippet).not.toContain(highlightStart)
    // A match in the standfirst is marked there.
    const inDek = await db.services.articles.search({ actor: null, q: 'scaffolding' })
    expect(inDek.items[0]?.snippet).toContain(`${highlightStart}Scaffolding${highlightEnd}`)
  })

  it('stems words and matches prefixes of the last word', async () => {
    expect(
      (await db.services.articles.search({ actor: null, q: 'restored' })).items.map(
        (r) => r.article.id,
      ),
    ).toContain(inHeadline.id)
    expect((await db.services.articles.search({ actor: null, q: 'lightho' })).total).toBe(3)
  })

  it('filters by section (with its sub-sections) and by author', async () => {
    const inNews = await db.services.articles.search({
      actor: null,
      q: 'lighthouse',
      section: 'news',
    })
    expect(inNews.items.map((r) => r.article.id).sort()).toEqual(
      [inBody.id, childSection.id].sort(),
    )
    const byAuthor = await db.services.articles.search({
      actor: null,
      q: 'lighthouse',
      author: 'ada-reporter',
    })
    expect(byAuthor.items.map((r) => r.article.id)).toEqual([inHeadline.id])
    expect(
      (await db.services.articles.search({ actor: null, q: 'lighthouse', section: 'no-such' }))
        .total,
    ).toBe(0)
  })

  it('treats operators and punctuation in queries as plain words', async () => {
    for (const q of [
      '"lighthouse',
      'lighthouse OR',
      'NEAR(light house)',
      '*',
      '-- ; DROP TABLE articles',
      "lighthouse' AND 1=1",
    ]) {
      await expect(db.services.articles.search({ actor: null, q })).resolves.toBeDefined()
    }
    expect((await db.services.articles.search({ actor: null, q: '   ' })).total).toBe(0)
  })

  it('lets the newsroom find drafts, and follows edits and unpublishing', async () => {
    const editor = await make.user(db, 'editor')
    expect(
      (
        await db.services.articles.search({ actor: editor, q: 'secret', includeUnpublished: true })
      ).items.map((r) => r.article.id),
    ).toEqual([draft.id])
    const saved = await db.services.articles.save({
      actor: system,
      id: inHeadline.id,
      revision: inHeadline.revision,
      changes: { headline: 'Beacon restoration begins' },
    })
    expect(
      (await db.services.articles.search({ actor: null, q: 'beacon' })).items.map(
        (r) => r.article.id,
      ),
    ).toEqual([saved.id])
    await db.services.articles.unpublish({ actor: system, id: saved.id })
    expect((await db.services.articles.search({ actor: null, q: 'beacon' })).total).toBe(0)
  })
})

describe('counting broad searches', () => {
  const db = useTestDatabase()
  it('counts matches only up to a cap, and says when there are more', async () => {
    for (const headline of ['Ferry one', 'Ferry two', 'Ferry three', 'Ferry four'])
      await make.article(db, { status: 'published', headline, body: doc('On the ferry.') })
    const capped = await db.store.search('ferry', {}, 2, 0, 2)
    expect(capped.hits).toHaveLength(2)
    expect(capped.total).toBe(3) // the cap plus one: "more than two"
    expect((await db.store.search('ferry', {}, 2, 0, 10)).total).toBe(4)
    const results = await db.services.articles.search({ actor: null, q: 'ferry' })
    expect(results).toMatchObject({ total: 4, moreThanTotal: false })
  })
})

describe('ranking past hidden matches', () => {
  const db = useTestDatabase()
  it('finds weaker published matches behind many stronger drafts, and pages without gaps', async () => {
    // More drafts than the first ranked window holds, each a far stronger match than any story.
    for (let i = 0; i < 80; i++)
      await make.article(db, {
        headline: `Zephyr zephyr draft ${i}`,
        dek: 'Zephyr zephyr zephyr.',
        body: doc('Zephyr zephyr zephyr zephyr.'),
      })
    const published: Article[] = []
    for (let i = 0; i < 23; i++)
      published.push(
        await make.article(db, {
          status: 'published',
          headline: `Weather notes ${i}`,
          body: doc(`A light zephyr${' and more words'.repeat(i)}.`),
        }),
      )
    const all = await db.services.articles.search({ actor: null, q: 'zephyr', perPage: 50 })
    expect(all.total).toBe(23)
    expect(all.items.map((r) => r.article.id).sort()).toEqual(published.map((a) => a.id).sort())
    const ranks = all.items.map((r) => r.rank)
    expect(ranks).toEqual([...ranks].sort((x, y) => y - x))
    for (const item of all.items)
      expect(item.snippet).toContain(`${highlightStart}zephyr${highlightEnd}`)
    const paged: string[] = []
    for (let page = 1; page <= 3; page++)
      paged.push(
        ...(
          await db.services.articles.search({ actor: null, q: 'zephyr', perPage: 10, page })
        ).items.map((r) => r.article.id),
      )
    expect(paged).toEqual(all.items.map((r) => r.article.id))
    const editor = await make.user(db, 'editor')
    const newsroom = await db.services.articles.search({
      actor: editor,
      q: 'zephyr',
      includeUnpublished: true,
      perPage: 5,
    })
    expect(newsroom.items.every((r) => r.article.headline.startsWith('Zephyr'))).toBe(true)
  })
})

describe.runIf(process.env.MASTHEAD_TEST_DB !== 'postgres')('search plan on SQLite', () => {
  const db = useTestDatabase()
  it('filters matches by status and date from an index, never from the long article rows', async () => {
    const rows = await sql
      .raw<{ detail: string }>(
        `EXPLAIN QUERY PLAN SELECT a.id FROM ${searchJoin} WHERE articles_fts MATCH 'x'
         AND a.status IN ('published') ORDER BY a.published_at DESC LIMIT 10`,
      )
      .execute(db.store.db)
    const text = rows.rows.map((r) => r.detail).join('\n')
    expect(text).toMatch(/^SCAN articles_fts VIRTUAL TABLE/)
    expect(text).toMatch(/SEARCH a USING COVERING INDEX articles_search_lookup_idx \(id=\?/)
  })
})
