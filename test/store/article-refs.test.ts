import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Ref } from '../../src/domain/article.js'
import type { Store } from '../../src/store/index.js'
import { testDbKind, useTestDatabase } from '../support/database.js'
import { make, systemTestActor as system } from '../support/make.js'

/**
 * An article's sections, tags and bylines are copied, with their names, into its own row
 * (store/article-refs.ts). These tests compare the copy with the truth, the link tables joined
 * to the sections, tags and authors, after every kind of write that changes either side.
 */
describe('the refs an article row keeps of its links', () => {
  const db = useTestDatabase()

  /** What the link tables say, in order, read without the copy. */
  async function linksOf(store: Store, id: string) {
    const kind = async (link: string, target: string, column: string): Promise<Ref[]> => {
      const rows = await sql<Ref>`SELECT t.id, t.slug, t.name FROM ${sql.table(link)} l
        JOIN ${sql.table(target)} t ON t.id = ${sql.ref(`l.${column}`)}
        WHERE l.article_id = ${id} ORDER BY l.position`.execute(store.db)
      return rows.rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name }))
    }
    return {
      sections: await kind('article_sections', 'sections', 'section_id'),
      tags: await kind('article_tags', 'tags', 'tag_id'),
      authors: await kind('article_authors', 'authors', 'author_id'),
    }
  }

  /** The article, its story read and its card all show exactly what the link tables say. */
  async function expectCurrent(store: Store, id: string) {
    const truth = await linksOf(store, id)
    const article = await store.articles.findById(id)
    expect({
      sections: article?.sections,
      tags: article?.tags,
      authors: article?.authors,
    }).toEqual(truth)
    const story = await store.articles.findStory('id', id)
    expect(story?.article.tags).toEqual(truth.tags)
    const [card] = await store.articles.findCardsByIds([id])
    expect({ sections: card?.sections, authors: card?.authors }).toEqual({
      sections: truth.sections,
      authors: truth.authors,
    })
    return truth
  }

  it('follow creating and saving a story: links added, removed and reordered', async () => {
    const news = await make.section(db, { name: 'News', slug: 'news' })
    const sport = await make.section(db, { name: 'Sport', slug: 'sport' })
    const ana = await make.author(db, { name: 'Ana Ruiz', slug: 'ana-ruiz' })
    const ben = await make.author(db, { name: 'Ben Okafor', slug: 'ben-okafor' })
    const created = await make.article(db, {
      sections: ['news', 'sport'],
      tags: ['Harbour', 'Budget'],
      authors: ['ana-ruiz'],
    })
    const first = await expectCurrent(db.store, created.id)
    expect(first.sections.map((s) => s.id)).toEqual([news.id, sport.id])
    expect(first.tags.map((t) => t.name)).toEqual(['Harbour', 'Budget'])
    expect(first.authors.map((a) => a.id)).toEqual([ana.id])

    const saved = await db.services.articles.save({
      actor: system,
      id: created.id,
      revision: created.revision,
      changes: {
        sections: ['sport'],
        tags: ['Budget', 'Ferries', 'Harbour'],
        authors: ['ben-okafor', 'ana-ruiz'],
      },
    })
    const second = await expectCurrent(db.store, created.id)
    expect(second.sections.map((s) => s.id)).toEqual([sport.id])
    expect(second.tags.map((t) => t.name)).toEqual(['Budget', 'Ferries', 'Harbour'])
    expect(second.authors.map((a) => a.id)).toEqual([ben.id, ana.id])

    await db.services.articles.save({
      actor: system,
      id: created.id,
      revision: saved.revision,
      changes: { tags: [], authors: [] },
    })
    const third = await expectCurrent(db.store, created.id)
    expect(third.tags).toEqual([])
    expect(third.authors).toEqual([])
  })

  it('follow renaming and re-slugging a section, a tag and a byline, in every story that names them', async () => {
    const city = await make.section(db, { name: 'City', slug: 'city' })
    const writer = await make.author(db, { name: 'Dana Lee', slug: 'dana-lee' })
    const stories = []
    for (let i = 0; i < 3; i++)
      stories.push(
        await make.article(db, {
          status: 'published',
          sections: ['city'],
          tags: ['Transport'],
          authors: ['dana-lee'],
        }),
      )
    const other = await make.article(db, { tags: ['Weather'] })

    await db.services.taxonomy.saveSection({
      actor: system,
      section: { name: 'Metro', slug: 'metro' },
      id: city.id,
    })
    const tag = (await db.store.tags.findBySlug('transport'))!
    await db.services.taxonomy.renameTag({ actor: system, id: tag.id, name: 'Public transport' })
    await db.services.taxonomy.saveAuthor({
      actor: system,
      author: { name: 'Dana Lee-Park', slug: 'dana-lee-park' },
      id: writer.id,
    })

    for (const story of stories) {
      const truth = await expectCurrent(db.store, story.id)
      expect(truth.sections).toEqual([{ id: city.id, slug: 'metro', name: 'Metro' }])
      expect(truth.tags).toEqual([
        { id: tag.id, slug: 'public-transport', name: 'Public transport' },
      ])
      expect(truth.authors).toEqual([
        { id: writer.id, slug: 'dana-lee-park', name: 'Dana Lee-Park' },
      ])
    }
    expect((await expectCurrent(db.store, other.id)).tags.map((t) => t.name)).toEqual(['Weather'])
    // The public list's cards read the same copy.
    const page = await db.store.articles.listCards(
      { statuses: ['published'], sectionId: city.id },
      10,
      null,
    )
    expect(page.items.map((c) => c.sections[0]?.name)).toEqual(['Metro', 'Metro', 'Metro'])
    expect(page.items.map((c) => c.authors[0]?.slug)).toEqual(Array(3).fill('dana-lee-park'))
  })

  it('lose a deleted section, tag or byline', async () => {
    const gone = await make.section(db, { name: 'Gone', slug: 'gone' })
    await make.section(db, { name: 'Kept', slug: 'kept' })
    const leaving = await make.author(db, { name: 'Eli Moss', slug: 'eli-moss' })
    await make.author(db, { name: 'Fay Ng', slug: 'fay-ng' })
    const story = await make.article(db, {
      sections: ['gone', 'kept'],
      tags: ['Old tag', 'New tag'],
      authors: ['eli-moss', 'fay-ng'],
    })
    await db.services.taxonomy.deleteSection({ actor: system, id: gone.id })
    const oldTag = (await db.store.tags.findBySlug('old-tag'))!
    await db.store.transaction(async (tx) => {
      await tx.tags.delete(oldTag.id)
      await tx.authors.delete(leaving.id)
    })
    const truth = await expectCurrent(db.store, story.id)
    expect(truth.sections.map((s) => s.slug)).toEqual(['kept'])
    expect(truth.tags.map((t) => t.slug)).toEqual(['new-tag'])
    expect(truth.authors.map((a) => a.slug)).toEqual(['fay-ng'])
  })

  it('stay as they are when a section only moves (no article row is rewritten)', async () => {
    const a = await make.section(db, { name: 'Arts', slug: 'arts' })
    const b = await make.section(db, { name: 'Books', slug: 'books' })
    const story = await make.article(db, { sections: ['books'] })
    const before = await sql<{
      section_refs: string
    }>`SELECT section_refs FROM articles WHERE id = ${story.id}`.execute(db.store.db)
    // A stand-in value no refresh would write: it survives unless the row is rewritten.
    await sql`UPDATE articles SET section_refs = ${'[["x","x","untouched"]]'} WHERE id = ${story.id}`.execute(
      db.store.db,
    )
    await db.services.taxonomy.saveSection({ actor: system, section: { parent: a.slug }, id: b.id })
    const after = await sql<{
      section_refs: string
    }>`SELECT section_refs FROM articles WHERE id = ${story.id}`.execute(db.store.db)
    expect(after.rows[0]?.section_refs).toBe('[["x","x","untouched"]]')
    expect(before.rows[0]?.section_refs).toContain('Books')
  })

  it('are filled for the stories already there when the column is added (migration)', async () => {
    await make.section(db, { name: 'Science', slug: 'science' })
    await make.author(db, { name: 'Gil Ortiz', slug: 'gil-ortiz' })
    const story = await make.article(db, {
      sections: ['science'],
      tags: ['Space', 'Telescopes'],
      authors: ['gil-ortiz'],
    })
    const truth = await linksOf(db.store, story.id)
    for (const column of ['section_refs', 'tag_refs', 'author_refs'])
      await sql`ALTER TABLE articles DROP COLUMN ${sql.ref(column)}`.execute(db.store.db)
    await sql`DELETE FROM kysely_migration WHERE name = ${'007-article-refs'}`.execute(db.store.db)
    expect(await db.store.migrate()).toEqual(['007-article-refs'])
    expect(await expectCurrent(db.store, story.id)).toEqual(truth)
    expect(truth.tags.map((t) => t.name)).toEqual(['Space', 'Telescopes'])
    // Interrupted after adding the columns (SQLite runs a migration outside a transaction): run
    // again, it keeps them and fills them.
    await sql`UPDATE articles SET section_refs = '[]', tag_refs = '[]', author_refs = '[]'`.execute(
      db.store.db,
    )
    await sql`DELETE FROM kysely_migration WHERE name = ${'007-article-refs'}`.execute(db.store.db)
    expect(await db.store.migrate()).toEqual(['007-article-refs'])
    expect(await expectCurrent(db.store, story.id)).toEqual(truth)
  })
})

// Two processes on one PostgreSQL: a rename and a save that links the renamed section, each in a
// transaction the other cannot see yet. Whichever commits first, the story must end up showing
// the new name. Only the name changes: a new slug would make the link's foreign-key check wait
// for the rename anyway, and hide the race. (SQLite has one writer at a time.)
/**
 * A transaction held open in the middle: it calls `entered()` and waits for `gate`; the test
 * waits for `inside`, does what it wants meanwhile, then calls `release()`.
 */
function pause() {
  let release = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  let entered = () => {}
  const inside = new Promise<void>((resolve) => (entered = resolve))
  return { gate, release: () => release(), entered: () => entered(), inside }
}

describe.runIf(testDbKind() === 'postgres')('the refs under concurrent writers', () => {
  const db = useTestDatabase()

  for (const first of ['rename', 'save'] as const)
    it(`show the new name when the ${first} holds its transaction open first`, async () => {
      const section = await make.section(db, { name: 'Harbour', slug: `harbour-${first}` })
      const elsewhere = await make.section(db, { name: 'Elsewhere' })
      const story = await make.article(db, { sections: [elsewhere.slug] })
      const other = db.openAnother()
      try {
        const { gate, release, entered, inside } = pause()
        const rename = async (wait: boolean) =>
          db.store.transaction(async (tx) => {
            await tx.sections.update({ ...section, name: 'Waterfront' }, new Date().toISOString())
            if (wait) {
              entered()
              await gate
            }
          })
        const save = async (wait: boolean) =>
          other.store.transaction(async (tx) => {
            const current = (await tx.articles.findById(story.id))!
            const linked = {
              ...current,
              sections: [{ id: section.id, slug: section.slug, name: section.name }],
              revision: current.revision + 1,
            }
            expect(await tx.articles.updateIfRevision(linked, current.revision)).toBe(true)
            if (wait) {
              entered()
              await gate
            }
          })
        const [holder, follower] = first === 'rename' ? [rename, save] : [save, rename]
        const held = holder(true)
        await inside
        const following = follower(false)
        // Give the follower time to reach the lock; it must not finish while the holder is open.
        await new Promise((resolve) => setTimeout(resolve, 300))
        let followerDone = false
        void following.then(() => (followerDone = true))
        await Promise.resolve()
        expect(followerDone).toBe(false)
        release()
        await Promise.all([held, following])
        const refs = await sql<{
          section_refs: string
        }>`SELECT section_refs FROM articles WHERE id = ${story.id}`.execute(db.store.db)
        expect(JSON.parse(refs.rows[0]?.section_refs ?? '[]')).toEqual([
          [section.id, section.slug, 'Waterfront'],
        ])
      } finally {
        await other.store.close()
      }
    })

  it('are not locked by a move or a bio edit while a save is open', async () => {
    const parent = await make.section(db, { name: 'Parent' })
    const moving = await make.section(db, { name: 'Moving' })
    const writer = await make.author(db, { name: 'Hal Ford' })
    const story = await make.article(db, { sections: [moving.slug], authors: [writer.slug] })
    const other = db.openAnother()
    try {
      const { gate, release, entered, inside } = pause()
      // A save holds the refs lock, shared, until it commits.
      const save = other.store.transaction(async (tx) => {
        const current = (await tx.articles.findById(story.id))!
        const next = { ...current, headline: 'Edited', revision: current.revision + 1 }
        expect(await tx.articles.updateIfRevision(next, current.revision)).toBe(true)
        entered()
        await gate
      })
      await inside
      // Neither changes a name or slug, so neither waits for it.
      await db.services.taxonomy.saveSection({
        actor: system,
        section: { parent: parent.slug },
        id: moving.id,
      })
      await db.services.taxonomy.saveAuthor({
        actor: system,
        author: { bio: 'Covers the port.' },
        id: writer.id,
      })
      release()
      await save
      const after = await db.store.articles.findById(story.id)
      expect(after?.headline).toBe('Edited')
      expect(after?.authors).toEqual([{ id: writer.id, slug: writer.slug, name: 'Hal Ford' }])
    } finally {
      await other.store.close()
    }
  })
})
