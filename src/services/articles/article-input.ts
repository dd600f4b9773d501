import type { Article, ArticleFields, ArticleKind, Hero, Ref } from '../../domain/article.js'
import { articleLimits, snapshotOf } from '../../domain/article.js'
import type { WorkType } from '../../domain/attribution.js'
import { isWorkType, workTypes } from '../../domain/attribution.js'
import {
  documentText,
  emptyDocument,
  isHttpUrl,
  parseDocument,
} from '../../domain/block-document.js'
import type { FieldError } from '../../domain/errors.js'
import { carrySignOffs, unknownAttributionErrors } from '../../domain/attribution.js'
import { parseAttributions, parseSources } from '../../domain/attribution-parse.js'
import { DuplicateError, InvalidInputError } from '../../domain/errors.js'
import { isReservedSlug, isValidSlug, slugCandidates, slugify } from '../../domain/slug.js'
import type { Repos } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { nowIso } from '../deps.js'

/** What a create or save may send; sections and authors by slug, tags by name (created on first use). */
export interface ArticleInput {
  kind?: ArticleKind
  headline?: string
  dek?: string
  body?: unknown
  excerpt?: string
  slug?: string
  sections?: string[]
  tags?: string[]
  authors?: string[]
  hero?: { mediaId: string; caption?: string | null; credit?: string | null } | null
  seoTitle?: string | null
  seoDescription?: string | null
  canonicalUrl?: string | null
  noindex?: boolean
  language?: string | null
  workType?: WorkType
  dateline?: string | null
  /** The story's attributions (docs/attribution.md); a sign-off sent here is ignored. */
  attributions?: unknown[]
  /** The story's sources. */
  sources?: unknown[]
}

/** Fields checked and with their references resolved: what a save writes. */
export interface ResolvedFields extends ArticleFields {
  sections: Ref[]
  tags: Ref[]
  authors: Ref[]
}

const text = (value: string | undefined, fallback: string): string => (value ?? fallback).trim()

/**
 * Validates an input against the current fields (null when creating) and resolves its references.
 * Throws InvalidInputError listing every failing field, or DuplicateError for a taken slug.
 */
export async function resolveFields(
  tx: Repos,
  deps: Deps,
  input: ArticleInput,
  current: ResolvedFields | null,
  articleId: string,
  { createTags = true }: { createTags?: boolean } = {},
): Promise<ResolvedFields> {
  const errors: FieldError[] = []
  const headline = text(input.headline, current?.headline ?? '')
  if (headline === '') errors.push({ field: 'headline', message: 'is required' })
  for (const [field, value] of [
    ['headline', headline],
    ['dek', input.dek],
    ['excerpt', input.excerpt],
    ['seoTitle', input.seoTitle],
    ['seoDescription', input.seoDescription],
  ] as const) {
    if (typeof value === 'string' && value.length > articleLimits[field]) {
      errors.push({ field, message: `is longer than ${articleLimits[field]} characters` })
    }
  }
  let body = current?.body ?? emptyDocument()
  if (input.body !== undefined) {
    try {
      body = parseDocument(input.body)
    } catch (error) {
      if (error instanceof InvalidInputError) errors.push(...error.errors)
      else throw error
    }
  }
  if (
    input.canonicalUrl !== undefined &&
    input.canonicalUrl !== null &&
    !isHttpUrl(input.canonicalUrl)
  ) {
    errors.push({ field: 'canonicalUrl', message: 'must be an http or https URL' })
  }
  if (input.workType !== undefined && !isWorkType(input.workType))
    errors.push({ field: 'workType', message: `must be one of ${workTypes.join(', ')}` })
  const dateline =
    input.dateline === undefined ? (current?.dateline ?? null) : cleanDateline(input.dateline)
  if (dateline !== null && dateline.length > articleLimits.dateline)
    errors.push({
      field: 'dateline',
      message: `is longer than ${articleLimits.dateline} characters`,
    })
  const { attributions, sources } = resolveAttribution(input, current, body, errors)
  const sections =
    input.sections === undefined
      ? (current?.sections ?? [])
      : await resolveSections(tx, input.sections, errors)
  const authors =
    input.authors === undefined
      ? (current?.authors ?? [])
      : await resolveAuthors(tx, input.authors, errors)
  const hero =
    input.hero === undefined ? (current?.hero ?? null) : await resolveHero(tx, input.hero, errors)
  if (errors.length > 0) throw new InvalidInputError('The article has invalid fields.', errors)
  const tags =
    input.tags === undefined
      ? (current?.tags ?? [])
      : await resolveTags(tx, deps, input.tags, createTags)
  const slug = await chooseSlug(tx, input.slug, current?.slug ?? null, headline, articleId)
  return {
    headline,
    dek: text(input.dek, current?.dek ?? ''),
    body,
    excerpt: text(input.excerpt, current?.excerpt ?? ''),
    slug,
    hero,
    sections,
    tags,
    authors,
    sectionIds: sections.map((s) => s.id),
    tagIds: tags.map((t) => t.id),
    authorIds: authors.map((a) => a.id),
    seoTitle: input.seoTitle === undefined ? (current?.seoTitle ?? null) : input.seoTitle,
    seoDescription:
      input.seoDescription === undefined ? (current?.seoDescription ?? null) : input.seoDescription,
    canonicalUrl:
      input.canonicalUrl === undefined ? (current?.canonicalUrl ?? null) : input.canonicalUrl,
    noindex: input.noindex ?? current?.noindex ?? false,
    language: input.language === undefined ? (current?.language ?? null) : input.language,
    workType: input.workType ?? current?.workType ?? 'news',
    dateline,
    attributions,
    sources,
  }
}

/** A dateline as printed: one line, spaces collapsed, null when empty. */
function cleanDateline(value: string | null): string | null {
  const clean = (value ?? '').replace(/\s+/g, ' ').trim()
  return clean === '' ? null : clean
}

/**
 * The story's sources and attributions after an input: each validated (ids unique, sources
 * named by attributions exist, URLs http(s), lengths bounded), every attribution the body quotes
 * present, and sign-offs carried over from the stored ones only (`carrySignOffs`).
 */
function resolveAttribution(
  input: ArticleInput,
  current: ResolvedFields | null,
  body: ArticleFields['body'],
  errors: FieldError[],
): Pick<ArticleFields, 'attributions' | 'sources'> {
  const sources =
    input.sources === undefined ? (current?.sources ?? []) : parseSources(input.sources, errors)
  const stored = current?.attributions ?? []
  const attributions =
    input.attributions === undefined
      ? stored
      : carrySignOffs(stored, parseAttributions(input.attributions, sources, errors))
  if (input.attributions === undefined && input.sources !== undefined) {
    // Sources changed alone: the stored attributions must still name only existing sources.
    const ids = new Set(sources.map((s) => s.id))
    attributions.forEach((a, i) =>
      a.sourceIds.forEach((id, j) => {
        if (!ids.has(id))
          errors.push({
            field: `attributions.${i}.sourceIds.${j}`,
            message: `no source “${id}” in this story`,
          })
      }),
    )
  }
  errors.push(...unknownAttributionErrors(body, attributions))
  return { attributions, sources }
}

const unique = (values: readonly string[]): string[] => [...new Set(values)]

async function resolveSections(tx: Repos, slugs: string[], errors: FieldError[]): Promise<Ref[]> {
  const refs: Ref[] = []
  for (const [i, slug] of unique(slugs).entries()) {
    const section = await tx.sections.findBySlug(slug)
    if (section === null) errors.push({ field: `sections.${i}`, message: `no section “${slug}”` })
    else refs.push({ id: section.id, slug: section.slug, name: section.name })
  }
  return refs
}

async function resolveAuthors(tx: Repos, slugs: string[], errors: FieldError[]): Promise<Ref[]> {
  const refs: Ref[] = []
  for (const [i, slug] of unique(slugs).entries()) {
    const author = await tx.authors.findBySlug(slug)
    if (author === null) errors.push({ field: `authors.${i}`, message: `no author “${slug}”` })
    else refs.push({ id: author.id, slug: author.slug, name: author.name })
  }
  return refs
}

async function resolveHero(
  tx: Repos,
  hero: NonNullable<ArticleInput['hero']> | null,
  errors: FieldError[],
): Promise<Hero | null> {
  if (hero === null) return null
  const media = await tx.media.findById(hero.mediaId)
  if (media === null) {
    errors.push({ field: 'hero.mediaId', message: `no media “${hero.mediaId}”` })
    return null
  }
  const clean = (v: string | null | undefined): string | null =>
    v === undefined || v === null || v.trim() === '' ? null : v.trim()
  return { mediaId: media.id, caption: clean(hero.caption), credit: clean(hero.credit) }
}

/**
 * Tags by name: an existing tag with the same slug is reused, a new one is created (or, for a
 * preview that must write nothing, only named, with a placeholder id).
 */
async function resolveTags(tx: Repos, deps: Deps, names: string[], create = true): Promise<Ref[]> {
  const refs: Ref[] = []
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ')
    const slug = slugify(name)
    if (slug === '' || refs.some((r) => r.slug === slug)) continue
    let tag = await tx.tags.findBySlug(slug)
    if (tag === null) {
      tag = { id: deps.ids.uuid(), slug, name }
      if (create) await tx.tags.insert(tag, nowIso(deps))
    }
    refs.push(tag)
  }
  return refs
}

async function chooseSlug(
  tx: Repos,
  requested: string | undefined,
  current: string | null,
  headline: string,
  articleId: string,
): Promise<string> {
  if (requested !== undefined && requested !== current) {
    if (!isValidSlug(requested)) {
      throw new InvalidInputError('The slug is not valid.', [
        { field: 'slug', message: 'use lower-case letters, digits and single hyphens' },
      ])
    }
    if (isReservedSlug(requested)) {
      throw new InvalidInputError('The slug is reserved.', [
        { field: 'slug', message: `“${requested}” is a path the site uses` },
      ])
    }
    if (await tx.articles.slugTaken(requested, articleId))
      throw new DuplicateError('article', 'slug', requested)
    return requested
  }
  if (current !== null) return current
  for (const candidate of slugCandidates(slugify(headline))) {
    if (!(await tx.articles.slugTaken(candidate, articleId))) return candidate
  }
  throw new Error('unreachable: slug candidates are endless')
}

type Base = Omit<
  Article,
  keyof ArticleFields | 'bodyText' | 'primarySectionId' | 'sections' | 'tags' | 'authors'
>

/** An article made of its non-editable parts and a set of resolved fields. */
export function withFields(base: Base, fields: ResolvedFields): Article {
  const { sectionIds: _s, tagIds: _t, authorIds: _a, ...rest } = fields
  return {
    ...base,
    ...rest,
    bodyText: documentText(fields.body),
    primarySectionId: fields.sections[0]?.id ?? null,
  }
}

/** The resolved fields of an existing article, as the base of a save. */
export function fieldsOf(article: Article): ResolvedFields {
  const { status: _status, ...fields } = snapshotOf(article)
  return { ...fields, sections: article.sections, tags: article.tags, authors: article.authors }
}
