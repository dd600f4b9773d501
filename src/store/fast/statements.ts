import type SqliteDatabase from 'better-sqlite3'

/**
 * Kysely's SQLite driver prepares every query anew; preparing was a quarter of the CPU time of a
 * bulk import. better-sqlite3 statements are reusable once run, so recent ones are kept (the SQL
 * text is the key; Kysely passes values as parameters, so the set of texts stays small; list reads
 * write their LIMIT into the SQL, one text per page size). A schema change empties the cache, so
 * a statement never outlives the columns it was prepared for.
 */
export function keepStatements(raw: SqliteDatabase.Database): void {
  const prepare = raw.prepare.bind(raw)
  const cache = new Map<string, SqliteDatabase.Statement>()
  raw.prepare = ((source: string) => {
    const cached = cache.get(source)
    if (cached !== undefined && !cached.busy) return cached
    if (/^\s*(?:create|alter|drop)\b/i.test(source)) cache.clear()
    const statement = prepare(source)
    if (statement.reader) readRowsAsArrays(statement)
    if (cache.size >= 500) cache.delete(cache.keys().next().value ?? '')
    cache.set(source, statement)
    return statement
  }) as typeof raw.prepare
}

/**
 * Makes a reading statement's `all` (what Kysely calls) fetch rows as arrays and name their
 * values here, with the column names read once per statement: better-sqlite3 builds each row
 * object in C++ and looks every column name up again for every row (a list of five cards took
 * 65 µs that way and 55 µs this way). `get` and `iterate` are untouched.
 *
 * The names are read again when a row's length changes; SQLite prepares a kept statement again
 * after a schema change, and a change made through this connection also empties the cache above.
 * A column renamed by another process while this one runs would keep its old name here, as would
 * the rest of this process's code.
 */
function readRowsAsArrays(statement: SqliteDatabase.Statement): void {
  const all = statement.all.bind(statement)
  let names: string[] = []
  let objectOf: (row: unknown[]) => Record<string, unknown> = () => ({})
  statement.all = (...parameters: unknown[]) => {
    statement.raw(true)
    let rows: unknown[][]
    try {
      rows = all(...parameters) as unknown[][]
    } finally {
      statement.raw(false)
    }
    if (rows.length > 0 && rows[0]?.length !== names.length) {
      names = statement.columns().map((c) => c.name)
      objectOf = rowBuilder(names)
    }
    const objects = new Array<Record<string, unknown>>(rows.length)
    for (let i = 0; i < rows.length; i++) objects[i] = objectOf(rows[i] ?? [])
    return objects
  }
}

/**
 * A function that names a row's values, made once per statement from its column names: an object
 * literal with every name, so each row is built in one step with one hidden class. Assigned one by
 * one, a row of thirty columns went through a chain of map transitions and dictionary lookups
 * (five cards: 51 µs that way, 46 µs this way). The names come from SQLite's description of our
 * own statements and are written as JSON string literals. A `__proto__` name, which a literal
 * would take as the prototype, is defined as a property instead.
 */
function rowBuilder(names: readonly string[]): (row: unknown[]) => Record<string, unknown> {
  if (names.includes('__proto__'))
    return (row) => {
      const object: Record<string, unknown> = {}
      for (let c = 0; c < names.length; c++)
        Object.defineProperty(object, names[c] ?? '', {
          value: row[c],
          enumerable: true,
          writable: true,
          configurable: true,
        })
      return object
    }
  const fields = names.map((name, c) => `${JSON.stringify(name)}: row[${c}]`)
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the source is built above from column names written as JSON strings
  return new Function('row', `return { ${fields.join(', ')} }`) as (
    row: unknown[],
  ) => Record<string, unknown>
}
