import { describe, expect, it } from 'vitest'
import {
  ForbiddenError,
  InvalidTransitionError,
  StaleRevisionError,
} from '../../src/domain/errors.js'
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

  it('gives a second story with the same headline a suffixed slug', async () => {
    const a = await db.services.createArticle(system, { headline: 'Harbour wall repaired' })
    const b = await db.services.createArticle(system, { headline: 'Harbour wall repaired' })
    expect([a.slug, b.slug]).toEqual(['harbour-wall-repaired', 'harbour-wall-repaired-2'])
  })

  it('records every save as a new revision holding the full content', async () => {
    const article = await make.article(db)
    const saved = await db.services.saveArticle(system, {
      id: article.id,
      revision: 1,
      changes: { headline: 'A better headline' },
    })
    expect(saved.revision).toBe(2)
    const revisions = await db.store.revisions.listForArticle(article.id)
    expect(revisions.map((r) => [r.revision, r.snapshot.headline])).toEqual([
      [2, 'A better headline'],
      [1, article.headline],
    ])
  })

  it('rejects a save based on an old revision and keeps the newer content', async () => {
    const article = await make.article(db)
    await db.services.saveArticle(system, {
      id: article.id,
      revision: 1,
      changes: { dek: 'First editor' },
    })
    await expect(
      db.services.saveArticle(system, {
        id: article.id,
        revision: 1,
        changes: { dek: 'Second editor' },
      }),
    ).rejects.toMatchObject({
      code: 'stale-revision',
      sent: 1,
      current: 2,
    })
    expect((await db.store.articles.findById(article.id))?.dek).toBe('First editor')
  })

  it('lets exactly one of two concurrent saves of the same revision win', async () => {
    const article = await make.article(db)
    const other = db.openAnother() // a second connection pool, as another process would have
    const results = await Promise.allSettled([
      db.services.saveArticle(system, {
        id: article.id,
        revision: 1,
        changes: { dek: 'From desk A' },
      }),
      other.services.saveArticle(system, {
        id: article.id,
        revision: 1,
        changes: { dek: 'From desk B' },
      }),
    ])
    const won = results.filter((r) => r.status === 'fulfilled')
    const lost = results.filter((r) => r.status === 'rejected')
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(1)
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(StaleRevisionError)
    const stored = await db.store.articles.findById(article.id)
    expect(stored?.revision).toBe(2)
    expect((await db.store.revisions.listForArticle(article.id)).length).toBe(2)
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
    db.clock.set('2026-03-03T08:00:00.000Z')
    await db.services.unpublishArticle(system, article.id)
    const again = await db.services.publishArticle(system, article.id)
    expect(again.publishedAt).toBe('2026-03-02T10:00:00.000Z')
  })

  it('moves a story through review: submit, return, submit, publish, unpublish', async () => {
    const reporter = await make.user(db, 'contributor')
    const editor = await make.user(db, 'editor')
    const article = await make.article(db, { actor: reporter })
    expect((await db.services.submitArticle(reporter, article.id)).status).toBe('in_review')
    expect((await db.services.changeStatus(editor, article.id, 'return')).status).toBe('draft')
    await db.services.submitArticle(reporter, article.id)
    expect((await db.services.publishArticle(editor, article.id)).status).toBe('published')
    expect((await db.services.unpublishArticle(editor, article.id)).status).toBe('unpublished')
  })

  it('refuses what a role may not do and illegal moves, changing nothing', async () => {
    const contributor = await make.user(db, 'contributor')
    const author = await make.user(db, 'author')
    const mine = await make.article(db, { actor: contributor })
    const theirs = await make.article(db, { actor: author })
    await expect(db.services.publishArticle(contributor, mine.id)).rejects.toBeInstanceOf(
      ForbiddenError,
    )
    await expect(
      db.services.saveArticle(contributor, { id: theirs.id, revision: 1, changes: { dek: 'x' } }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await expect(db.services.publishArticle(author, mine.id)).rejects.toBeInstanceOf(ForbiddenError)
    await expect(db.services.unpublishArticle(author, theirs.id)).rejects.toBeInstanceOf(
      InvalidTransitionError,
    )
    await expect(db.services.changeStatus(author, theirs.id, 'return')).rejects.toBeInstanceOf(
      ForbiddenError,
    )
    expect((await db.store.articles.findById(mine.id))?.revision).toBe(1)
    expect((await db.store.articles.findById(theirs.id))?.status).toBe('draft')
  })

  it('lets an author publish their own story but not edit it after submitting as a contributor would', async () => {
    const author = await make.user(db, 'author')
    const article = await make.article(db, { actor: author })
    const published = await db.services.publishArticle(author, article.id)
    expect(published.status).toBe('published')
    const edited = await db.services.saveArticle(author, {
      id: article.id,
      revision: published.revision,
      changes: { headline: 'Fixed a typo' },
    })
    expect(edited.headline).toBe('Fixed a typo')
  })

  it('deletes drafts only', async () => {
    const draft = await make.article(db)
    await db.services.deleteArticle(system, draft.id)
    expect(await db.store.articles.findById(draft.id)).toBeNull()
    const live = await make.article(db, { status: 'published' })
    await expect(db.services.deleteArticle(system, live.id)).rejects.toBeInstanceOf(
      InvalidTransitionError,
    )
  })

  it('restores an old revision as a new revision', async () => {
    const article = await make.article(db, { headline: 'Original headline' })
    await db.services.saveArticle(system, {
      id: article.id,
      revision: 1,
      changes: { headline: 'Changed headline', tags: ['Weather'] },
    })
    const restored = await db.services.restoreRevision(system, {
      id: article.id,
      revision: 2,
      from: 1,
    })
    expect(restored).toMatchObject({ revision: 3, headline: 'Original headline', tags: [] })
    const actions = (await db.store.audit.list({ subjectId: article.id }, 10, null)).map(
      (e) => e.action,
    )
    expect(actions).toContain('article.restore')
  })
})
