import { InvalidInputError, NotFoundError } from '../../domain/errors.js'
import type { FieldError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { requireRole } from '../../domain/roles.js'
import type { Redirect } from '../../domain/redirects.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'

const redirectStatuses = [301, 302, 307, 308] as const

/** Redirects by old path (editors and up). Throws ForbiddenError. */
export async function listRedirects(
  deps: Deps,
  actor: Actor,
  page: { limit: number; offset: number },
): Promise<Redirect[]> {
  requireRole(actor, 'editor', 'manage redirects')
  return deps.store.redirects.list(page.limit, page.offset)
}

const isSitePath = (path: string): boolean =>
  /^\/[^\s\\]*$/.test(path) && !path.startsWith('//') && path.length <= 500

/**
 * Adds (or re-points) a redirect from an old path on this site to a new path. Chains are
 * flattened by the store. Throws ForbiddenError or InvalidInputError.
 */
export async function addRedirect(
  deps: Deps,
  actor: Actor,
  input: { from: string; to: string; statusCode?: number },
): Promise<Redirect> {
  requireRole(actor, 'editor', 'manage redirects')
  const errors: FieldError[] = []
  if (!isSitePath(input.from))
    errors.push({ field: 'from', message: 'must be a path on this site, starting with “/”' })
  if (!isSitePath(input.to))
    errors.push({ field: 'to', message: 'must be a path on this site, starting with “/”' })
  if (input.from === input.to) errors.push({ field: 'to', message: 'must differ from “from”' })
  const statusCode = input.statusCode ?? 301
  if (!(redirectStatuses as readonly number[]).includes(statusCode))
    errors.push({ field: 'statusCode', message: 'must be 301, 302, 307 or 308' })
  if (errors.length > 0) throw new InvalidInputError('The redirect is invalid.', errors)
  const saved = await deps.store.transaction(async (tx) => {
    const id = deps.ids.uuid()
    await tx.redirects.upsert(
      { id, fromPath: input.from, toPath: input.to, statusCode, source: 'manual' },
      nowIso(deps),
    )
    const redirect = await tx.redirects.findByPath(input.from)
    if (redirect === null) throw new NotFoundError('redirect', input.from)
    await audit(
      tx,
      deps,
      actor,
      'redirect.create',
      { type: 'redirect', id: redirect.id },
      {
        from: input.from,
        to: input.to,
      },
    )
    return redirect
  })
  deps.events.emit({ type: 'redirect.changed', fromPath: saved.fromPath })
  return saved
}

/** Deletes a redirect. Throws ForbiddenError or NotFoundError. */
export async function deleteRedirect(deps: Deps, actor: Actor, id: string): Promise<void> {
  requireRole(actor, 'editor', 'manage redirects')
  await deps.store.transaction(async (tx) => {
    if (!(await tx.redirects.delete(id))) throw new NotFoundError('redirect', id)
    await audit(tx, deps, actor, 'redirect.delete', { type: 'redirect', id })
  })
  deps.events.emit({ type: 'redirect.changed', fromPath: '' })
}
