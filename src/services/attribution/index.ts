import type { Article } from '../../domain/article.js'
import type { AttributionSummary } from '../../domain/attribution.js'
import { isUnnamedSourcing, summarizeAttribution } from '../../domain/attribution.js'
import { InvalidInputError, NotFoundError, StaleRevisionError } from '../../domain/errors.js'
import { articlePath } from '../../domain/permalink.js'
import type { Actor } from '../../domain/roles.js'
import { requireRole } from '../../domain/roles.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
import { recordRevision } from '../articles/history.js'
import { loadForEdit } from '../articles/save-article.js'
import { getArticle } from '../queries.js'
import { getSettings } from '../settings.js'

export type { AttributionSummary } from '../../domain/attribution.js'

/** One line of the desk's sourcing report. */
export interface SourcingReportItem {
  id: string
  headline: string
  path: string
  publishedAt: string
  summary: AttributionSummary
}

/** How many of the most recent published stories the report ranks. */
export const reportScan = 5000

/**
 * Attributed reporting (docs/attribution.md): editors' sign-offs on unnamed sources, a story's
 * attribution summary, and the desk's sourcing report.
 */
export function attributionServices(deps: Deps) {
  /** Sets (`signOff` true) or withdraws an editor's sign-off, as a new revision. */
  async function setSignOff(
    actor: Actor,
    input: { articleId: string; attributionId: string; revision: number },
    sign: boolean,
  ): Promise<Article> {
    requireRole(actor, 'editor', 'sign off on unnamed sources')
    const saved = await deps.store.transaction(async (tx) => {
      const current = await loadForEdit(tx, input.articleId)
      if (input.revision !== current.revision)
        throw new StaleRevisionError(input.revision, current.revision)
      const index = current.attributions.findIndex((a) => a.id === input.attributionId)
      const target = current.attributions[index]
      if (target === undefined) throw new NotFoundError('attribution', input.attributionId)
      if (sign && !isUnnamedSourcing(target.sourcing))
        throw new InvalidInputError('Only background and anonymous sources take a sign-off.', [
          {
            field: `attributions[${index}]`,
            message: `the source is “${target.sourcing}”, which names who said it`,
          },
        ])
      const now = nowIso(deps)
      const user = actor.kind === 'user' ? await tx.users.findById(actor.userId) : null
      const signOff = sign
        ? actor.kind === 'user'
          ? { userId: actor.userId, name: actor.name ?? user?.name ?? actor.userId, at: now }
          : { userId: `system:${actor.name}`, name: actor.name, at: now }
        : null
      const attributions = current.attributions.map((a, i) => (i === index ? { ...a, signOff } : a))
      const next: Article = {
        ...current,
        attributions,
        editedAt: now,
        revision: current.revision + 1,
      }
      if (!(await tx.articles.updateIfRevision(next, current.revision)))
        throw new StaleRevisionError(input.revision, (await loadForEdit(tx, current.id)).revision)
      await recordRevision(tx, deps, actor, next)
      await audit(
        tx,
        deps,
        actor,
        sign ? 'attribution.sign-off' : 'attribution.withdraw-sign-off',
        { type: 'article', id: current.id },
        {
          attribution: target.id,
          sourcing: target.sourcing,
          description: target.description,
          revision: next.revision,
        },
      )
      return { next, lists: await tx.articles.feedKeys(current.id) }
    })
    deps.events.emit({
      type: 'article.updated',
      articleId: saved.next.id,
      status: saved.next.status,
      lists: { before: saved.lists, after: saved.lists },
    })
    return saved.next
  }

  return {
    /** An editor vouches for a background or anonymous source. Editor or admin; audit-logged. */
    signOff: ({
      actor,
      articleId,
      attributionId,
      revision,
    }: {
      actor: Actor
      articleId: string
      attributionId: string
      revision: number
    }) => setSignOff(actor, { articleId, attributionId, revision }, true),

    /** Withdraws a sign-off (a live story then cannot be saved until it is signed again). */
    withdrawSignOff: ({
      actor,
      articleId,
      attributionId,
      revision,
    }: {
      actor: Actor
      articleId: string
      attributionId: string
      revision: number
    }) => setSignOff(actor, { articleId, attributionId, revision }, false),

    /** The story's attribution summary, for anyone who may see the story. */
    async summary({
      actor,
      articleId,
    }: {
      actor: Actor | null
      articleId: string
    }): Promise<AttributionSummary> {
      const article = await getArticle(deps, actor, articleId)
      return summarizeAttribution(article.body, article.attributions)
    },

    /**
     * Published stories ranked by the share of quotes resting on anonymous or relayed sourcing,
     * then by quotes: among the most recent `reportScan` published at or after `since`. Editor+.
     */
    async sourcingReport({
      actor,
      limit = 20,
      since = null,
    }: {
      actor: Actor
      limit?: number
      since?: string | null
    }): Promise<{ items: SourcingReportItem[] }> {
      requireRole(actor, 'editor', 'read the sourcing report')
      let from: string | null = null
      if (since !== null) {
        const t = new Date(since)
        if (Number.isNaN(t.getTime()))
          throw new InvalidInputError('The date is invalid.', [
            { field: 'since', message: 'must be an ISO date or date and time' },
          ])
        from = t.toISOString()
      }
      const settings = await getSettings(deps.store)
      const rows = await deps.store.attributionReads.published(from, reportScan)
      const items = rows
        .map((r) => ({
          id: r.id,
          headline: r.headline,
          path: articlePath(r, settings),
          publishedAt: r.publishedAt,
          summary: summarizeAttribution(r.body, r.attributions),
        }))
        .sort(
          (a, b) =>
            b.summary.anonymousOrRelayedShare - a.summary.anonymousOrRelayedShare ||
            b.summary.quotes - a.summary.quotes ||
            b.publishedAt.localeCompare(a.publishedAt),
        )
      return { items: items.slice(0, Math.max(1, Math.min(limit, 200))) }
    },
  }
}
