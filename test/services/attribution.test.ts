import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { BlockDocument } from '../../src/domain/block-document.js'
import {
  ForbiddenError,
  InvalidInputError,
  StaleRevisionError,
  UnsignedAnonymousSourceError,
} from '../../src/domain/errors.js'
import { exportJson, importJson } from '../../src/importers/json/publication-json.js'
import type { Services } from '../../src/services/index.js'
import { useTestDatabase } from '../support/database.js'
import { doc, make, systemTestActor as system } from '../support/make.js'
import { freshServices } from '../importers/other-database.js'

/** A body quoting an anonymous official (mark) and a named minister (blockquote). */
const quotedBody = (): BlockDocument => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'An official said ' },
        {
          type: 'text',
          text: 'talks stalled',
          marks: [{ type: 'quote', attrs: { attribution: 'official' } }],
        },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'blockquote',
      attrs: { attribution: 'minister' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We will sign.' }] }],
    },
  ],
})

const sources = [
  {
    id: 'wire',
    kind: 'wire',
    title: 'Agency copy',
    url: 'https://example.org/wire',
    retrievedAt: '2026-03-01T09:00:00Z',
  },
]
const attributions = (entityId: string | null = null) => [
  {
    id: 'official',
    sourcing: 'anonymous',
    description: 'an official close to the talks',
    sourceIds: ['wire'],
  },
  {
    id: 'minister',
    sourcing: 'on-record',
    speaker: { entityId, name: 'Ana Ruiz' },
    role: 'Trade minister',
    relayed: { outlet: 'Agency', url: 'https://example.org/wire', date: '2026-03-01' },
  },
]

describe('attributed reporting', () => {
  const db = useTestDatabase()
  const opened: Services[] = []
  afterAll(async () => {
    for (const s of opened) await s.close()
  })

  const story = async (status: 'draft' | 'published' = 'draft', entityId: string | null = null) => {
    const author = await make.author(db)
    return make.article(db, {
      authors: [author.slug],
      body: quotedBody(),
      sources,
      attributions: attributions(entityId),
      status: status === 'published' ? 'draft' : status,
    })
  }

  it('saves attributions and sources, reads them back, and keeps them in revisions', async () => {
    const a = await story()
    const read = await db.services.articles.get({ actor: system, id: a.id })
    expect(read.sources).toEqual([{ ...sources[0], retrievedAt: '2026-03-01T09:00:00.000Z' }])
    expect(read.attributions).toEqual([
      {
        id: 'official',
        speaker: null,
        role: null,
        sourcing: 'anonymous',
        description: 'an official close to the talks',
        relayed: null,
        documentUrl: null,
        sourceIds: ['wire'],
        event: null,
        saidOn: null,
        signOff: null,
      },
      expect.objectContaining({
        id: 'minister',
        role: 'Trade minister',
        speaker: { entityId: null, name: 'Ana Ruiz' },
      }),
    ])
    const [rev] = await db.services.articles.listRevisions({ actor: system, id: a.id })
    expect(rev?.snapshot.attributions).toEqual(read.attributions)
    expect(rev?.snapshot.sources).toEqual(read.sources)
  })

  it('leaves stories without attributions as they were', async () => {
    const a = await make.article(db, { body: doc('Plain text.') })
    const read = await db.services.articles.get({ actor: system, id: a.id })
    expect(read).toMatchObject({ attributions: [], sources: [] })
    expect(read.body).toEqual(doc('Plain text.'))
  })

  it('refuses unknown attributions in the body, unknown sources, repeated ids and bad URLs', async () => {
    const a = await make.article(db)
    const saving = db.services.articles.save({
      actor: system,
      id: a.id,
      revision: a.revision,
      changes: {
        body: quotedBody(),
        sources: [
          ...sources,
          { id: 'wire', kind: 'outlet', title: 'Again', url: 'mailto:x@example.org' },
        ],
        attributions: [{ id: 'official', sourcing: 'anonymous', sourceIds: ['missing'] }],
      },
    })
    await expect(saving).rejects.toBeInstanceOf(InvalidInputError)
    const error = (await saving.catch((e: unknown) => e)) as InvalidInputError
    expect(error.errors.map((e) => e.field)).toEqual([
      'sources.1.id',
      'sources.1.url',
      'attributions.0.sourceIds.0',
      'body.content.1',
    ])
    expect(error.errors[3]?.message).toMatch(/unknown-attribution/)
    expect((await db.services.articles.get({ actor: system, id: a.id })).revision).toBe(a.revision)
  })

  it('blocks publishing until an editor signs off, then publishes', async () => {
    const a = await story()
    const publishing = db.services.articles.publish({ actor: system, id: a.id })
    await expect(publishing).rejects.toBeInstanceOf(UnsignedAnonymousSourceError)
    await expect(publishing).rejects.toMatchObject({
      code: 'unsigned-anonymous-source',
      errors: [
        {
          field: 'attributions[0]',
          message: "An editor must sign off on the unnamed source 'an official close to the talks'",
        },
      ],
    })
    const later = new Date(db.clock.now().getTime() + 3_600_000).toISOString()
    await expect(
      db.services.articles.schedule({ actor: system, id: a.id, at: later }),
    ).rejects.toBeInstanceOf(UnsignedAnonymousSourceError)
    const editor = await make.user(db, 'editor')
    const signed = await db.services.attribution.signOff({
      actor: editor,
      articleId: a.id,
      attributionId: 'official',
      revision: a.revision,
    })
    expect(signed.revision).toBe(a.revision + 1)
    expect(signed.attributions[0]?.signOff).toMatchObject({
      userId: editor.userId,
      at: db.clock.now().toISOString(),
    })
    expect((await db.services.articles.publish({ actor: system, id: a.id })).status).toBe(
      'published',
    )
    const audit = await db.services.accounts.listAuditLog({
      actor: system,
      action: 'attribution.sign-off',
      subjectId: a.id,
    })
    expect(audit).toHaveLength(1)
    expect(audit[0]?.detail).toMatchObject({ attribution: 'official', sourcing: 'anonymous' })
  })

  it('keeps a sign-off across saves until what it vouched for changes; a live story then cannot be saved', async () => {
    const a = await story()
    const editor = await make.user(db, 'editor')
    let current = await db.services.attribution.signOff({
      actor: editor,
      articleId: a.id,
      attributionId: 'official',
      revision: a.revision,
    })
    current = await db.services.articles.publish({ actor: system, id: a.id })
    // The client sends the attributions back with a forged sign-off and a new role: kept as stored.
    const sent = current.attributions.map((x) => ({
      ...x,
      role: 'Adviser',
      signOff: { userId: 'x', name: 'Forger', at: '2020-01-01T00:00:00Z' },
    }))
    current = await db.services.articles.save({
      actor: system,
      id: a.id,
      revision: current.revision,
      changes: { attributions: sent },
    })
    expect(current.attributions[0]?.signOff?.userId).toBe(editor.userId)
    // Changing the description drops it, so the live story's save is refused.
    const changed = current.attributions.map((x, i) =>
      i === 0 ? { ...x, description: 'a diplomat' } : x,
    )
    await expect(
      db.services.articles.save({
        actor: system,
        id: a.id,
        revision: current.revision,
        changes: { attributions: changed },
      }),
    ).rejects.toBeInstanceOf(UnsignedAnonymousSourceError)
  })

  it('lets only editors sign off, refuses a stale revision and on-record attributions', async () => {
    const a = await story()
    const author = await make.user(db, 'author')
    const editor = await make.user(db, 'editor')
    await expect(
      db.services.attribution.signOff({
        actor: author,
        articleId: a.id,
        attributionId: 'official',
        revision: a.revision,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await expect(
      db.services.attribution.signOff({
        actor: editor,
        articleId: a.id,
        attributionId: 'official',
        revision: a.revision - 1 + 5,
      }),
    ).rejects.toBeInstanceOf(StaleRevisionError)
    await expect(
      db.services.attribution.signOff({
        actor: editor,
        articleId: a.id,
        attributionId: 'minister',
        revision: a.revision,
      }),
    ).rejects.toBeInstanceOf(InvalidInputError)
    const signed = await db.services.attribution.signOff({
      actor: editor,
      articleId: a.id,
      attributionId: 'official',
      revision: a.revision,
    })
    const withdrawn = await db.services.attribution.withdrawSignOff({
      actor: editor,
      articleId: a.id,
      attributionId: 'official',
      revision: signed.revision,
    })
    expect(withdrawn.attributions[0]?.signOff).toBeNull()
  })

  it('summarises a story and ranks published stories in the sourcing report', async () => {
    const a = await story()
    const editor = await make.user(db, 'editor')
    expect(await db.services.attribution.summary({ actor: editor, articleId: a.id })).toMatchObject(
      {
        quotes: 2,
        onRecord: 1,
        anonymous: 1,
        relayed: 1,
        unsigned: 1,
        anonymousOrRelayedShare: 1,
      },
    )
    const signed = await db.services.attribution.signOff({
      actor: editor,
      articleId: a.id,
      attributionId: 'official',
      revision: a.revision,
    })
    await db.services.articles.publish({ actor: system, id: signed.id })
    await make.article(db, { status: 'published' })
    const { items } = await db.services.attribution.sourcingReport({ actor: editor, limit: 200 })
    expect(items[0]).toMatchObject({ id: a.id, summary: { quotes: 2, anonymousOrRelayedShare: 1 } })
    expect(items[0]?.path).toMatch(/\//)
    expect(items.at(-1)?.summary.quotes).toBe(0)
    await expect(
      db.services.attribution.sourcingReport({ actor: await make.user(db, 'author') }),
    ).rejects.toBeInstanceOf(ForbiddenError)
  })

  it('searches people by name and alias ignoring case and diacritics', async () => {
    const author = await make.user(db, 'author')
    const made = await db.services.entities.create({
      actor: author,
      input: { kind: 'person', name: 'Maroš Šefčovič', aliases: ['Commissioner Sefcovic'] },
    })
    await db.services.entities.create({
      actor: author,
      input: { kind: 'organization', name: 'Šefčovič Holdings' },
    })
    const found = await db.services.entities.search({
      actor: author,
      query: 'SEFCOV',
      kind: 'person',
    })
    expect(found.map((e) => e.id)).toEqual([made.id])
    expect(
      (await db.services.entities.search({ actor: author, query: 'commissioner' })).map(
        (e) => e.id,
      ),
    ).toEqual([made.id])
    await expect(
      db.services.entities.create({
        actor: author,
        input: { kind: 'person', name: 'X', wikidataId: 'Z1' },
      }),
    ).rejects.toBeInstanceOf(InvalidInputError)
    await expect(
      db.services.entities.search({ actor: await make.user(db, 'contributor'), query: 'x' }),
    ).rejects.toBeInstanceOf(ForbiddenError)
  })

  it('merges a duplicate: stories naming it are rewritten to the survivor, its name becomes an alias', async () => {
    const editor = await make.user(db, 'editor')
    const author = await make.user(db, 'author')
    const keep = await db.services.entities.create({
      actor: author,
      input: { kind: 'person', name: 'Ana Ruiz', wikidataId: 'Q42' },
    })
    const dup = await db.services.entities.create({
      actor: author,
      input: { kind: 'person', name: 'A. Ruiz' },
    })
    const a = await story('draft', dup.id)
    await expect(
      db.services.entities.merge({ actor: author, id: dup.id, into: keep.id }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    const survivor = await db.services.entities.merge({ actor: editor, id: dup.id, into: keep.id })
    expect(survivor.aliases).toEqual(['A. Ruiz'])
    expect((await db.services.entities.get({ actor: author, id: dup.id })).mergedInto).toBe(keep.id)
    const after = await db.services.articles.get({ actor: system, id: a.id })
    expect(after.revision).toBe(a.revision + 1)
    expect(after.attributions[1]?.speaker).toEqual({ entityId: keep.id, name: 'Ana Ruiz' })
    expect(
      (await db.services.entities.search({ actor: author, query: 'ruiz' })).map((e) => e.id),
    ).toEqual([keep.id])
  })

  it(
    'keeps attributions, sources and entities through a JSON export and restore',
    { timeout: 60_000 },
    async () => {
      const author = await make.user(db, 'author')
      const entity = await db.services.entities.create({
        actor: author,
        input: { kind: 'organization', name: 'Export Agency', aliases: ['EA'] },
      })
      const a = await story('draft', entity.id)
      const dir = mkdtempSync(join(tmpdir(), 'masthead-attribution-'))
      await exportJson(db.services, system, join(dir, 'a.json'))
      const other = await freshServices(db.kind)
      opened.push(other)
      await importJson(other, system, join(dir, 'a.json'))
      const restored = await other.articles.get({ actor: system, id: a.id })
      expect(restored.attributions).toEqual(
        (await db.services.articles.get({ actor: system, id: a.id })).attributions,
      )
      expect(restored.sources).toEqual(a.sources)
      expect(await other.entities.get({ actor: system, id: entity.id })).toEqual(entity)
    },
  )
})
