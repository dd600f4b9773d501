import { describe, expect, it } from 'vitest'
import { useTestDatabase } from '../support/database.js'
import { doc, make, systemTestActor as system } from '../support/make.js'

describe('article workflow', () => {
  const db = useTestDatabase()

  it('creates a draft as revision 1 with a slug from the headline', async () => {
    const article = await db.services.createArticle(system, {
      headline: 'Ferry fares rise by a fifth',
      body: doc('Fares go up in May.'),
    })
    expect(article).toMatchObject({
      status: 'draft',
      revision: 1,
      slug: 'ferry-fares-rise-by-a-fifth',
      publishedAt: null,
    })
    const revisions = await db.store.revisions.listForArticle(article.id)
    expect(revisions.map((r) => r.revision)).toEqual([1])
  })

  it('sets publishedAt on first publication and updatedAt on later saves', async () => {
    const article = await make.article(db)
    db.clock.set('2026-03-02T10:00:00.000Z')
    const published = await db.services.publishArticle(system, article.id)
    expect(published.publishedAt).toBe('2026-03-02T10:00:00.000Z')
    expect(published.updatedAt).toBeNull()
    db.clock.set('2026-03-02T12:30:00.000Z')
    const saved = await db.services.saveArticle(system, {
      id: article.id,
      revision: published.revision,
      changes: { dek: 'Now with a dek.' },
    })
    expect(saved.publishedAt).toBe('2026-03-02T10:00:00.000Z')
    expect(saved.updatedAt).toBe('2026-03-02T12:30:00.000Z')
  })
})
