import type { Kysely, Selectable } from 'kysely'
import type { Correction, CorrectionKind, CorrectionVersion } from '../domain/article.js'
import { reusableQuery } from './reusable-query.js'
import type { Database } from './schema.js'

type Db = Kysely<Database>

/** The corrections of these articles, oldest first (an article page reads its own). */
const correctionsOf = reusableQuery(
  (db, articleIds: readonly string[]) =>
    db
      .selectFrom('corrections')
      .selectAll()
      .where('article_id', 'in', articleIds)
      .orderBy('created_at')
      .orderBy('id'),
  (articleIds) => String(articleIds.length),
  (articleIds) => articleIds,
)

/** Instants as the rest of the store gives them (PostgreSQL's JSON carries an offset). */
export const isoInstant = (value: string): string =>
  value.endsWith('Z') ? value : new Date(value).toISOString()

/**
 * Fills in the earlier wordings of the corrections that were edited (one read, only when one
 * was): each correction's history, oldest first.
 */
export async function withHistory(db: Db, corrections: Correction[]): Promise<Correction[]> {
  const edited = corrections.filter((c) => c.editedAt !== null).map((c) => c.id)
  if (edited.length === 0) return corrections
  const rows = await db
    .selectFrom('correction_versions')
    .select(['correction_id', 'text', 'replaced_at'])
    .where('correction_id', 'in', edited)
    .orderBy('replaced_at')
    .orderBy('id')
    .execute()
  const byId = new Map<string, CorrectionVersion[]>()
  for (const r of rows)
    byId.set(r.correction_id, [
      ...(byId.get(r.correction_id) ?? []),
      { text: r.text, replacedAt: isoInstant(r.replaced_at) },
    ])
  return corrections.map((c) => ({ ...c, history: byId.get(c.id) ?? [] }))
}

const correctionOf = (r: Selectable<Database['corrections']>): Correction => ({
  id: r.id,
  articleId: r.article_id,
  kind: r.kind as CorrectionKind,
  text: r.text,
  createdAt: r.created_at,
  editedAt: r.edited_at,
  history: [],
  withdrawn: r.withdrawn_at === null ? null : { at: r.withdrawn_at, note: r.withdrawn_note ?? '' },
})

/** Public corrections, updates and clarifications, with their edits and withdrawals. */
export function correctionsRepo(db: Db) {
  return {
    async insert(c: Correction, createdBy: string | null): Promise<void> {
      await db
        .insertInto('corrections')
        .values({
          id: c.id,
          article_id: c.articleId,
          kind: c.kind,
          text: c.text,
          created_at: c.createdAt,
          created_by: createdBy,
          edited_at: c.editedAt,
          withdrawn_at: c.withdrawn?.at ?? null,
          withdrawn_note: c.withdrawn?.note ?? null,
        })
        .execute()
    },
    async findById(id: string): Promise<Correction | null> {
      const row = await db
        .selectFrom('corrections')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row === undefined ? null : ((await withHistory(db, [correctionOf(row)]))[0] ?? null)
    },
    /** The corrections of these articles with their history, oldest first. */
    async listForArticles(articleIds: readonly string[]): Promise<Correction[]> {
      if (articleIds.length === 0) return []
      return withHistory(db, (await correctionsOf(db, articleIds)).map(correctionOf))
    },
    /** New wording for a correction; the one it replaces is kept as a version. */
    async reword(
      current: Correction,
      text: string,
      change: { versionId: string; at: string; by: string | null },
    ): Promise<void> {
      await db
        .insertInto('correction_versions')
        .values({
          id: change.versionId,
          correction_id: current.id,
          text: current.text,
          replaced_at: change.at,
          replaced_by: change.by,
        })
        .execute()
      await db
        .updateTable('corrections')
        .set({ text, edited_at: change.at })
        .where('id', '=', current.id)
        .execute()
    },
    async withdraw(id: string, withdrawn: { at: string; note: string }, by: string | null) {
      await db
        .updateTable('corrections')
        .set({ withdrawn_at: withdrawn.at, withdrawn_note: withdrawn.note, withdrawn_by: by })
        .where('id', '=', id)
        .execute()
    },
    /**
     * Corrections across stories, newest first, by keyset, with their history: `all` for the
     * newsroom, else those on published stories plus, with `ownedBy`, on stories that user created
     * or writes under one of their bylines.
     */
    async listRecent(
      limit: number,
      before: { at: string; id: string } | null,
      scope: 'all' | { ownedBy: { userId: string; authorIds: readonly string[] } | null },
    ): Promise<Correction[]> {
      let q = db
        .selectFrom('corrections as c')
        .innerJoin('articles as a', 'a.id', 'c.article_id')
        .selectAll('c')
      if (scope !== 'all') {
        const owner = scope.ownedBy
        q = q.where(({ eb, or, exists, selectFrom }) =>
          or([
            eb('a.status', '=', 'published'),
            ...(owner === null
              ? []
              : [
                  eb('a.created_by', '=', owner.userId),
                  ...(owner.authorIds.length > 0
                    ? [
                        exists(
                          selectFrom('article_authors as w')
                            .select('w.article_id')
                            .whereRef('w.article_id', '=', 'a.id')
                            .where('w.author_id', 'in', owner.authorIds),
                        ),
                      ]
                    : []),
                ]),
          ]),
        )
      }
      if (before !== null) {
        q = q.where(({ eb, or, and }) =>
          or([
            eb('c.created_at', '<', before.at),
            and([eb('c.created_at', '=', before.at), eb('c.id', '<', before.id)]),
          ]),
        )
      }
      const rows = await q
        .orderBy('c.created_at', 'desc')
        .orderBy('c.id', 'desc')
        .limit(limit)
        .execute()
      return withHistory(db, rows.map(correctionOf))
    },
    /** Corrections on published stories, newest first, by keyset (current wording only). */
    async listPublic(
      limit: number,
      before: { at: string; id: string } | null,
    ): Promise<Correction[]> {
      let q = db
        .selectFrom('corrections as c')
        .innerJoin('articles as a', 'a.id', 'c.article_id')
        .selectAll('c')
        .where('a.status', '=', 'published')
      if (before !== null) {
        q = q.where(({ eb, or, and }) =>
          or([
            eb('c.created_at', '<', before.at),
            and([eb('c.created_at', '=', before.at), eb('c.id', '<', before.id)]),
          ]),
        )
      }
      return (
        await q.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(limit).execute()
      ).map(correctionOf)
    },
  }
}
