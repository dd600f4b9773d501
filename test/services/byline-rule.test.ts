import { describe, expect, it } from 'vitest'
import { MissingBylineError } from '../../src/domain/errors.js'
import { useTestDatabase } from '../support/database.js'
import { doc, make, systemTestActor as system } from '../support/make.js'

describe('the byline rule', () => {
  const db = useTestDatabase()
  const draft = (kind: 'article' | 'page' = 'article') =>
    db.services.articles.create({ actor: system, kind, headline: 'Unsigned', body: doc('Text.') })

  it('refuses to publish or schedule a story with no byline, naming the authors field', async () => {
    const story = await draft()
    const publishing = db.services.articles.publish({ actor: system, id: story.id })
    await expect(publishing).rejects.toBeInstanceOf(MissingBylineError)
    await expect(publishing).rejects.toMatchObject({
      code: 'missing-byline',
      errors: [{ field: 'authors' }],
    })
    const later = new Date(db.clock.now().getTime() + 3_600_000).toISOString()
    await expect(
      db.services.articles.schedule({ actor: system, id: story.id, at: later }),
    ).rejects.toBeInstanceOf(MissingBylineError)
    const after = await db.services.articles.get({ actor: system, id: story.id })
    expect(after).toMatchObject({ status: 'draft', revision: 1 })
  })

  it('publishes a page without a byline, and a story once it has one', async () => {
    const page = await draft('page')
    expect((await db.services.articles.publish({ actor: system, id: page.id })).status).toBe(
      'published',
    )
    const story = await draft()
    const author = await make.author(db)
    await db.services.articles.save({
      actor: system,
      id: story.id,
      revision: 1,
      changes: { authors: [author.slug] },
    })
    expect((await db.services.articles.publish({ actor: system, id: story.id })).status).toBe(
      'published',
    )
  })

  it('keeps a live story from losing its last byline', async () => {
    const author = await make.author(db)
    const story = await make.article(db, { status: 'published', authors: [author.slug] })
    await expect(
      db.services.articles.save({
        actor: system,
        id: story.id,
        revision: story.revision,
        changes: { authors: [] },
      }),
    ).rejects.toBeInstanceOf(MissingBylineError)
  })
})
