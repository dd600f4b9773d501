/**
 * Restoring a revision brings back its sections, tags, bylines and hero by the ids it kept, never
 * by a round trip through slugs and names; what was deleted since is left out and named in the
 * audit. Runs on SQLite and PostgreSQL.
 */
import { describe, expect, it } from 'vitest'
import { useTestDatabase } from '../support/database.js'
import { make, systemTestActor as system } from '../support/make.js'

describe('restoreRevision', () => {
  const db = useTestDatabase()

  const restoreEntry = async (id: string) =>
    (await db.store.audit.list({ subjectId: id }, 20, null)).find(
      (e) => e.action === 'article.restore',
    )

  it('brings back the very tag the revision had, even one whose slug is not its name’s', async () => {
    const article = await make.article(db, { headline: 'Quay works', tags: ['Harbour Works'] })
    const tag = article.tags[0]!
    // An imported tag may keep a slug of its own; by name it would resolve to another one.
    await db.store.tags.update({ id: tag.id, slug: 'quay', name: 'Harbour Works' })
    const cleared = await db.services.articles.save({
      actor: system,
      id: article.id,
      revision: article.revision,
      changes: { tags: [] },
    })
    const restored = await db.services.articles.restoreRevision({
      actor: system,
      id: article.id,
      revision: cleared.revision,
      from: article.revision,
    })
    expect(restored.tags).toEqual([{ id: tag.id, slug: 'quay', name: 'Harbour Works' }])
    expect(await db.store.tags.findBySlug('harbour-works')).toBeNull()
    const entry = await restoreEntry(article.id)
    expect(entry?.detail).toEqual({ revision: restored.revision, from: article.revision })
  })

  it('keeps what still exists of sections, tags, bylines and hero, and names the rest', async () => {
    const [kept, gone] = [await make.section(db), await make.section(db)]
    const [staying, leaving] = [await make.author(db), await make.author(db)]
    const photo = await make.media(db)
    const article = await make.article(db, {
      sections: [gone.slug, kept.slug],
      tags: ['Ferries', 'Tides'],
      authors: [leaving.slug, staying.slug],
      hero: { mediaId: photo.id, caption: 'The quay at dawn' },
    })
    const tides = article.tags.find((t) => t.name === 'Tides')!
    const ferries = article.tags.find((t) => t.name === 'Ferries')!
    const cleared = await db.services.articles.save({
      actor: system,
      id: article.id,
      revision: article.revision,
      changes: { sections: [], tags: [], authors: [], hero: null },
    })
    await db.services.taxonomy.deleteSection({ actor: system, id: gone.id })
    await db.store.tags.delete(tides.id)
    await db.store.authors.delete(leaving.id)
    await db.store.media.delete(photo.id)

    const restored = await db.services.articles.restoreRevision({
      actor: system,
      id: article.id,
      revision: cleared.revision,
      from: article.revision,
    })
    expect(restored.sections.map((s) => s.id)).toEqual([kept.id])
    expect(restored.tags.map((t) => t.id)).toEqual([ferries.id])
    expect(restored.authors.map((a) => a.id)).toEqual([staying.id])
    expect(restored.hero).toBeNull()
    expect(restored.primarySectionId).toBe(kept.id)
    expect((await db.store.articles.findById(article.id))?.tags.map((t) => t.id)).toEqual([
      ferries.id,
    ])
    const entry = await restoreEntry(article.id)
    expect(entry?.detail).toEqual({
      revision: restored.revision,
      from: article.revision,
      missing: {
        sections: [gone.id],
        tags: [tides.id],
        authors: [leaving.id],
        hero: photo.id,
      },
    })
  })

  it('refuses a revision the story never had', async () => {
    const article = await make.article(db)
    await expect(
      db.services.articles.restoreRevision({
        actor: system,
        id: article.id,
        revision: article.revision,
        from: 99,
      }),
    ).rejects.toMatchObject({ code: 'not-found' })
  })
})
