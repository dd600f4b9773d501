import type { Ref } from '../../domain/article.js'
import { isReservedSlug, slugCandidates, slugify } from '../../domain/slug.js'
import type { Repos } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { nowIso } from '../deps.js'
import type { Outcome } from './report.js'

export interface ImportedSection {
  externalId: string
  name: string
  slug?: string
  description?: string
  /** The external id of the parent section, already imported. */
  parentExternalId?: string | null
}

export interface ImportedAuthor {
  externalId: string
  name: string
  slug?: string
  bio?: string
  links?: { label: string; url: string }[]
}

/** A slug made from `preferred` (or the name), moved off reserved paths like `feed`. */
export function cleanSlug(preferred: string | undefined, name: string): string {
  let decoded = preferred ?? ''
  try {
    decoded = decodeURIComponent(decoded)
  } catch {
    // A stray '%' in a slug: keep the text as it is.
  }
  const base = slugify(decoded) || slugify(name) || 'untitled'
  return isReservedSlug(base) ? `${base}-1` : base
}

type Result = { ref: Ref; outcome: Outcome }

/** Finds or creates a section from a source term; re-runs update its name and parent. */
export async function importSection(
  tx: Repos,
  deps: Deps,
  source: string,
  input: ImportedSection,
): Promise<Result> {
  const mapped = await tx.importSources.find(source, 'section', input.externalId)
  const parent =
    input.parentExternalId === undefined || input.parentExternalId === null
      ? null
      : await tx.importSources.find(source, 'section', input.parentExternalId)
  const current = mapped === null ? null : await tx.sections.findById(mapped.targetId)
  const slug = current?.slug ?? cleanSlug(input.slug, input.name)
  const existing = current ?? (await tx.sections.findBySlug(slug))
  const name = input.name.trim().slice(0, 120) || slug
  const next = {
    id: existing?.id ?? deps.ids.uuid(),
    slug: existing?.slug ?? slug,
    name,
    description: (input.description ?? existing?.description ?? '').trim(),
    parentId: parent?.targetId ?? existing?.parentId ?? null,
    position: existing?.position ?? 0,
  }
  const changed =
    existing === null ||
    existing.name !== next.name ||
    existing.description !== next.description ||
    existing.parentId !== next.parentId
  if (existing === null) await tx.sections.insert(next, nowIso(deps))
  else if (changed) await tx.sections.update(next, nowIso(deps))
  await remember(tx, deps, source, 'section', input.externalId, next.id)
  return {
    ref: { id: next.id, slug: next.slug, name: next.name },
    outcome: existing === null ? 'imported' : changed ? 'updated' : 'unchanged',
  }
}

/** Finds or creates a tag by name (tags with the same slug are the same tag). */
export async function importTag(
  tx: Repos,
  deps: Deps,
  source: string,
  input: { externalId: string; name: string; slug?: string },
): Promise<Result> {
  const mapped = await tx.importSources.find(source, 'tag', input.externalId)
  const current = mapped === null ? null : await tx.tags.findById(mapped.targetId)
  const slug = current?.slug ?? cleanSlug(input.slug, input.name)
  const existing = current ?? (await tx.tags.findBySlug(slug))
  const tag = existing ?? {
    id: deps.ids.uuid(),
    slug,
    name: input.name.trim().slice(0, 80) || slug,
  }
  if (existing === null) await tx.tags.insert(tag, nowIso(deps))
  await remember(tx, deps, source, 'tag', input.externalId, tag.id)
  return { ref: tag, outcome: existing === null ? 'imported' : 'unchanged' }
}

/** Finds or creates a byline profile without a login. */
export async function importAuthor(
  tx: Repos,
  deps: Deps,
  source: string,
  input: ImportedAuthor,
): Promise<Result> {
  const mapped = await tx.importSources.find(source, 'author', input.externalId)
  const current = mapped === null ? null : await tx.authors.findById(mapped.targetId)
  const slug = current?.slug ?? cleanSlug(input.slug, input.name)
  const existing = current ?? (await tx.authors.findBySlug(slug))
  const next = {
    id: existing?.id ?? deps.ids.uuid(),
    slug: existing?.slug ?? slug,
    name: input.name.trim() || slug,
    bio: (input.bio ?? existing?.bio ?? '').trim(),
    photoMediaId: existing?.photoMediaId ?? null,
    links: input.links ?? existing?.links ?? [],
    userId: existing?.userId ?? null,
    isWire: existing?.isWire ?? false,
    jobTitle: existing?.jobTitle ?? null,
    expertise: existing?.expertise ?? [],
    profileLinks: existing?.profileLinks ?? [],
  }
  const changed =
    existing === null ||
    existing.name !== next.name ||
    existing.bio !== next.bio ||
    JSON.stringify(existing.links) !== JSON.stringify(next.links)
  if (existing === null) await tx.authors.insert(next, nowIso(deps))
  else if (changed) await tx.authors.update(next, nowIso(deps))
  await remember(tx, deps, source, 'author', input.externalId, next.id)
  return {
    ref: { id: next.id, slug: next.slug, name: next.name },
    outcome: existing === null ? 'imported' : changed ? 'updated' : 'unchanged',
  }
}

/** Records which row a source item became. */
export async function remember(
  tx: Repos,
  deps: Deps,
  source: string,
  kind: string,
  externalId: string,
  targetId: string,
  fingerprint = '',
): Promise<void> {
  await tx.importSources.upsert({ source, kind, externalId, targetId, fingerprint }, nowIso(deps))
}

/** The first free article slug built from `base`. */
export async function freeArticleSlug(tx: Repos, base: string, articleId: string): Promise<string> {
  for (const candidate of slugCandidates(base)) {
    if (!(await tx.articles.slugTaken(candidate, articleId))) return candidate
  }
  throw new Error('unreachable: slug candidates are endless')
}
