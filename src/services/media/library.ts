import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../../domain/errors.js'
import { isValidFocalPoint } from '../../domain/media.js'
import { mediaTextFields, mediaTextLimit } from '../../domain/media-text.js'
import type { Actor } from '../../domain/roles.js'
import { actorUserId, isAtLeast, requireRole, roleOf } from '../../domain/roles.js'
import type { Media } from '../../domain/media.js'
import type { Repos } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit } from '../deps.js'
import { dropFiles } from './storage.js'

export interface MediaChanges {
  alt?: string
  caption?: string
  credit?: string
  copyright?: string
  focalX?: number
  focalY?: number
}

/** Media newest first, optionally searched by caption, credit, alt text or copyright. */
export async function listMedia(
  deps: Deps,
  actor: Actor,
  query: { q?: string; limit?: number; before?: { at: string; id: string } | null },
): Promise<{ items: Media[]; next: { at: string; id: string } | null }> {
  requireRole(actor, 'contributor', 'browse the media library')
  const limit = Math.min(Math.max(query.limit ?? 30, 1), 100)
  const items = await deps.store.media.list(query.q ?? null, limit + 1, query.before ?? null)
  const page = items.slice(0, limit)
  const last = page[page.length - 1]
  return {
    items: page,
    next: items.length > limit && last !== undefined ? { at: last.createdAt, id: last.id } : null,
  }
}

/** One media item with where it is used. Throws NotFoundError. */
export async function getMedia(
  deps: Deps,
  id: string,
): Promise<Media & { usedBy: { id: string; headline: string; status: string }[] }> {
  const media = await deps.store.media.findById(id)
  if (media === null) throw new NotFoundError('media', id)
  return { ...media, usedBy: (await deps.store.media.usage(id)).articles }
}

/**
 * A contributor may fix the credit and texts of a photo they uploaded (a credit is a legal
 * matter, and the uploader knows it best) until a published or scheduled story shows the photo:
 * from then on the change is an editorial decision about live content. Throws ForbiddenError.
 */
async function requireContributorMayEdit(tx: Repos, actor: Actor, id: string): Promise<void> {
  const uploader = await tx.media.uploaderOf(id)
  if (uploader === null || uploader !== actorUserId(actor))
    throw new ForbiddenError(
      'Contributors may change the details of their own uploads only; ask an author or editor.',
    )
  const live = (await tx.media.usage(id)).articles.filter(
    (a) => a.status === 'published' || a.status === 'scheduled',
  )
  if (live.length > 0)
    throw new ForbiddenError(
      `This photo appears in ${live.map((a) => `“${a.headline}”`).join(', ')}, already published or scheduled, so an editor must change its details now.`,
    )
}

/**
 * Changes a photo's texts or focal point: authors and up, or a contributor for their own upload
 * that no published story shows yet. Throws ForbiddenError, NotFoundError or InvalidInputError.
 */
export async function updateMedia(
  deps: Deps,
  actor: Actor,
  id: string,
  changes: MediaChanges,
): Promise<Media> {
  requireRole(actor, 'contributor', 'change media details')
  const updated = await deps.store.transaction(async (tx) => {
    const media = await tx.media.findById(id)
    if (media === null) throw new NotFoundError('media', id)
    if (!isAtLeast(roleOf(actor), 'author')) await requireContributorMayEdit(tx, actor, id)
    const next: Media = { ...media }
    for (const key of mediaTextFields) {
      const value = changes[key]
      if (value !== undefined) {
        if ([...value].length > mediaTextLimit)
          throw new InvalidInputError('The media details are invalid.', [
            { field: key, message: 'is longer than 2,000 characters' },
          ])
        next[key] = value.trim()
      }
    }
    next.focalX = changes.focalX ?? media.focalX
    next.focalY = changes.focalY ?? media.focalY
    if (!isValidFocalPoint(next.focalX, next.focalY)) {
      throw new InvalidInputError('The focal point is outside the image.', [
        { field: 'focalX', message: 'focalX and focalY must be between 0 and 1' },
      ])
    }
    await tx.media.update(next)
    await audit(
      tx,
      deps,
      actor,
      'media.update',
      { type: 'media', id },
      { fields: Object.keys(changes) },
    )
    return next
  })
  deps.events.emit({ type: 'media.changed', mediaId: id })
  return updated
}

/**
 * Deletes a media item and its files, unless a published story still shows it.
 * Throws ForbiddenError, NotFoundError, or ConflictError listing the stories that use it.
 */
export async function deleteMedia(deps: Deps, actor: Actor, id: string): Promise<void> {
  requireRole(actor, 'editor', 'delete media')
  const media = await deps.store.transaction(async (tx) => {
    const found = await tx.media.findById(id)
    if (found === null) throw new NotFoundError('media', id)
    const usage = await tx.media.usage(id)
    const live = usage.articles.filter((a) => a.status === 'published' || a.status === 'scheduled')
    if (live.length > 0) {
      throw new ConflictError(
        `This photo is used by ${live.length} published or scheduled ${live.length === 1 ? 'story' : 'stories'}: ${live.map((a) => `“${a.headline}”`).join(', ')}. Replace it there first.`,
        { usedBy: live },
      )
    }
    if (usage.articles.length > 0 || usage.authors.length > 0) {
      throw new ConflictError(
        `This photo is still used by ${[...usage.articles.map((a) => `“${a.headline}”`), ...usage.authors.map((a) => `${a.name}’s byline`)].join(', ')}.`,
        {
          usedBy: usage.articles,
          usedByAuthors: usage.authors,
        },
      )
    }
    await tx.media.delete(id)
    const sha256 = found.file.kind === 'stored' ? found.file.sha256 : null
    await audit(tx, deps, actor, 'media.delete', { type: 'media', id }, { sha256 })
    return found
  })
  await dropFiles(deps, media.file)
  deps.events.emit({ type: 'media.changed', mediaId: id })
}
