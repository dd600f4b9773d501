import type { Kysely } from 'kysely'
import type { Database } from './schema.js'

type Db = Kysely<Database>

/** Key/value settings (values are JSON). */
export function settingsRepo(db: Db) {
  return {
    async getAll(): Promise<Record<string, unknown>> {
      const rows = await db.selectFrom('settings').selectAll().execute()
      return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]))
    },
    async set(key: string, value: unknown): Promise<void> {
      const json = JSON.stringify(value)
      await db
        .insertInto('settings')
        .values({ key, value: json })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
        .execute()
    },
  }
}
