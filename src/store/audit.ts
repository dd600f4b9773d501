import type { Kysely } from 'kysely'
import type { Database } from './schema.js'

type Db = Kysely<Database>

export interface AuditEntry {
  at: string
  actorUserId: string | null
  actorName: string
  action: string
  subjectType: string
  subjectId: string | null
  detail?: Record<string, unknown>
  ip?: string | null
}

/** Who did what, when and from where. */
export function auditRepo(db: Db) {
  return {
    async record(e: AuditEntry): Promise<void> {
      await db
        .insertInto('audit_log')
        .values({
          at: e.at,
          actor_user_id: e.actorUserId,
          actor_name: e.actorName,
          action: e.action,
          subject_type: e.subjectType,
          subject_id: e.subjectId,
          detail: e.detail === undefined ? null : JSON.stringify(e.detail),
          ip: e.ip ?? null,
        })
        .execute()
    },
    async list(
      filter: { subjectId?: string; action?: string },
      limit: number,
      beforeId: number | null,
    ): Promise<(AuditEntry & { id: number })[]> {
      let q = db.selectFrom('audit_log').selectAll()
      if (filter.subjectId !== undefined) q = q.where('subject_id', '=', filter.subjectId)
      if (filter.action !== undefined) q = q.where('action', '=', filter.action)
      if (beforeId !== null) q = q.where('id', '<', beforeId)
      const rows = await q.orderBy('id', 'desc').limit(limit).execute()
      return rows.map((r) => ({
        id: Number(r.id),
        at: r.at,
        actorUserId: r.actor_user_id,
        actorName: r.actor_name,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        ip: r.ip,
        ...(r.detail !== null ? { detail: JSON.parse(r.detail) as Record<string, unknown> } : {}),
      }))
    },
  }
}
