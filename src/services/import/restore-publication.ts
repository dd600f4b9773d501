import { ConflictError, InvalidInputError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { requireRole } from '../../domain/roles.js'
import type { Section } from '../../domain/taxonomy.js'
import type { Repos } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
import type { PublicationExport } from './export-publication.js'
import { exportFormatVersion } from './export-publication.js'

/** Checks the envelope of an export document. Throws InvalidInputError naming what is wrong. */
function checkExport(doc: unknown): PublicationExport {
  const d = doc as Partial<PublicationExport> | null
  if (typeof d !== 'object' || d === null || d.format !== 'masthead-export')
    throw new InvalidInputError('This is not a Masthead export (no "format": "masthead-export").')
  if (d.version !== exportFormatVersion)
    throw new InvalidInputError(
      `This export is format version ${String(d.version)}; this Masthead reads version ${exportFormatVersion}.`,
    )
  for (const key of [
    'users',
    'authors',
    'sections',
    'tags',
    'media',
    'articles',
    'redirects',
  ] as const)
    if (!Array.isArray(d[key])) throw new InvalidInputError(`The export has no "${key}" list.`)
  return d as PublicationExport
}

/** Parents before children, so each section's parent exists when it is inserted. */
function parentsFirst(sections: readonly Section[]): Section[] {
  const out: Section[] = []
  const placed = new Set<string>()
  let rest = [...sections]
  while (rest.length > 0) {
    const ready = rest.filter((s) => s.parentId === null || placed.has(s.parentId))
    if (ready.length === 0) throw new InvalidInputError('The export has sections in a cycle.')
    for (const s of ready) {
      out.push(s)
      placed.add(s.id)
    }
    rest = rest.filter((s) => !placed.has(s.id))
  }
  return out
}

/**
 * Restores an export into a publication without content, in one transaction, keeping every id.
 * Throws ForbiddenError, InvalidInputError, or ConflictError when content already exists.
 */
export async function restorePublication(
  deps: Deps,
  actor: Actor,
  raw: unknown,
): Promise<{ articles: number }> {
  requireRole(actor, 'admin', 'restore an export')
  const doc = checkExport(raw)
  await deps.store.transaction(async (tx) => {
    if (!(await tx.exports.isContentEmpty()))
      throw new ConflictError(
        'This publication already has content; restore into an empty database.',
      )
    const now = nowIso(deps)
    for (const [key, value] of Object.entries(doc.settings)) await tx.settings.set(key, value)
    for (const u of doc.users)
      if (
        (await tx.users.findByEmail(u.email)) === null &&
        (await tx.users.findById(u.id)) === null
      )
        await tx.users.insert(
          { ...u, passwordHash: typeof u.passwordHash === 'string' ? u.passwordHash : null },
          u.createdAt,
        )
    for (const m of doc.media) await tx.exports.restoreMedia(m)
    for (const a of doc.authors) await tx.authors.insert(a, now)
    for (const s of parentsFirst(doc.sections)) await tx.sections.insert(s, now)
    for (const t of doc.tags) await tx.tags.insert(t, now)
    await tx.entities.insertMany(doc.entities ?? [])
    await restoreArticles(tx, doc)
    for (const r of doc.redirects) await tx.redirects.upsert(r, now)
    await audit(
      tx,
      deps,
      actor,
      'import.restore',
      { type: 'import', id: null },
      { articles: doc.articles.length },
    )
  })
  deps.events.emit({ type: 'settings.changed' })
  return { articles: doc.articles.length }
}

async function restoreArticles(tx: Repos, doc: PublicationExport): Promise<void> {
  for (const { revisions, corrections, comments, ...article } of doc.articles) {
    // Exports made before attributed reporting carry neither list.
    await tx.articles.insert({
      ...article,
      attributions: article.attributions ?? [],
      sources: article.sources ?? [],
    })
    for (const r of revisions) await tx.revisions.insert(r)
    for (const c of corrections) await tx.corrections.insert(c, null)
    for (const c of comments) await tx.importedComments.upsert(c)
  }
}
