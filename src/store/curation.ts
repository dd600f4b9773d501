import type { Kysely, Selectable } from 'kysely'
import type { CurationTable, Database } from './schema.js'

type Db = Kysely<Database>

/** One saved version of a curated document (a front, the banner, a menu). */
export interface CurationRecord {
  key: string
  revision: number
  value: unknown
  savedAt: string
  savedBy: string | null
  savedByName: string
}

const map = (r: Selectable<CurationTable>): CurationRecord => ({
  key: r.key,
  revision: r.revision,
  value: JSON.parse(r.value) as unknown,
  savedAt: r.saved_at,
  savedBy: r.saved_by,
  savedByName: r.saved_by_name,
})

const row = (record: CurationRecord) => ({
  key: record.key,
  revision: record.revision,
  value: JSON.stringify(record.value),
  saved_at: record.savedAt,
  saved_by: record.savedBy,
  saved_by_name: record.savedByName,
})

/** Curated documents and their history: the current version per key, and every version. */
export function curationRepo(db: Db) {
  return {
    async find(key: string): Promise<CurationRecord | null> {
      const found = await db
        .selectFrom('curation')
        .selectAll()
        .where('key', '=', key)
        .executeTakeFirst()
      return found === undefined ? null : map(found)
    },
    /** The current versions of several keys (missing keys left out). */
    async findMany(keys: readonly string[]): Promise<CurationRecord[]> {
      if (keys.length === 0) return []
      const rows = await db.selectFrom('curation').selectAll().where('key', 'in', keys).execute()
      return rows.map(map)
    },
    /**
     * Writes a new version: only when the current one is still `expected` (0: none yet). Answers
     * false when another save came first.
     */
    async save(record: CurationRecord, expected: number): Promise<boolean> {
      if (expected === 0) {
        const inserted = await db
          .insertInto('curation')
          .values(row(record))
          .onConflict((oc) => oc.column('key').doNothing())
          .executeTakeFirst()
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return false
      } else {
        const { key: _key, ...rest } = row(record)
        const updated = await db
          .updateTable('curation')
          .set(rest)
          .where('key', '=', record.key)
          .where('revision', '=', expected)
          .executeTakeFirst()
        if (Number(updated.numUpdatedRows) !== 1) return false
      }
      await db.insertInto('curation_revisions').values(row(record)).execute()
      return true
    },
    /** Every version of `key`, newest first. */
    async history(key: string, limit: number): Promise<CurationRecord[]> {
      const rows = await db
        .selectFrom('curation_revisions')
        .selectAll()
        .where('key', '=', key)
        .orderBy('revision', 'desc')
        .limit(limit)
        .execute()
      return rows.map(map)
    },
    async version(key: string, revision: number): Promise<CurationRecord | null> {
      const found = await db
        .selectFrom('curation_revisions')
        .selectAll()
        .where('key', '=', key)
        .where('revision', '=', revision)
        .executeTakeFirst()
      return found === undefined ? null : map(found)
    },
  }
}
