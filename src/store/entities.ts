import type { Kysely, Selectable } from 'kysely'
import { sql } from 'kysely'
import type { Entity, EntityKind } from '../domain/entity.js'
import { searchKeyOf } from '../domain/entity.js'
import { chunks } from './chunks.js'
import type { Database, EntitiesTable } from './schema.js'

type Db = Kysely<Database>

const entityOf = (r: Selectable<EntitiesTable>): Entity => ({
  id: r.id,
  kind: r.kind as EntityKind,
  name: r.name,
  aliases: JSON.parse(r.aliases) as string[],
  description: r.description,
  wikidataId: r.wikidata_id,
  mergedInto: r.merged_into,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

const rowOf = (e: Entity): EntitiesTable => ({
  id: e.id,
  kind: e.kind,
  name: e.name,
  aliases: JSON.stringify(e.aliases),
  description: e.description,
  wikidata_id: e.wikidataId,
  merged_into: e.mergedInto,
  search_key: searchKeyOf(e),
  created_at: e.createdAt,
  updated_at: e.updatedAt,
})

/** `%`, `_` and the escape character itself taken literally in a LIKE pattern. */
const likeLiteral = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`)

/** People and organisations (migration 012). */
export function entitiesRepo(db: Db) {
  return {
    async insert(e: Entity): Promise<void> {
      await db.insertInto('entities').values(rowOf(e)).execute()
    },
    /** Inserts entities as they are (an import), survivors before those merged into them. */
    async insertMany(list: readonly Entity[]): Promise<void> {
      const ordered = [
        ...list.filter((e) => e.mergedInto === null),
        ...list.filter((e) => e.mergedInto !== null),
      ]
      for (const part of chunks(ordered, 100))
        await db.insertInto('entities').values(part.map(rowOf)).execute()
    },
    async update(e: Entity): Promise<void> {
      const { id: _id, created_at: _c, ...row } = rowOf(e)
      await db.updateTable('entities').set(row).where('id', '=', e.id).execute()
    },
    async findById(id: string): Promise<Entity | null> {
      const r = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst()
      return r === undefined ? null : entityOf(r)
    },
    async findManyByIds(ids: readonly string[]): Promise<Entity[]> {
      const out: Entity[] = []
      for (const part of chunks([...new Set(ids)]))
        out.push(
          ...(await db.selectFrom('entities').selectAll().where('id', 'in', part).execute()).map(
            entityOf,
          ),
        )
      return out
    },
    /**
     * Entities not merged away whose name or an alias contains `folded` (already folded, see
     * `foldName`); those whose name starts with it first, then by name.
     */
    async search(folded: string, kind: EntityKind | null, limit: number): Promise<Entity[]> {
      let q = db
        .selectFrom('entities')
        .selectAll()
        .where('merged_into', 'is', null)
        .orderBy(
          sql`CASE WHEN ${sql.ref('search_key')} LIKE ${`${likeLiteral(folded)}%`} ESCAPE '\\' THEN 0 ELSE 1 END`,
        )
        .orderBy('name')
        .orderBy('id')
        .limit(limit)
      if (folded !== '')
        q = q.where(
          sql<boolean>`${sql.ref('search_key')} LIKE ${`%${likeLiteral(folded)}%`} ESCAPE '\\'`,
        )
      if (kind !== null) q = q.where('kind', '=', kind)
      return (await q.execute()).map(entityOf)
    },
    /** Every entity, oldest first (the export). */
    async all(): Promise<Entity[]> {
      return (
        await db.selectFrom('entities').selectAll().orderBy('created_at').orderBy('id').execute()
      ).map(entityOf)
    },
    /** Ids of stories with an attribution whose speaker is this entity. */
    async articleIdsNaming(id: string): Promise<string[]> {
      const needle = `%${likeLiteral(JSON.stringify({ entityId: id }).slice(1, -1))}%`
      const rows = await db
        .selectFrom('articles')
        .select('id')
        .where(sql<boolean>`${sql.ref('attributions')} LIKE ${needle} ESCAPE '\\'`)
        .execute()
      return rows.map((r) => r.id)
    },
    /** Entities merged into `id`: they are pointed at `into` instead (a chain never forms). */
    async repointMerged(id: string, into: string): Promise<void> {
      await db
        .updateTable('entities')
        .set({ merged_into: into })
        .where('merged_into', '=', id)
        .execute()
    },
  }
}
