import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { testDbKind, testFastPaths, useTestDatabase } from '../support/database.js'
import { make } from '../support/make.js'

// On SQLite, reading statements are kept and their rows named from arrays (dialects/sqlite.ts);
// the rows must come out exactly as the driver's own objects would, on both databases.
describe('rows read through kept statements', () => {
  const db = useTestDatabase()

  it('names every column, keeps nulls and numbers, and gives empty results', async () => {
    await sql`CREATE TABLE row_shapes (id TEXT PRIMARY KEY, n INTEGER, label TEXT)`.execute(
      db.store.db,
    )
    await sql`INSERT INTO row_shapes (id, n, label) VALUES ('a', 1, NULL), ('b', 2, 'two')`.execute(
      db.store.db,
    )
    const read = () =>
      db.store.db
        .selectFrom('row_shapes' as never)
        .selectAll()
        .orderBy('id' as never)
        .execute()
    expect(await read()).toEqual([
      { id: 'a', n: 1, label: null },
      { id: 'b', n: 2, label: 'two' },
    ])
    // The same statement again (kept on SQLite): same rows, and nothing for no match.
    expect(await read()).toEqual([
      { id: 'a', n: 1, label: null },
      { id: 'b', n: 2, label: 'two' },
    ])
    const none = await sql`SELECT id, n FROM row_shapes WHERE id = ${'zzz'}`.execute(db.store.db)
    expect(none.rows).toEqual([])
    // A later column of the same name wins, as with the driver's objects.
    const same = await sql`SELECT 1 AS v, 2 AS v`.execute(db.store.db)
    expect(same.rows).toEqual([{ v: 2 }])
    // Any name a column can have, quotes, backslashes and line breaks included, stays that name.
    const odd = await sql`SELECT 1 AS "a""b", 2 AS "c\\d", 3 AS "é }; x", 4 AS "line
break", 5 AS "constructor"`.execute(db.store.db)
    expect(odd.rows).toEqual([
      { 'a"b': 1, 'c\\d': 2, 'é }; x': 3, 'line\nbreak': 4, constructor: 5 },
    ])
  })

  it('reads the new columns of a table changed after a statement on it was kept', async () => {
    await sql`CREATE TABLE row_changes (id TEXT PRIMARY KEY, a TEXT)`.execute(db.store.db)
    await sql`INSERT INTO row_changes (id, a) VALUES ('x', 'first')`.execute(db.store.db)
    const read = () => sql`SELECT * FROM row_changes`.execute(db.store.db)
    expect((await read()).rows).toEqual([{ id: 'x', a: 'first' }])
    await sql`ALTER TABLE row_changes ADD COLUMN b TEXT DEFAULT 'added'`.execute(db.store.db)
    expect((await read()).rows).toEqual([{ id: 'x', a: 'first', b: 'added' }])
    await sql`ALTER TABLE row_changes RENAME COLUMN a TO renamed`.execute(db.store.db)
    expect((await read()).rows).toEqual([{ id: 'x', renamed: 'first', b: 'added' }])
  })

  it('gives objects to streams and after a failed read, and names a __proto__ column as a column', async () => {
    await sql`CREATE TABLE row_streams (id TEXT PRIMARY KEY, n INTEGER)`.execute(db.store.db)
    await sql`INSERT INTO row_streams (id, n) VALUES ('a', 1), ('b', 2)`.execute(db.store.db)
    const query = () =>
      db.store.db
        .selectFrom('row_streams' as never)
        .selectAll()
        .orderBy('id' as never)
    expect(await query().execute()).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ])
    // Streams (`iterate` on the same kept statement) and JSON errors: SQLite only (Kysely
    // streams from PostgreSQL only through a cursor, which Masthead does not configure).
    if (db.kind === 'sqlite') {
      const streamed: unknown[] = []
      for await (const row of query().stream()) streamed.push(row)
      expect(streamed).toEqual([
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
      ])
      // The same kept statement fails (malformed JSON) and is then read and streamed again.
      const filtered = (json: string) =>
        db.store.db
          .selectFrom('row_streams' as never)
          .selectAll()
          .where(sql<boolean>`json_extract(${json}, '$.a') IS NULL`)
          .orderBy('id' as never)
      await expect(filtered('not json').execute()).rejects.toThrow(/JSON/i)
      expect(await filtered('{}').execute()).toEqual([
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
      ])
      const after: unknown[] = []
      for await (const row of filtered('{}').stream()) after.push(row)
      expect(after).toEqual([
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
      ])
    }
    const proto = await sql<Record<string, unknown>>`SELECT 1 AS "__proto__", 2 AS n`.execute(
      db.store.db,
    )
    const row = proto.rows[0] ?? {}
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype)
    // Kept statements name a `__proto__` column as a column, as pg does; better-sqlite3's own
    // objects (the fast paths off) leave it out. No query of ours names a column so.
    const named = testFastPaths() || db.kind === 'postgres'
    expect(Object.entries(row)).toEqual(
      named
        ? [
            ['__proto__', 1],
            ['n', 2],
          ]
        : [['n', 2]],
    )
  })

  // Only SQLite keeps statements.
  it.runIf(testDbKind() === 'sqlite')(
    'reads the new names of a kept statement whose rows grew after a change it did not see',
    async () => {
      await sql`CREATE TABLE row_grows (id TEXT PRIMARY KEY)`.execute(db.store.db)
      await sql`INSERT INTO row_grows (id) VALUES ('x')`.execute(db.store.db)
      const read = () => sql`SELECT * FROM row_grows`.execute(db.store.db)
      expect((await read()).rows).toEqual([{ id: 'x' }])
      // Another connection changes the table, as another process would: this one's cache is kept.
      const other = db.openAnother()
      await sql`ALTER TABLE row_grows ADD COLUMN extra TEXT DEFAULT 'more'`.execute(other.store.db)
      expect((await read()).rows).toEqual([{ id: 'x', extra: 'more' }])
    },
  )

  // On SQLite a store read outside a transaction runs at once, without Kysely's queue
  // (reusable-query.ts): never while a transaction is open on the connection.
  it('never shows a public read what an open transaction has not committed', async () => {
    const story = await make.article(db, { headline: 'As committed', status: 'published' })
    let during: Promise<unknown> | undefined
    await expect(
      db.store.transaction(async (tx) => {
        const current = (await tx.articles.findById(story.id))!
        const changed = { ...current, headline: 'Never committed', revision: current.revision + 1 }
        expect(await tx.articles.updateIfRevision(changed, current.revision)).toBe(true)
        expect((await tx.articles.findById(story.id))?.headline).toBe('Never committed')
        during = db.store.articles.findStory('id', story.id)
        await tx.articles.feedKeys(story.id)
        throw new Error('rolled back')
      }),
    ).rejects.toThrow('rolled back')
    const read = (await during) as { article: { headline: string } } | null
    expect(read?.article.headline).toBe('As committed')
    const cards = await db.store.articles.findCardsByIds([story.id])
    expect(cards[0]?.headline).toBe('As committed')
  })
})
