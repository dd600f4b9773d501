import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { useTestDatabase } from '../support/database.js'

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
})
