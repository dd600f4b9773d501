import { describe, expect, it } from 'vitest'
import { useTestDatabase } from '../support/database.js'
import { make } from '../support/make.js'

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
      const page = await db.services.listArticles(null, { section: 'sport', limit: 3, cursor })
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
    const page = await db.services.listArticles(null, { status: 'draft' })
    expect(page.items).toEqual([])
    const editor = await make.user(db, 'editor')
    expect(
      (await db.services.listArticles(editor, { status: 'draft' })).items.map((a) => a.id),
    ).toContain(draft.id)
    await expect(db.services.getArticle(null, draft.id)).rejects.toMatchObject({
      code: 'not-found',
    })
  })

  it('shows contributors only their own unpublished work', async () => {
    const contributor = await make.user(db, 'contributor')
    const mine = await make.article(db, { actor: contributor })
    await make.article(db)
    const page = await db.services.listArticles(contributor, {})
    expect(page.items.map((a) => a.id)).toEqual([mine.id])
  })
})
