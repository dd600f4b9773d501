import { describe, expect, it } from 'vitest'
import { InvalidTransitionError } from '../../src/domain/errors.js'
import { useTestDatabase } from '../support/database.js'
import { make, systemTestActor as system } from '../support/make.js'

describe('scheduled publication', () => {
  const db = useTestDatabase()

  it('publishes a due story at its scheduled time, and not before', async () => {
    db.clock.set('2026-04-01T08:00:00.000Z')
    const article = await make.article(db)
    await db.services.articles.schedule({
      actor: system,
      id: article.id,
      at: '2026-04-01T09:30:00.000Z',
    })
    expect(await db.services.articles.runScheduler()).toEqual([])
    db.clock.set('2026-04-01T09:31:00.000Z')
    expect(await db.services.articles.runScheduler()).toEqual([article.id])
    const published = await db.store.articles.findById(article.id)
    expect(published).toMatchObject({
      status: 'published',
      publishedAt: '2026-04-01T09:30:00.000Z',
      scheduledAt: null,
    })
    expect(await db.services.articles.runScheduler()).toEqual([])
  })

  it('refuses a schedule in the past', async () => {
    const article = await make.article(db)
    await expect(
      db.services.articles.schedule({
        actor: system,
        id: article.id,
        at: new Date(db.clock.now().getTime() - 1000).toISOString(),
      }),
    ).rejects.toBeInstanceOf(InvalidTransitionError)
  })

  it('publishes a story exactly once when two schedulers race', async () => {
    db.clock.set('2026-04-02T08:00:00.000Z')
    const stories = await Promise.all([make.article(db), make.article(db), make.article(db)])
    for (const s of stories)
      await db.services.articles.schedule({
        actor: system,
        id: s.id,
        at: '2026-04-02T08:10:00.000Z',
      })
    db.clock.set('2026-04-02T08:11:00.000Z')
    const other = db.openAnother()
    const [a, b] = await Promise.all([
      db.services.articles.runScheduler(),
      other.services.articles.runScheduler(),
    ])
    expect([...a, ...b].sort()).toEqual(stories.map((s) => s.id).sort())
    for (const s of stories) {
      const rows = await db.store.audit.list(
        { subjectId: s.id, action: 'article.publish' },
        10,
        null,
      )
      expect(rows).toHaveLength(1)
      expect(rows[0]?.detail).toMatchObject({ scheduled: true })
      const revisions = await db.store.revisions.listForArticle(s.id)
      expect(revisions.filter((r) => r.snapshot.status === 'published')).toHaveLength(1)
    }
  })

  it('returns an unscheduled story to draft', async () => {
    const article = await make.article(db, { status: 'scheduled' })
    const back = await db.services.articles.changeStatus({
      actor: system,
      id: article.id,
      action: 'unschedule',
    })
    expect(back).toMatchObject({ status: 'draft', scheduledAt: null })
  })
})
