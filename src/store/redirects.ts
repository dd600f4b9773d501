import type { Kysely, Selectable } from 'kysely'
import type { Redirect } from '../domain/redirects.js'
import { chunks } from './chunks.js'
import type { Database, RedirectsTable } from './schema.js'

type Db = Kysely<Database>
type Row = Selectable<RedirectsTable>

const rowToRedirect = (r: Row): Redirect => ({
  id: r.id,
  fromPath: r.from_path,
  toPath: r.to_path,
  statusCode: r.status_code,
  source: r.source,
})

/**
 * The redirects a list of upserts touches, by old path. Applying the upserts here in order leaves
 * the rows that the same upserts, run one after another as SQL, would leave.
 */
class RedirectChanges {
  private readonly original: Map<string, Row>
  private readonly byFrom = new Map<string, Row>()
  private readonly byTo = new Map<string, Set<string>>()
  private readonly deleted = new Set<string>()

  constructor(rows: readonly Row[]) {
    this.original = new Map(rows.map((r) => [r.id, r]))
    for (const row of rows) this.put(row)
  }

  /** Points `r.fromPath` at `r.toPath` (see `upsertMany`). */
  apply(r: Redirect, now: string): void {
    const live = this.byFrom.get(r.toPath)
    if (live !== undefined) this.remove(live)
    for (const from of [...(this.byTo.get(r.fromPath) ?? [])]) {
      const row = this.byFrom.get(from)
      if (row !== undefined) this.put({ ...this.remove(row), to_path: r.toPath })
    }
    const row = this.byFrom.get(r.fromPath)
    const fields = { to_path: r.toPath, status_code: r.statusCode, source: r.source }
    this.put(
      row === undefined
        ? { id: r.id, from_path: r.fromPath, created_at: now, ...fields }
        : { ...this.remove(row), ...fields },
    )
  }

  /** Ids to delete, rows to insert, and rows to update by id grouped by their new values. */
  writes(): { deletes: string[]; inserts: Row[]; updates: Row[][] } {
    const inserts: Row[] = []
    const updates = new Map<string, Row[]>()
    for (const row of this.byFrom.values()) {
      const before = this.original.get(row.id)
      if (before === undefined) inserts.push(row)
      else if (
        before.to_path !== row.to_path ||
        before.status_code !== row.status_code ||
        before.source !== row.source
      ) {
        const key = JSON.stringify([row.to_path, row.status_code, row.source])
        const group = updates.get(key)
        if (group === undefined) updates.set(key, [row])
        else group.push(row)
      }
    }
    const kept = new Set([...this.byFrom.values()].map((r) => r.id))
    const deletes = [...this.deleted].filter((id) => !kept.has(id))
    return { deletes, inserts, updates: [...updates.values()] }
  }

  /**
   * What became of each old path, compared by path and target (row ids may churn when a chain is
   * re-pointed): new, pointed elsewhere than before, or as it was.
   */
  outcomes(froms: readonly string[]): { inserted: number; changed: number } {
    const before = new Map([...this.original.values()].map((r) => [r.from_path, r]))
    let inserted = 0
    let changed = 0
    for (const from of new Set(froms)) {
      const was = before.get(from)
      const now = this.byFrom.get(from)
      if (now === undefined) continue
      if (was === undefined) inserted += 1
      else if (was.to_path !== now.to_path || was.status_code !== now.status_code) changed += 1
    }
    return { inserted, changed }
  }

  private put(row: Row): void {
    this.byFrom.set(row.from_path, row)
    const froms = this.byTo.get(row.to_path) ?? new Set<string>()
    froms.add(row.from_path)
    this.byTo.set(row.to_path, froms)
  }

  private remove(row: Row): Row {
    this.byFrom.delete(row.from_path)
    this.byTo.get(row.to_path)?.delete(row.from_path)
    if (this.original.has(row.id)) this.deleted.add(row.id)
    return row
  }
}

/** Old paths that answer with a redirect to the new one. */
export function redirectsRepo(db: Db) {
  /** The rows whose old or new path is one of these paths. */
  async function touching(paths: readonly string[]): Promise<Row[]> {
    const rows = new Map<string, Row>()
    for (const part of chunks(paths)) {
      const found = await db
        .selectFrom('redirects')
        .selectAll()
        .where((eb) => eb.or([eb('from_path', 'in', part), eb('to_path', 'in', part)]))
        .execute()
      for (const row of found) rows.set(row.id, row)
    }
    return [...rows.values()]
  }

  /**
   * Applies the upserts in order, each as if alone: points `from` at `to`, re-points every
   * redirect that led to `from` straight at `to` (readers never follow chains), and removes a
   * redirect away from `to` (the path that is now live). The rows involved are read once and
   * only the differences written, so a whole import batch costs a few statements, and a path
   * nothing points at costs no chain repair.
   */
  /** Writes the redirects; says how many old paths are new and how many now point elsewhere. */
  async function upsertMany(
    list: readonly Redirect[],
    now: string,
  ): Promise<{ inserted: number; changed: number }> {
    if (list.length === 0) return { inserted: 0, changed: 0 }
    const paths = [...new Set(list.flatMap((r) => [r.fromPath, r.toPath]))]
    const changes = new RedirectChanges(await touching(paths))
    for (const r of list) changes.apply(r, now)
    const { deletes, inserts, updates } = changes.writes()
    for (const part of chunks(deletes))
      await db.deleteFrom('redirects').where('id', 'in', part).execute()
    for (const group of updates)
      for (const part of chunks(group)) {
        const [first] = part
        if (first === undefined) continue
        const { to_path, status_code, source } = first
        await db
          .updateTable('redirects')
          .set({ to_path, status_code, source })
          .where(
            'id',
            'in',
            part.map((r) => r.id),
          )
          .execute()
      }
    for (const part of chunks(inserts, 200)) await db.insertInto('redirects').values(part).execute()
    return changes.outcomes(list.map((r) => r.fromPath))
  }

  return {
    async findByPath(path: string): Promise<Redirect | null> {
      const row = await db
        .selectFrom('redirects')
        .selectAll()
        .where('from_path', '=', path)
        .executeTakeFirst()
      return row === undefined ? null : rowToRedirect(row)
    },
    async list(limit: number, offset: number): Promise<Redirect[]> {
      return (
        await db
          .selectFrom('redirects')
          .selectAll()
          .orderBy('from_path')
          .limit(limit)
          .offset(offset)
          .execute()
      ).map(rowToRedirect)
    },
    upsertMany,
    /** One upsert (see `upsertMany`). */
    upsert: async (r: Redirect, now: string): Promise<void> => {
      await upsertMany([r], now)
    },
    async delete(id: string): Promise<boolean> {
      const result = await db.deleteFrom('redirects').where('id', '=', id).executeTakeFirst()
      return Number(result.numDeletedRows) === 1
    },
  }
}
