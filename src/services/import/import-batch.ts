import { InvalidInputError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { requireRole } from '../../domain/roles.js'
import type { Repos } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
import type { DomainEvent } from '../events.js'
import type { ImportedArticle } from './import-article.js'
import type { OldPath } from './import-article.js'
import { importArticle } from './import-article.js'
import { batchRepos } from './batch-repos.js'
import type { ImportedMedia } from './import-media.js'
import { importMedia } from './import-media.js'
import type { ImportedAuthor, ImportedSection } from './import-taxonomy.js'
import { cleanSlug, importAuthor, importSection, importTag } from './import-taxonomy.js'
import type { AttributionSuggestionRecord } from '../../store/index.js'
import { suggestionRecords } from '../attribution/suggestions.js'
import type { ImportReport } from './report.js'
import type { Outcome } from './report.js'
import {
  bump,
  countItemOnce,
  countOutcome,
  countSkip,
  countWarning,
  emptyReport,
  mergeReport,
} from './report.js'

/** Why an item was skipped, naming it and its first failing fields. */
function skipReason(input: ImportedArticle, error: InvalidInputError): string {
  const fields = error.errors.map((e) => `${e.field} ${e.message}`).join('; ')
  return `${input.kind} ${input.externalId} (“${input.headline.slice(0, 60)}”): ${fields || error.message}`
}

/** What an importer may do inside one batch; every call is part of the batch's transaction. */
export function importWriter(
  tx: Repos,
  deps: Deps,
  actor: Actor,
  source: string,
  /** The whole run's report: a section, tag, author or picture is counted once per run. */
  run?: ImportReport,
) {
  const batched = batchRepos(tx, () => nowIso(deps))
  const repos = batched.repos
  const report = emptyReport(false)
  const countItem = (kind: string, id: string, outcome: Outcome): boolean =>
    countItemOnce(report, run ?? report, { kind, id, outcome })
  const events: DomainEvent[] = []
  // Redirects are written together when the batch ends: one read of the rows they touch, a few
  // multi-row writes, and the chain repair only where a path is already involved.
  let redirects: OldPath[] = []
  // Attribution suggestions for the stories written, stored once their rows are (at the flush).
  let suggestions = new Map<string, AttributionSuggestionRecord[]>()
  // The comments already kept for an article, read once, so a re-run can say which it changed.
  const comments = new Map<string, Map<string, string>>()
  return {
    report,
    events,
    async section(input: ImportedSection) {
      const { ref, outcome } = await importSection(repos, deps, source, input)
      countItem('section', ref.id, outcome)
      if (outcome !== 'unchanged') events.push({ type: 'section.changed', sectionId: ref.id })
      return ref
    },
    async tag(input: { externalId: string; name: string; slug?: string }) {
      const { ref, outcome } = await importTag(repos, deps, source, input)
      countItem('tag', ref.id, outcome)
      return ref
    },
    async author(input: ImportedAuthor) {
      const { ref, outcome } = await importAuthor(repos, deps, source, input)
      countItem('author', ref.id, outcome)
      if (outcome !== 'unchanged') events.push({ type: 'author.changed', authorId: ref.id })
      return ref
    },
    async media(input: ImportedMedia) {
      const { media, outcome } = await importMedia(repos, deps, source, input)
      countItem('media', media.id, outcome)
      return media
    },
    /**
     * Writes one article; an item that cannot be one (a body beyond the size limit, an invalid
     * field) is skipped with its reason in the report and null is returned, so the rest goes in.
     */
    async article(input: ImportedArticle) {
      let result
      try {
        result = await importArticle(repos, deps, actor, source, input)
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error
        countSkip(report, skipReason(input, error))
        return null
      }
      const { article, outcome, redirects: written } = result
      countOutcome(report, input.kind, outcome)
      if (outcome !== 'unchanged') {
        const found = suggestionRecords(deps, article, 'import')
        suggestions.set(article.id, found)
        if (found.length > 0) bump(report.imported, 'attribution suggestion', found.length)
      }
      for (const r of written) redirects.push(r)
      // One 'content.imported' per batch: lists shift in ways a per-article event cannot name.
      if (outcome !== 'unchanged' && !events.some((e) => e.type === 'content.imported'))
        events.push({ type: 'content.imported' })
      return article
    },
    /** Makes `from` answer 301 with `to` (sections, tags, authors, feeds) when the batch ends. */
    redirect(from: string, to: string): Promise<void> {
      if (from !== to) redirects.push({ from, to })
      return Promise.resolve()
    },
    /** Looks up, with one query, which of these items an earlier run imported. */
    preload(kind: string, externalIds: readonly string[]): Promise<void> {
      return batched.preload(source, kind, externalIds)
    },
    /** Looks up the batch's articles at once: which an earlier run imported, which slugs are taken. */
    async preloadArticles(
      items: readonly Pick<ImportedArticle, 'externalId' | 'slug' | 'headline'>[],
    ): Promise<void> {
      await batched.preload(
        source,
        'article',
        items.map((i) => i.externalId),
      )
      await batched.preloadSlugs(items.map((i) => cleanSlug(i.slug, i.headline)))
    },
    /** Writes what the batch has queued; called before its transaction commits. */
    async flush() {
      await batched.flush()
      batched.forget()
      for (const [articleId, found] of suggestions)
        await tx.attributionSuggestions.replaceOpen(articleId, found)
      suggestions = new Map()
      const queued = redirects
      redirects = []
      const now = nowIso(deps)
      // Counted as written: a re-run finds its redirects in place and says so.
      const distinct = new Set(queued.map((r) => r.from)).size
      const { inserted, changed } = await tx.redirects.upsertMany(
        queued.map((r) => ({
          id: deps.ids.uuid(),
          fromPath: r.from,
          toPath: r.to,
          statusCode: 301,
          source: 'import',
        })),
        now,
      )
      countOutcome(report, 'redirect', 'imported', inserted)
      countOutcome(report, 'redirect', 'updated', Math.min(changed, distinct - inserted))
      countOutcome(report, 'redirect', 'unchanged', Math.max(0, distinct - inserted - changed))
    },
    /** Keeps a comment as it was, tied to its article, until Masthead has comments. */
    async comment(externalId: string, articleId: string, data: Record<string, unknown>) {
      let known = comments.get(articleId)
      if (known === undefined) {
        const rows = await tx.importedComments.listForArticles([articleId])
        known = new Map(rows.map((c) => [`${c.source}\n${c.externalId}`, JSON.stringify(c.data)]))
        comments.set(articleId, known)
      }
      const before = known.get(`${source}\n${externalId}`)
      const outcome =
        before === undefined
          ? 'imported'
          : before === JSON.stringify(data)
            ? 'unchanged'
            : 'updated'
      if (outcome === 'unchanged') return countOutcome(report, 'comment', outcome)
      await repos.importedComments.upsert({
        id: deps.ids.uuid(),
        source,
        externalId,
        articleId,
        data,
        createdAt: nowIso(deps),
      })
      countOutcome(report, 'comment', outcome)
    },
    /** Finds what a source item became in an earlier batch. */
    async lookup(kind: string, externalId: string): Promise<string | null> {
      return (await repos.importSources.find(source, kind, externalId))?.targetId ?? null
    },
    /** Counts an existing item the import used as it is (a section a label named), once a run. */
    used(kind: string, id: string): void {
      countItem(kind, id, 'unchanged')
    },
    warn(kind: string, detail: string) {
      countWarning(report, kind, detail)
    },
  }
}

export type ImportWriter = ReturnType<typeof importWriter>

class DryRunRollback extends Error {}

/**
 * Runs one batch of an import in one transaction, so a crash leaves whole items or none; with
 * `dryRun` everything is done and then rolled back. Adds the batch's counts to `report`.
 * Throws ForbiddenError for actors below editor, or whatever `fn` throws (nothing is kept).
 */
export async function importBatch(
  deps: Deps,
  actor: Actor,
  options: { source: string; dryRun: boolean; report: ImportReport },
  fn: (writer: ImportWriter) => Promise<void>,
): Promise<void> {
  requireRole(actor, 'editor', 'import content')
  let writer: ImportWriter | null = null
  try {
    await deps.store.transaction(async (tx) => {
      writer = importWriter(tx, deps, actor, options.source, options.report)
      await fn(writer)
      await writer.flush()
      await audit(
        tx,
        deps,
        actor,
        'import.batch',
        { type: 'import', id: null },
        {
          source: options.source,
          imported: writer.report.imported,
          updated: writer.report.updated,
        },
      )
      if (options.dryRun) throw new DryRunRollback()
    })
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error
  }
  const done = writer as ImportWriter | null
  if (done === null) return
  mergeReport(options.report, done.report)
  if (!options.dryRun) for (const event of done.events) deps.events.emit(event)
}

/** One batch of an import: its writes commit together. */
export type Batch = (fn: (writer: ImportWriter) => Promise<void>) => Promise<void>

/**
 * Runs an import made of batches. Normally each batch is its own transaction; on a dry run every
 * batch runs inside one transaction rolled back at the end, so later batches see what earlier
 * ones would have written. Throws what `body` throws.
 */
export async function runImport(
  deps: Deps,
  actor: Actor,
  options: { source: string; dryRun: boolean; report: ImportReport },
  body: (batch: Batch) => Promise<void>,
): Promise<void> {
  if (!options.dryRun)
    return deps.store.bulkWrites(() => body((fn) => importBatch(deps, actor, options, fn)))
  await importBatch(deps, actor, options, (writer) =>
    body(async (fn) => {
      await fn(writer)
      await writer.flush()
    }),
  )
}
