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
    const article = await db.services.articles.create({
      actor: system,
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
    const a = await db.services.articles.create({
      actor: system,
      headline: 'Harbour wall repaired',
    })
    const b = await db.services.articles.create({
      actor: system,
      headline: 'Harbour wall repaired',
    })
    expect([a.slug, b.slug]).toEqual(['harbour-wall-repaired', 'harbour-wall-repaired-2'])
  })

  it('records every save as a new revision holding the full content', async () => {
    const article = await make.article(db)
    const saved = await db.services.articles.save({
      actor: system,
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
    await db.services.articles.save({
      actor: system,
      id: article.id,
      revision: 1,
      changes: { dek: 'First editor' },
    })
    await expect(
      db.services.articles.save({
        actor: system,
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
      db.services.articles.save({
        actor: system,
        id: article.id,
        revision: 1,
        changes: { dek: 'From desk A' },
      }),
      other.services.articles.save({
        actor: system,
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
    const published = await db.services.articles.publish({ actor: system, id: article.id })
    expect(published.publishedAt).toBe('2026-03-02T10:00:00.000Z')
    expect(published.updatedAt).toBeNull()
    db.clock.set('2026-03-02T12:30:00.000Z')
    const saved = await db.services.articles.save({
      actor: system,
      id: article.id,
      revision: published.revision,
      changes: { dek: 'Now with a dek.' },
    })
    expect(saved.publishedAt).toBe('2026-03-02T10:00:00.000Z')
    expect(saved.updatedAt).toBe('2026-03-02T12:30:00.000Z')
    db.clock.set('2026-03-03T08:00:00.000Z')
    await db.services.articles.unpublish({ actor: system, id: article.id })
    const again = await db.services.articles.publish({ actor: system, id: article.id })
    expect(again.publishedAt).toBe('2026-03-02T10:00:00.000Z')
  })

  it('moves a story through review: submit, return, submit, publish, unpublish', async () => {
    const reporter = await make.user(db, 'contributor')
    const editor = await make.user(db, 'editor')
    const article = await make.article(db, { actor: reporter })
    expect((await db.services.articles.submit({ actor: reporter, id: article.id })).status).toBe(
      'in_review',
    )
    expect(
      (await db.services.articles.changeStatus({ actor: editor, id: article.id, action: 'return' }))
        .status,
    ).toBe('draft')
    await db.services.articles.submit({ actor: reporter, id: article.id })
    expect((await db.services.articles.publish({ actor: editor, id: article.id })).status).toBe(
      'published',
    )
    expect((await db.services.articles.unpublish({ actor: editor, id: article.id })).status).toBe(
      'unpublished',
    )
  })

  it('refuses what a role may not do and illegal moves, changing nothing', async () => {
    const contributor = await make.user(db, 'contributor')
    const author = await make.user(db, 'author')
    const mine = await make.article(db, { actor: contributor })
    const theirs = await make.article(db, { actor: author })
    await expect(
      db.services.articles.publish({ actor: contributor, id: mine.id }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await expect(
      db.services.articles.save({
        actor: contributor,
        id: theirs.id,
        revision: 1,
        changes: { dek: 'x' },
      }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await expect(
      db.services.articles.publish({ actor: author, id: mine.id }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await expect(
      db.services.articles.unpublish({ actor: author, id: theirs.id }),
    ).rejects.toBeInstanceOf(InvalidTransitionError)
    await expect(
      db.services.articles.changeStatus({ actor: author, id: theirs.id, action: 'return' }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    expect((await db.store.articles.findById(mine.id))?.revision).toBe(1)
    expect((await db.store.articles.findById(theirs.id))?.status).toBe('draft')
  })

  it('lets an author publish their own story but not edit it after submitting as a contributor would', async () => {
    const author = await make.user(db, 'author')
    const article = await make.article(db, { actor: author })
    const published = await db.services.articles.publish({ actor: author, id: article.id })
    expect(published.status).toBe('published')
    const edited = await db.services.articles.save({
      actor: author,
      id: article.id,
      revision: published.revision,
      changes: { headline: 'Fixed a typo' },
    })
    expect(edited.headline).toBe('Fixed a typo')
  })

  it('deletes drafts only', async () => {
    const draft = await make.article(db)
    await db.services.articles.delete({ actor: system, id: draft.id })
    expect(await db.store.articles.findById(draft.id)).toBeNull()
    const live = await make.article(db, { status: 'published' })
    await expect(
      db.services.articles.delete({ actor: system, id: live.id }),
    ).rejects.toBeInstanceOf(InvalidTransitionError)
  })

  it('restores an old revision as a new revision', async () => {
    const article = await make.article(db, { headline: 'Original headline' })
    await db.services.articles.save({
      actor: system,
      id: article.id,
      revision: 1,
      changes: { headline: 'Changed headline', tags: ['Weather'] },
    })
    const restored = await db.services.articles.restoreRevision({
      actor: system,
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
