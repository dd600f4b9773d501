import type { Kysely, Selectable } from 'kysely'
import type { AttributionSuggestion } from '../domain/attribution-suggest.js'
import type { AttributionSuggestionsTable, Database } from './schema.js'

type Db = Kysely<Database>

/** A suggestion as stored, with when it was made and decided. */
export interface AttributionSuggestionRecord extends AttributionSuggestion {
  createdAt: string
  decidedAt: string | null
  decidedBy: string | null
}

const map = (r: Selectable<AttributionSuggestionsTable>): AttributionSuggestionRecord => ({
  id: r.id,
  articleId: r.article_id,
  status: r.status as AttributionSuggestion['status'],
  origin: r.origin as AttributionSuggestion['origin'],
  speakerName: r.speaker_name,
  role: r.role,
  sourcing: r.sourcing as AttributionSuggestion['sourcing'],
  relayed: r.relayed === null ? null : (JSON.parse(r.relayed) as AttributionSuggestion['relayed']),
  description: r.description,
  quote: r.quote,
  trigger: r.trigger,
  at: { block: r.block, start: r.start_offset, end: r.end_offset },
  createdAt: r.created_at,
  decidedAt: r.decided_at,
  decidedBy: r.decided_by,
})

/** The attribution suggestions of stories. */
export function attributionSuggestionsRepo(db: Db) {
  return {
    /** Replaces the story's open suggestions with `records` (decided ones stay, for the record). */
    async replaceOpen(articleId: string, records: AttributionSuggestionRecord[]): Promise<void> {
      await db
        .deleteFrom('attribution_suggestions')
        .where('article_id', '=', articleId)
        .where('status', '=', 'open')
        .execute()
      if (records.length === 0) return
      await db
        .insertInto('attribution_suggestions')
        .values(
          records.map((s, position) => ({
            id: s.id,
            article_id: articleId,
            position,
            status: s.status,
            origin: s.origin,
            speaker_name: s.speakerName,
            role: s.role,
            sourcing: s.sourcing,
            relayed: s.relayed === null ? null : JSON.stringify(s.relayed),
            description: s.description,
            quote: s.quote,
            trigger: s.trigger,
            block: s.at.block,
            start_offset: s.at.start,
            end_offset: s.at.end,
            created_at: s.createdAt,
            decided_at: s.decidedAt,
            decided_by: s.decidedBy,
          })),
        )
        .execute()
    },
    /** The story's suggestions in reading order, open ones first unless `status` picks one kind. */
    async list(
      articleId: string,
      status?: AttributionSuggestion['status'],
    ): Promise<AttributionSuggestionRecord[]> {
      let query = db
        .selectFrom('attribution_suggestions')
        .selectAll()
        .where('article_id', '=', articleId)
      if (status !== undefined) query = query.where('status', '=', status)
      const rows = await query.orderBy('created_at').orderBy('position').orderBy('id').execute()
      return rows.map(map)
    },
    async find(articleId: string, id: string): Promise<AttributionSuggestionRecord | null> {
      const row = await db
        .selectFrom('attribution_suggestions')
        .selectAll()
        .where('article_id', '=', articleId)
        .where('id', '=', id)
        .executeTakeFirst()
      return row === undefined ? null : map(row)
    },
    /** Accepts or dismisses an open suggestion; false when it is not open (any more). */
    async decide(
      id: string,
      status: 'accepted' | 'dismissed',
      at: string,
      by: string | null,
    ): Promise<boolean> {
      const result = await db
        .updateTable('attribution_suggestions')
        .set({ status, decided_at: at, decided_by: by })
        .where('id', '=', id)
        .where('status', '=', 'open')
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
  }
}
