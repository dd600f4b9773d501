import type { Kysely } from 'kysely'
import type { Dialect } from '../dialects/dialect.js'

interface SectionRow {
  id: string
}

/**
 * What editors curate, versioned: fronts, the breaking-news banner and menus.
 *
 * - `curation`: the current document of each key (`front:home`, `front:section:ID`, `banner`,
 *   `menu:main`, `menu:secondary`, `menu:footer`), as JSON, with its revision.
 * - `curation_revisions`: every saved version of each key, with who saved it and when.
 *
 * The main menu of a publication that already has sections is seeded once from its top-level
 * sections, in their order, so its navigation does not change on upgrade; from then on menus are
 * edited, and a new section appears in none until an editor places it.
 */
export function curation(dialect: Dialect) {
  const ts = dialect.timestampType
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('curation')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('saved_at', ts, (c) => c.notNull())
        .addColumn('saved_by', 'text')
        .addColumn('saved_by_name', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createTable('curation_revisions')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('saved_at', ts, (c) => c.notNull())
        .addColumn('saved_by', 'text')
        .addColumn('saved_by_name', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('curation_revisions_pk', ['key', 'revision'])
        .execute()

      const untyped = db as Kysely<{
        sections: SectionRow & { parent_id: string | null; position: number }
      }>
      const tops = await untyped
        .selectFrom('sections')
        .select('id')
        .where('parent_id', 'is', null)
        .orderBy('position')
        .orderBy('id')
        .execute()
      if (tops.length === 0) return
      const value = JSON.stringify({
        items: tops.map((s) => ({ kind: 'section', sectionId: s.id, label: null })),
      })
      const row = {
        key: 'menu:main',
        revision: 1,
        value,
        saved_at: new Date().toISOString(),
        saved_by: null,
        saved_by_name: 'system:upgrade',
      }
      const typed = db as Kysely<{ curation: typeof row; curation_revisions: typeof row }>
      await typed.insertInto('curation').values(row).execute()
      await typed.insertInto('curation_revisions').values(row).execute()
    },
  }
}
