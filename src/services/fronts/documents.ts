import type { CurationKey } from '../../domain/fronts.js'
import { NotFoundError, StaleRevisionError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { actorUserId, requireRole } from '../../domain/roles.js'
import type { Repos } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'

/** A curated document as editors see it: its value, revision (0: never saved) and last save. */
export interface Curated<T> {
  key: CurationKey
  revision: number
  value: T
  savedAt: string | null
  savedByName: string | null
}

/** One entry of a document's history. */
export interface CurationRevision {
  revision: number
  savedAt: string
  savedBy: string | null
  savedByName: string
}

const historyLimit = 200

/** The current version of `key`, or `fallback` at revision 0 when it was never saved. */
export async function currentDocument<T>(
  deps: Deps,
  key: CurationKey,
  fallback: () => Promise<T> | T,
): Promise<Curated<T>> {
  const found = await deps.store.curation.find(key)
  if (found === null)
    return { key, revision: 0, value: await fallback(), savedAt: null, savedByName: null }
  return {
    key,
    revision: found.revision,
    value: found.value as T,
    savedAt: found.savedAt,
    savedByName: found.savedByName,
  }
}

async function nameOf(tx: Repos, actor: Actor): Promise<string> {
  if (actor.kind === 'system') return `system:${actor.name}`
  return actor.name ?? (await tx.users.findById(actor.userId))?.name ?? actor.userId
}

/**
 * Saves a new version of a curated document when `revision` is still the current one, records it
 * in the history and the audit log, and tells the caches after the commit. Throws ForbiddenError
 * (below editor) or StaleRevisionError.
 */
export async function saveDocument<T>(
  deps: Deps,
  input: { actor: Actor; key: CurationKey; revision: number; value: T },
): Promise<Curated<T>> {
  const { actor, key, revision, value } = input
  requireRole(actor, 'editor', 'change fronts, the banner or menus')
  const saved = await deps.store.transaction(async (tx) => {
    const current = (await tx.curation.find(key))?.revision ?? 0
    if (current !== revision) throw new StaleRevisionError(revision, current)
    const record = {
      key,
      revision: current + 1,
      value,
      savedAt: nowIso(deps),
      savedBy: actorUserId(actor),
      savedByName: await nameOf(tx, actor),
    }
    if (!(await tx.curation.save(record, current))) {
      const now = (await tx.curation.find(key))?.revision ?? 0
      throw new StaleRevisionError(revision, now)
    }
    await audit(
      tx,
      deps,
      actor,
      'curation.saved',
      { type: 'curation', id: key },
      { revision: record.revision },
    )
    return record
  })
  deps.events.emit({ type: 'curation.changed', key })
  return {
    key,
    revision: saved.revision,
    value,
    savedAt: saved.savedAt,
    savedByName: saved.savedByName,
  }
}

/** Every saved version of a document, newest first. Throws ForbiddenError below editor. */
export async function documentHistory(
  deps: Deps,
  input: { actor: Actor; key: CurationKey },
): Promise<CurationRevision[]> {
  requireRole(input.actor, 'editor', 'see the history of fronts, the banner or menus')
  const rows = await deps.store.curation.history(input.key, historyLimit)
  return rows.map((r) => ({
    revision: r.revision,
    savedAt: r.savedAt,
    savedBy: r.savedBy,
    savedByName: r.savedByName,
  }))
}

/**
 * Undo: saves version `from` again as a new version (history only grows). `check` validates the
 * old value against today's sections and stories. Throws ForbiddenError, NotFoundError,
 * StaleRevisionError or InvalidInputError.
 */
export async function restoreDocument<T>(
  deps: Deps,
  input: { actor: Actor; key: CurationKey; revision: number; from: number },
  check: (value: T) => Promise<T>,
): Promise<Curated<T>> {
  requireRole(input.actor, 'editor', 'restore fronts, the banner or menus')
  const old = await deps.store.curation.version(input.key, input.from)
  if (old === null) throw new NotFoundError('revision', `${input.key}@${input.from}`)
  const value = await check(old.value as T)
  return saveDocument(deps, { actor: input.actor, key: input.key, revision: input.revision, value })
}
