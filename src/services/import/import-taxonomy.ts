import type { Ref } from '../../domain/article.js'
import { isReservedSlug, isValidSlug, slugCandidates, slugify } from '../../domain/slug.js'
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

const decoded = (slug: string | undefined): string => {
  try {
    return decodeURIComponent(slug ?? '').trim()
  } catch {
    return (slug ?? '').trim()
  }
}

const isAscii = (text: string): boolean => /^[\x20-\x7e]+$/.test(text)
const sameName = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase()

/**
 * Where a new section or tag goes. A term is the same term as an existing one only when the
 * source names it by that exact slug (or, without a slug, by an ASCII name that slugs to it), or
 * when the names are equal: a transliteration (`اقتصاد` → `aqtsad`) never merges unrelated
 * terms, and a name that transliterates to nothing (Chinese, Korean) gets a numbered slug
 * (`tag-1`, `section-2`) instead of falling into one shared `untitled`.
 */
async function termPlace<T extends { slug: string; name: string }>(
  input: { slug?: string; name: string },
  kind: 'tag' | 'section',
  findBySlug: (slug: string) => Promise<T | null>,
): Promise<{ slug: string; existing: T | null }> {
  const source = decoded(input.slug)
  const name = input.name.trim()
  const verbatim =
    source !== ''
      ? isValidSlug(source.toLowerCase()) && !isReservedSlug(source.toLowerCase())
      : isAscii(name) && slugify(name) !== '' && !isReservedSlug(slugify(name))
  const base = verbatim ? source.toLowerCase() || slugify(name) : slugify(source) || slugify(name)
  if (verbatim) {
    // The same slug is the same term, unless the term holding it got it by transliteration.
    const holder = await findBySlug(base)
    if (holder === null || isAscii(holder.name) || sameName(holder.name, name))
      return { slug: base, existing: holder }
  }
  const root = base === '' ? `${kind}-1` : base
  for (const candidate of slugCandidates(root)) {
    const existing = await findBySlug(candidate)
    if (existing === null) return { slug: candidate, existing: null }
    if (sameName(existing.name, name)) return { slug: candidate, existing }
  }
  throw new Error('unreachable: slug candidates are endless')
}

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
  const place =
    current === null
      ? await termPlace(input, 'section', (slug) => tx.sections.findBySlug(slug))
      : { slug: current.slug, existing: current }
  const { slug, existing } = place
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

/** Finds or creates a tag: by what an earlier run made of it, else as `termPlace` says. */
export async function importTag(
  tx: Repos,
  deps: Deps,
  source: string,
  input: { externalId: string; name: string; slug?: string },
): Promise<Result> {
  const mapped = await tx.importSources.find(source, 'tag', input.externalId)
  const current = mapped === null ? null : await tx.tags.findById(mapped.targetId)
  const { slug, existing } =
    current === null
      ? await termPlace(input, 'tag', (candidate) => tx.tags.findBySlug(candidate))
      : { slug: current.slug, existing: current }
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
