import { CompiledQuery, sql } from 'kysely'
import { generalListQuery } from '../../src/store/article-lists.js'
import { lastPublishedQuery, monthlyCountsQuery } from '../../src/store/sitemap-reads.js'
import { describe, expect, it } from 'vitest'
import { useTestDatabase } from '../support/database.js'
import { make, systemTestActor } from '../support/make.js'

describe('article lists', () => {
  const db = useTestDatabase()

  it('pages newest first by keyset, with ties broken by id, visiting every story once', async () => {
    await make.section(db, { slug: 'sport', name: 'Sport' })
    await make.section(db, { slug: 'rowing', name: 'Rowing', parent: 'sport' })
    const ids: string[] = []
    for (let i = 0; i < 7; i += 1) {
      if (i !== 3) db.clock.advance(60_000) // two stories share one publication instant
      ids.push(
        (
          await make.article(db, {
            status: 'published',
            sections: [i % 2 === 0 ? 'sport' : 'rowing'],
          })
        ).id,
      )
    }
    await make.article(db, { sections: ['sport'] }) // a draft never shows
    const seen: string[] = []
    let cursor = null
    do {
      const page = await db.services.articles.list({
        actor: null,
        section: 'sport',
        limit: 3,
        cursor,
      })
      seen.push(...page.items.map((a) => a.id))
      cursor = page.next
    } while (cursor !== null)
    expect(seen).toHaveLength(7)
    expect(new Set(seen)).toEqual(new Set(ids))
    const times = (await db.store.articles.findManyByIds(seen)).map((a) => a.publishedAt ?? '')
    expect([...times].sort().reverse()).toEqual(times)
  })

  it('shows anonymous readers published stories only, whatever status they ask for', async () => {
    const draft = await make.article(db)
    const page = await db.services.articles.list({ actor: null, status: 'draft' })
    expect(page.items).toEqual([])
    const editor = await make.user(db, 'editor')
    expect(
      (await db.services.articles.list({ actor: editor, status: 'draft' })).items.map((a) => a.id),
    ).toContain(draft.id)
    await expect(db.services.articles.get({ actor: null, id: draft.id })).rejects.toMatchObject({
      code: 'not-found',
    })
  })

  it('shows contributors only their own unpublished work', async () => {
    const contributor = await make.user(db, 'contributor')
    const mine = await make.article(db, { actor: contributor })
    await make.article(db)
    const page = await db.services.articles.list({ actor: contributor })
    expect(page.items.map((a) => a.id)).toEqual([mine.id])
  })
})

describe('cards', () => {
  const db = useTestDatabase()

  it('are the same stories, in the same pages, as whole articles, without bodies or tags', async () => {
    await make.section(db, { slug: 'arts', name: 'Arts' })
    const reporter = await make.author(db, { slug: 'card-reporter' })
    for (let i = 0; i < 5; i += 1) {
      db.clock.advance(60_000)
      await make.article(db, {
        status: 'published',
        sections: ['arts'],
        authors: [reporter.slug],
        tags: ['gallery'],
      })
    }
    const section = await db.store.sections.findBySlug('arts')
    const filter = { statuses: ['published' as const], sectionId: section?.id ?? '' }
    for (const general of [false, true]) {
      // The general (newsroom) path too: a filter with two lists has no news-flow key.
      const f = general ? { ...filter, authorId: reporter.id } : filter
      let cursor = null
      let pages = 0
      do {
        const whole = await db.store.articles.list(f, 2, cursor)
        const cards = await db.store.articles.listCards(f, 2, cursor)
        expect(cards.next).toEqual(whole.next)
        expect(cards.items).toEqual(
          whole.items.map(
            ({ body: _b, bodyText: _t, tags: _g, attributions: _a, sources: _s, ...card }) => card,
          ),
        )
        for (const card of cards.items) {
          expect(card).not.toHaveProperty('body')
          expect(card).not.toHaveProperty('tags')
          expect(card.authors.map((a) => a.slug)).toEqual([reporter.slug])
        }
        cursor = whole.next
        pages += 1
      } while (cursor !== null)
      expect(pages).toBe(3)
    }
  })
})

describe('the news flow behind public lists', () => {
  const db = useTestDatabase()

  it('follows section moves, unpublishing and section changes', async () => {
    await make.section(db, { slug: 'region', name: 'Region' })
    const towns = await make.section(db, { slug: 'towns', name: 'Towns' })
    const story = await make.article(db, { status: 'published', sections: ['towns'] })
    const inRegion = async () =>
      (await db.services.articles.list({ actor: null, section: 'region' })).items.map((a) => a.id)
    expect(await inRegion()).toEqual([])
    await db.services.taxonomy.saveSection({
      actor: systemTestActor,
      section: { parent: 'region' },
      id: towns.id,
    })
    expect(await inRegion()).toEqual([story.id])
    const moved = await db.services.articles.save({
      actor: systemTestActor,
      id: story.id,
      revision: story.revision,
      changes: { sections: [] },
    })
    expect(await inRegion()).toEqual([])
    await db.services.articles.save({
      actor: systemTestActor,
      id: story.id,
      revision: moved.revision,
      changes: { sections: ['towns'] },
    })
    expect(await inRegion()).toEqual([story.id])
    await db.services.articles.unpublish({ actor: systemTestActor, id: story.id })
    expect(await inRegion()).toEqual([])
    expect((await db.services.articles.list({ actor: null })).items.map((a) => a.id)).not.toContain(
      story.id,
    )
  })

  it('lists a published story under all, its sections and their ancestors, tags and authors', async () => {
    const top = await make.section(db, { slug: 'world', name: 'World' })
    const mid = await make.section(db, { slug: 'europe', name: 'Europe', parent: 'world' })
    const leaf = await make.section(db, { slug: 'east', name: 'East', parent: 'europe' })
    const other = await make.section(db, { slug: 'sport-2', name: 'Sport' })
    const [a1, a2] = [await make.author(db), await make.author(db)]
    const story = await make.article(db, {
      status: 'published',
      sections: ['east', 'europe', 'sport-2'],
      tags: ['Ferry', 'Harbour'],
      authors: [a1.slug, a2.slug],
    })
    const tagIds = story.tags.map((t) => `tag:${t.id}`)
    expect(await db.store.articles.feedKeys(story.id)).toEqual(
      [
        'all',
        ...[top, mid, leaf, other].map((s) => `section:${s.id}`),
        ...tagIds,
        `author:${a1.id}`,
        `author:${a2.id}`,
      ].sort(),
    )
    const page = await make.article(db, { status: 'published', kind: 'page', sections: ['east'] })
    const draft = await make.article(db, { sections: ['east'], tags: ['Ferry'] })
    expect(await db.store.articles.feedKeys(page.id)).toEqual([])
    expect(await db.store.articles.feedKeys(draft.id)).toEqual([])
  })

  it('reads every public list from one index range, without scanning the table', async () => {
    const text = await explain(
      db,
      `SELECT article_id, published_at FROM article_feed WHERE list_key = 'section:x' AND (published_at, article_id) < ('2026-01-01T00:00:00.000Z', 'z') ORDER BY published_at DESC, article_id DESC LIMIT 21`,
    )
    if (db.kind === 'sqlite') {
      expect(text).toMatch(/SEARCH article_feed USING (COVERING )?INDEX/)
      expect(text).not.toMatch(/SCAN article_feed|TEMP B-TREE/)
    } else {
      expect(text).toMatch(/Index (Only )?Scan Backward using article_feed_pk/)
      expect(text).not.toMatch(/Seq Scan|Sort/)
    }
  })

  it('reads one kind of story (the API kind=page) newest first from one index range', async () => {
    // The query the general list path runs for `kind=page` with the public status.
    const query = generalListQuery(
      db.store.db,
      { statuses: ['published'], kind: 'page' },
      undefined,
      null,
      21,
    )
    const text = await explain(db, query.compile())
    if (db.kind === 'sqlite') {
      expect(text).toMatch(/SEARCH a USING (COVERING )?INDEX articles_kind_status_published_idx/)
      expect(text).not.toMatch(/TEMP B-TREE/)
    } else {
      expect(text).toMatch(/Index (Only )?Scan Backward using articles_kind_status_published_idx/)
      expect(text).not.toMatch(/Seq Scan|Sort/)
    }
  })

  it('counts sitemap months from the sitemap index alone, and finds list dates by index seeks', async () => {
    for (const month of ['2026-01', '2026-02']) {
      db.clock.set(`${month}-10T09:00:00.000Z`)
      await make.article(db, { status: 'published', sections: ['east'] })
    }
    const months = await db.store.listings.monthlyCounts()
    expect(months.filter((m) => m.month === '2026-01' || m.month === '2026-02')).toEqual([
      { month: '2026-01', count: 1, lastmod: '2026-01-10T09:00:00.000Z' },
      { month: '2026-02', count: 1, lastmod: '2026-02-10T09:00:00.000Z' },
    ])
    const monthly = await explain(db, monthlyCountsQuery({ name: db.kind }).compile(db.store.db))
    expect(monthly).toMatch(
      db.kind === 'sqlite'
        ? /(?:SCAN|SEARCH) articles USING COVERING INDEX articles_sitemap_idx/
        : /Index Only Scan using articles_sitemap_idx/,
    )
    for (const link of ['sections', 'authors'] as const) {
      const seeks = await explain(db, lastPublishedQuery(link).compile(db.store.db))
      if (db.kind === 'sqlite')
        expect(seeks).toMatch(/SEARCH f USING COVERING INDEX \S+ \(list_key=\?\)/)
      else expect(seeks).toMatch(/Index Only Scan Backward using article_feed_pk on article_feed f/)
    }
  })
})

/** The query plan of a query (text, or compiled with its parameters) on the test database. */
async function explain(
  db: ReturnType<typeof useTestDatabase>,
  query: string | CompiledQuery,
): Promise<string> {
  const { sql: text, parameters } =
    typeof query === 'string' ? { sql: query, parameters: [] } : query
  if (db.kind === 'sqlite') {
    const rows = await db.store.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`EXPLAIN QUERY PLAN ${text}`, [...parameters]),
    )
    return rows.rows.map((r) => r.detail).join('\n')
  }
  // Tiny test tables make any plan cheap; forbid sequential scans to see whether an index serves it.
  return db.store.db.transaction().execute(async (trx) => {
    await sql`SET LOCAL enable_seqscan = off`.execute(trx)
    const rows = await trx.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`EXPLAIN ${text}`, [...parameters]),
    )
    return rows.rows.map((r) => r['QUERY PLAN']).join('\n')
  })
}
