import type { FieldError } from '../../domain/errors.js'
import {
  ConflictError,
  DuplicateError,
  InvalidInputError,
  NotFoundError,
} from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { requireRole } from '../../domain/roles.js'
import { isReservedSlug, isValidSlug, slugify } from '../../domain/slug.js'
import type { Author, AuthorLink, Section, Tag } from '../../domain/taxonomy.js'
import { authorLimits, sectionWithDescendants, wouldCycle } from '../../domain/taxonomy.js'
import { isHttpUrl } from '../../domain/block-document.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'

export interface SectionInput {
  name?: string
  slug?: string
  description?: string
  parent?: string | null // parent slug
  position?: number
}

function checkSlug(slug: string, errors: FieldError[]): void {
  if (!isValidSlug(slug))
    errors.push({ field: 'slug', message: 'use lower-case letters, digits and single hyphens' })
  else if (isReservedSlug(slug))
    errors.push({ field: 'slug', message: `“${slug}” is a path the site uses` })
}

/** Creates or changes a section (editors and up). Throws ForbiddenError, InvalidInputError, DuplicateError, NotFoundError. */
export async function saveSection(
  deps: Deps,
  actor: Actor,
  input: SectionInput,
  id?: string,
): Promise<Section> {
  requireRole(actor, 'editor', 'manage sections')
  const section = await deps.store.transaction(async (tx) => {
    const current = id === undefined ? null : await tx.sections.findById(id)
    if (id !== undefined && current === null) throw new NotFoundError('section', id)
    const errors: FieldError[] = []
    const name = (input.name ?? current?.name ?? '').trim()
    if (name === '' || name.length > 120)
      errors.push({ field: 'name', message: 'must be 1 to 120 characters' })
    const slug = input.slug ?? current?.slug ?? slugify(name)
    checkSlug(slug, errors)
    let parentId = current?.parentId ?? null
    if (input.parent !== undefined) {
      const parent = input.parent === null ? null : await tx.sections.findBySlug(input.parent)
      if (input.parent !== null && parent === null)
        errors.push({ field: 'parent', message: `no section “${input.parent}”` })
      parentId = parent?.id ?? null
    }
    const all = await tx.sections.list()
    const newId = current?.id ?? deps.ids.uuid()
    if (wouldCycle(all, newId, parentId))
      errors.push({ field: 'parent', message: 'a section cannot sit inside itself' })
    if (errors.length > 0) throw new InvalidInputError('The section is invalid.', errors)
    const clash = await tx.sections.findBySlug(slug)
    if (clash !== null && clash.id !== newId) throw new DuplicateError('section', 'slug', slug)
    const next: Section = {
      id: newId,
      slug,
      name,
      description: (input.description ?? current?.description ?? '').trim(),
      parentId,
      position:
        input.position ?? current?.position ?? all.filter((s) => s.parentId === parentId).length,
    }
    if (current === null) await tx.sections.insert(next, nowIso(deps))
    else await tx.sections.update(next, nowIso(deps))
    // Lists of the old and new ancestors include this section's stories: rebuild them.
    if (current !== null && current.parentId !== parentId) {
      await tx.articles.resyncFeedForSections(
        sectionWithDescendants(await tx.sections.list(), next.id),
      )
    }
    await audit(
      tx,
      deps,
      actor,
      current === null ? 'section.create' : 'section.update',
      { type: 'section', id: next.id },
      { slug },
    )
    return next
  })
  deps.events.emit({ type: 'section.changed', sectionId: section.id })
  return section
}

/** Deletes a section without children. Throws ForbiddenError, NotFoundError or ConflictError. */
export async function deleteSection(deps: Deps, actor: Actor, id: string): Promise<void> {
  requireRole(actor, 'editor', 'manage sections')
  await deps.store.transaction(async (tx) => {
    const section = await tx.sections.findById(id)
    if (section === null) throw new NotFoundError('section', id)
    if (await tx.sections.hasChildren(id))
      throw new ConflictError(
        `Section “${section.name}” has sections inside it; move or delete those first.`,
      )
    await tx.sections.delete(id)
    await audit(tx, deps, actor, 'section.delete', { type: 'section', id }, { slug: section.slug })
  })
  deps.events.emit({ type: 'section.changed', sectionId: id })
}

/** Renames a tag (editors and up). Throws ForbiddenError, NotFoundError, InvalidInputError or DuplicateError. */
export async function renameTag(deps: Deps, actor: Actor, id: string, name: string): Promise<Tag> {
  requireRole(actor, 'editor', 'manage tags')
  const tag = await deps.store.transaction(async (tx) => {
    const current = await tx.tags.findById(id)
    if (current === null) throw new NotFoundError('tag', id)
    const clean = name.trim().replace(/\s+/g, ' ')
    const slug = slugify(clean)
    if (slug === '' || clean.length > 80)
      throw new InvalidInputError('The tag name is invalid.', [
        { field: 'name', message: 'must be 1 to 80 characters with a letter or digit' },
      ])
    const clash = await tx.tags.findBySlug(slug)
    if (clash !== null && clash.id !== id) throw new DuplicateError('tag', 'slug', slug)
    const next = { id, slug, name: clean }
    await tx.tags.update(next)
    await audit(tx, deps, actor, 'tag.update', { type: 'tag', id }, { name: clean })
    return next
  })
  deps.events.emit({ type: 'tag.changed', tagId: id })
  return tag
}

export interface AuthorInput {
  name?: string
  slug?: string
  bio?: string
  photoMediaId?: string | null
  links?: AuthorLink[]
  userId?: string | null
  isWire?: boolean
  jobTitle?: string | null
  expertise?: string[]
  profileLinks?: string[]
}

/**
 * Creates or changes a byline profile. Editors manage every profile; others edit their own, but
 * only an editor changes which account it belongs to or whether it is a wire service.
 * Throws ForbiddenError, NotFoundError, InvalidInputError or DuplicateError.
 */
export async function saveAuthor(
  deps: Deps,
  actor: Actor,
  input: AuthorInput,
  id?: string,
): Promise<Author> {
  const author = await deps.store.transaction(async (tx) => {
    const current = id === undefined ? null : await tx.authors.findById(id)
    if (id !== undefined && current === null) throw new NotFoundError('author', id)
    const isOwn = current !== null && actor.kind === 'user' && current.userId === actor.userId
    if (!isOwn) requireRole(actor, 'editor', 'manage bylines')
    // The account a byline belongs to owns every story under it, and a wire byline is the desk's
    // call: an owner edits their profile, only an editor moves it or marks it as wire copy.
    if (input.userId !== undefined && input.userId !== (current?.userId ?? null))
      requireRole(actor, 'editor', 'tie a byline to an account')
    if (input.isWire !== undefined && input.isWire !== (current?.isWire ?? false))
      requireRole(actor, 'editor', 'mark a byline as a wire service')
    const errors: FieldError[] = []
    const name = (input.name ?? current?.name ?? '').trim()
    if (name === '' || name.length > 120)
      errors.push({ field: 'name', message: 'must be 1 to 120 characters' })
    const slug = input.slug ?? current?.slug ?? slugify(name)
    checkSlug(slug, errors)
    const bio = (input.bio ?? current?.bio ?? '').trim()
    if (bio.length > 2000) errors.push({ field: 'bio', message: 'is longer than 2,000 characters' })
    const links = input.links ?? current?.links ?? []
    links.forEach((l, i) => {
      if (!isHttpUrl(l.url) && !/^mailto:/.test(l.url))
        errors.push({ field: `links.${i}.url`, message: 'must be an http, https or mailto URL' })
    })
    const { jobTitle, expertise, profileLinks } = bylineDetails(input, current, errors)
    const photoMediaId =
      input.photoMediaId === undefined ? (current?.photoMediaId ?? null) : input.photoMediaId
    if (photoMediaId !== null && (await tx.media.findById(photoMediaId)) === null)
      errors.push({ field: 'photoMediaId', message: `no media “${photoMediaId}”` })
    const userId = input.userId === undefined ? (current?.userId ?? null) : input.userId
    if (userId !== null && (await tx.users.findById(userId)) === null)
      errors.push({ field: 'userId', message: `no user “${userId}”` })
    if (errors.length > 0) throw new InvalidInputError('The author is invalid.', errors)
    // An account has at most one byline (a unique index): say so instead of failing on it.
    if (userId !== null && (await tx.authors.idsForUser(userId)).some((a) => a !== current?.id))
      throw new DuplicateError('author', 'userId', userId)
    const clash = await tx.authors.findBySlug(slug)
    if (clash !== null && clash.id !== current?.id) throw new DuplicateError('author', 'slug', slug)
    const next: Author = {
      id: current?.id ?? deps.ids.uuid(),
      slug,
      name,
      bio,
      photoMediaId,
      links,
      userId,
      isWire: input.isWire ?? current?.isWire ?? false,
      jobTitle,
      expertise,
      profileLinks,
    }
    if (current === null) await tx.authors.insert(next, nowIso(deps))
    else await tx.authors.update(next, nowIso(deps))
    await audit(
      tx,
      deps,
      actor,
      current === null ? 'author.create' : 'author.update',
      { type: 'author', id: next.id },
      { slug },
    )
    return next
  })
  deps.events.emit({ type: 'author.changed', authorId: author.id })
  return author
}

/**
 * A byline's job title, areas of expertise and profile links, from the input or as they were:
 * trimmed, blanks and repeats dropped, each checked against `authorLimits`.
 */
function bylineDetails(
  input: AuthorInput,
  current: Author | null,
  errors: FieldError[],
): Pick<Author, 'jobTitle' | 'expertise' | 'profileLinks'> {
  const rawTitle = input.jobTitle === undefined ? (current?.jobTitle ?? null) : input.jobTitle
  const jobTitle = rawTitle === null || rawTitle.trim() === '' ? null : rawTitle.trim()
  if (jobTitle !== null && jobTitle.length > authorLimits.jobTitle)
    errors.push({
      field: 'jobTitle',
      message: `is longer than ${authorLimits.jobTitle} characters`,
    })
  const expertise = [
    ...new Set(
      (input.expertise ?? current?.expertise ?? [])
        .map((e) => e.replace(/\s+/g, ' ').trim())
        .filter((e) => e !== ''),
    ),
  ]
  if (expertise.length > authorLimits.expertiseItems)
    errors.push({
      field: 'expertise',
      message: `lists more than ${authorLimits.expertiseItems} subjects`,
    })
  expertise.forEach((e, i) => {
    if (e.length > authorLimits.expertiseItem)
      errors.push({
        field: `expertise.${i}`,
        message: `is longer than ${authorLimits.expertiseItem} characters`,
      })
  })
  const profileLinks = [
    ...new Set((input.profileLinks ?? current?.profileLinks ?? []).map((u) => u.trim())),
  ]
  if (profileLinks.length > authorLimits.profileLinks)
    errors.push({
      field: 'profileLinks',
      message: `lists more than ${authorLimits.profileLinks} links`,
    })
  profileLinks.forEach((u, i) => {
    if (!isHttpUrl(u) || u.length > authorLimits.profileLink)
      errors.push({ field: `profileLinks.${i}`, message: 'must be an http or https URL' })
  })
  return { jobTitle, expertise, profileLinks }
}
