import { describe, expect, it } from 'vitest'
import {
  DuplicateError,
  InvalidInputError,
  InvalidTransitionError,
} from '../../src/domain/errors.js'
import { useTestDatabase } from '../support/database.js'
import { doc, make, systemTestActor as system } from '../support/make.js'

async function counts(db: ReturnType<typeof useTestDatabase>) {
  const [articles, revisions, audit, corrections] = await Promise.all(
    (['articles', 'revisions', 'audit_log', 'corrections'] as const).map((t) =>
      db.store.db
        .selectFrom(t)
        .select(db.store.db.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ),
  )
  return [articles, revisions, audit, corrections].map((r) => Number(r?.n))
}

describe('article input and integrity', () => {
  const db = useTestDatabase()

  it.each([
    [
      'an unknown block type',
      { type: 'doc', content: [{ type: 'script', text: 'x' }] },
      'body.content.0.type',
    ],
    [
      'a javascript: link',
      {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'x',
                marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
              },
            ],
          },
        ],
      },
      'body.content.0.content.0.marks.0.attrs.href',
    ],
    ['a document that is not a doc', '<p>hello</p>', 'body'],
    ['an oversized document', doc(...Array.from({ length: 30 }, () => 'x'.repeat(40_000))), 'body'],
  ])('rejects a body with %s, naming the field', async (_name, body, field) => {
    const before = await counts(db)
    const error = await db.services.articles
      .create({ actor: system, headline: 'Bad body', body })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidInputError)
    expect((error as InvalidInputError).errors.map((e) => e.field)).toContain(field)
    expect(await counts(db)).toEqual(before)
  })

  it('rejects unknown sections and authors with one error per field', async () => {
    const error = await db.services.articles
      .create({ actor: system, headline: 'Lost', sections: ['nowhere'], authors: ['nobody'] })
      .catch((e: unknown) => e)
    expect((error as InvalidInputError).errors.map((e) => e.field).sort()).toEqual([
      'authors.0',
      'sections.0',
    ])
  })

  it('rejects an empty headline, a taken slug and a reserved slug', async () => {
    await expect(
      db.services.articles.create({ actor: system, headline: '   ' }),
    ).rejects.toBeInstanceOf(InvalidInputError)
    const first = await make.article(db, { slug: 'tide-tables' })
    await expect(
      db.services.articles.create({ actor: system, headline: 'Other', slug: first.slug }),
    ).rejects.toBeInstanceOf(DuplicateError)
    await expect(
      db.services.articles.create({ actor: system, headline: 'Other', slug: 'api' }),
    ).rejects.toBeInstanceOf(InvalidInputError)
    await expect(
      db.services.articles.create({ actor: system, headline: 'Other', slug: 'Not A Slug' }),
    ).rejects.toBeInstanceOf(InvalidInputError)
  })

  it('leaves the database exactly as before when a publish fails half-way', async () => {
    const article = await make.article(db)
    // A revision row already holding the number the publish will write makes its second insert
    // fail after the article row was updated: the transaction must undo that update too.
    await db.store.revisions.insert({
      id: db.deps.ids.uuid(),
      articleId: article.id,
      revision: 2,
      snapshot: { ...(await db.store.revisions.find(article.id, 1))!.snapshot },
      createdAt: article.createdAt,
      actorUserId: null,
      actorName: 'test',
    })
    const before = await counts(db)
    const row = await db.store.articles.findById(article.id)
    const eventsBefore = db.events.length
    await expect(db.services.articles.publish({ actor: system, id: article.id })).rejects.toThrow()
    expect(await db.store.articles.findById(article.id)).toEqual(row)
    expect(await counts(db)).toEqual(before)
    expect(db.events.length).toBe(eventsBefore)
  })

  it('refuses to publish a story whose photo has no credit, naming the photo', async () => {
    const photo = await make.media(db, { credit: '' })
    const article = await make.article(db, { hero: { mediaId: photo.id } })
    const error = await db.services.articles
      .publish({ actor: system, id: article.id })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidInputError)
    expect((error as InvalidInputError).errors[0]).toMatchObject({ field: 'hero.credit' })
    expect((error as InvalidInputError).errors[0]?.message).toContain(photo.id)
    const credited = await db.services.articles.save({
      actor: system,
      id: article.id,
      revision: 1,
      changes: { hero: { mediaId: photo.id, credit: 'Photo: Harbour Desk' } },
    })
    expect((await db.services.articles.publish({ actor: system, id: credited.id })).status).toBe(
      'published',
    )
  })

  it('adds public corrections to published stories only, setting the updated date', async () => {
    const draft = await make.article(db)
    await expect(
      db.services.articles.addCorrection({
        actor: system,
        id: draft.id,
        kind: 'correction',
        text: 'x',
      }),
    ).rejects.toBeInstanceOf(InvalidTransitionError)
    const live = await make.article(db, { status: 'published' })
    db.clock.advance(3_600_000)
    const correction = await db.services.articles.addCorrection({
      actor: system,
      id: live.id,
      kind: 'correction',
      text: 'An earlier version misspelt the harbourmaster’s name.',
    })
    expect((await db.store.articles.findById(live.id))?.updatedAt).toBe(correction.createdAt)
    expect(
      (await db.services.articles.correctionsFor({ ids: [live.id] })).map((c) => c.kind),
    ).toEqual(['correction'])
    await expect(
      db.services.articles.addCorrection({
        actor: system,
        id: live.id,
        kind: 'erratum' as 'update',
        text: 'x',
      }),
    ).rejects.toBeInstanceOf(InvalidInputError)
  })

  it('writes an audit row for every state change and emits events after commit', async () => {
    const start = db.events.length
    const article = await make.article(db, { status: 'published' })
    await db.services.articles.unpublish({ actor: system, id: article.id })
    const actions = (await db.store.audit.list({ subjectId: article.id }, 10, null))
      .map((e) => e.action)
      .reverse()
    expect(actions).toEqual(['article.create', 'article.publish', 'article.unpublish'])
    expect(db.events.slice(start).map((e) => e.type)).toEqual([
      'article.created',
      'article.published',
      'article.unpublished',
    ])
  })

  it('redirects the old URL when a live story changes slug, without chains', async () => {
    db.clock.set('2026-05-04T12:00:00.000Z')
    const article = await make.article(db, { slug: 'pier-closes', status: 'published' })
    const s1 = await db.services.articles.save({
      actor: system,
      id: article.id,
      revision: article.revision,
      changes: { slug: 'pier-closes-for-repairs' },
    })
    expect(await db.store.redirects.findByPath('/2026/05/04/pier-closes/')).toMatchObject({
      toPath: '/2026/05/04/pier-closes-for-repairs/',
      statusCode: 301,
    })
    const s2 = await db.services.articles.save({
      actor: system,
      id: article.id,
      revision: s1.revision,
      changes: { slug: 'pier-reopens' },
    })
    expect((await db.store.redirects.findByPath('/2026/05/04/pier-closes/'))?.toPath).toBe(
      '/2026/05/04/pier-reopens/',
    )
    await db.services.articles.save({
      actor: system,
      id: article.id,
      revision: s2.revision,
      changes: { slug: 'pier-closes' },
    })
    expect(await db.store.redirects.findByPath('/2026/05/04/pier-closes/')).toBeNull()
    expect((await db.store.redirects.findByPath('/2026/05/04/pier-reopens/'))?.toPath).toBe(
      '/2026/05/04/pier-closes/',
    )
  })

  it('writes no redirect when a draft changes slug', async () => {
    const article = await make.article(db, { slug: 'draft-slug' })
    await db.services.articles.save({
      actor: system,
      id: article.id,
      revision: 1,
      changes: { slug: 'draft-slug-2' },
    })
    expect(await db.store.redirects.list(100, 0)).not.toContainEqual(
      expect.objectContaining({ toPath: expect.stringContaining('draft-slug-2') }),
    )
  })
})
