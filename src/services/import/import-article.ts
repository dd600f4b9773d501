import type { Article, ArticleKind, Ref } from '../../domain/article.js'
import { articleLimits } from '../../domain/article.js'
import type { BlockDocument } from '../../domain/block-document.js'
import { excerptOf } from '../../domain/block-document.js'
import type { Actor } from '../../domain/roles.js'
import type { ArticleStatus } from '../../domain/workflow.js'
import type { Repos } from '../../store/index.js'
import type { ArticleInput } from '../articles/article-input.js'
import { fieldsOf, resolveFields, withFields } from '../articles/article-input.js'
import { recordRevision } from '../articles/history.js'
import type { Deps } from '../deps.js'
import { nowIso, sha256 } from '../deps.js'
import { articlePath } from '../../domain/permalink.js'
import { getSettings } from '../settings.js'
import { cleanSlug, freeArticleSlug, remember } from './import-taxonomy.js'
import type { Outcome } from './report.js'

/** An article or page as a source describes it, with its dates and status as they were. */
export interface ImportedArticle {
  externalId: string
  kind: ArticleKind
  status: ArticleStatus
  headline: string
  dek?: string
  excerpt?: string
  body: BlockDocument
  slug?: string
  /** Section and author slugs: already imported. */
  sections?: string[]
  /**
   * Tags the writer imported (as `tag` returned them: kept whatever their slug), or names of
   * tags to find or create by their slug.
   */
  tags?: (string | Ref)[]
  authors?: string[]
  hero?: { mediaId: string; caption?: string | null; credit?: string | null } | null
  createdAt?: string | null
  editedAt?: string | null
  publishedAt?: string | null
  /** 'day' when the source gave the date without a time (kept, so no “00:00” is shown). */
  publishedPrecision?: 'day' | null
  scheduledAt?: string | null
  seoTitle?: string | null
  seoDescription?: string | null
  canonicalUrl?: string | null
  language?: string | null
  /** Paths the item had on the old site; each answers 301 to the new one once it is live. */
  oldPaths?: string[]
}

const clamp = (text: string | undefined, max: number): string | undefined =>
  text === undefined || text.length <= max ? text : excerptOf(text, max - 1)

/**
 * Writes one source item as an article in the given status and dates, as revision 1 when new or
 * the next revision when the same source item was imported before (unchanged items are skipped).
 * Throws InvalidInputError when the item cannot be an article.
 */
export async function importArticle(
  tx: Repos,
  deps: Deps,
  actor: Actor,
  source: string,
  input: ImportedArticle,
): Promise<{ article: Article; outcome: Outcome; redirects: OldPath[] }> {
  const fingerprint = sha256(JSON.stringify(input))
  const mapped = await tx.importSources.find(source, 'article', input.externalId)
  const current = mapped === null ? null : await tx.articles.findById(mapped.targetId)
  if (current !== null && mapped?.fingerprint === fingerprint)
    return { article: current, outcome: 'unchanged', redirects: [] }
  const id = current?.id ?? deps.ids.uuid()
  const slug =
    current?.slug ?? (await freeArticleSlug(tx, cleanSlug(input.slug, input.headline), id))
  const resolved = await resolveFields(
    tx,
    deps,
    articleInput(input, slug),
    current && fieldsOf(current),
    id,
  )
  const fields = withTagRefs(resolved, input.tags ?? [])
  const now = nowIso(deps)
  const createdAt = input.createdAt ?? input.publishedAt ?? now
  const article = withFields(
    {
      id,
      kind: input.kind,
      status: input.status,
      createdAt,
      editedAt: input.editedAt ?? createdAt,
      publishedAt: input.publishedAt ?? null,
      ...(input.publishedPrecision === 'day' && input.publishedAt != null
        ? { publishedPrecision: 'day' as const }
        : {}),
      updatedAt: null,
      scheduledAt: input.status === 'scheduled' ? (input.scheduledAt ?? null) : null,
      revision: (current?.revision ?? 0) + 1,
      createdBy: null,
    },
    fields,
  )
  if (current === null) await tx.articles.insert(article)
  else await tx.articles.updateIfRevision(article, current.revision)
  await recordRevision(tx, deps, actor, article)
  await remember(tx, deps, source, 'article', input.externalId, id, fingerprint)
  const redirects = await oldPathRedirects(tx, article, input.oldPaths ?? [])
  return { article, outcome: current === null ? 'imported' : 'updated', redirects }
}

function articleInput(input: ImportedArticle, slug: string): ArticleInput {
  return {
    kind: input.kind,
    headline: clamp(input.headline.trim(), articleLimits.headline) ?? '',
    dek: clamp(input.dek, articleLimits.dek) ?? '',
    excerpt: clamp(input.excerpt, articleLimits.excerpt) ?? '',
    body: input.body,
    slug,
    sections: input.sections ?? [],
    tags: (input.tags ?? []).filter((t): t is string => typeof t === 'string'),
    authors: input.authors ?? [],
    hero: input.hero ?? null,
    seoTitle: clamp(input.seoTitle ?? undefined, articleLimits.seoTitle) ?? null,
    seoDescription: clamp(input.seoDescription ?? undefined, articleLimits.seoDescription) ?? null,
    canonicalUrl: input.canonicalUrl ?? null,
    language: input.language ?? null,
  }
}

/** The imported tags (refs first, in their order) with those found by name. */
function withTagRefs<F extends { tags: Ref[]; tagIds: string[] }>(
  fields: F,
  tags: readonly (string | Ref)[],
): F {
  const refs = tags.filter((t): t is Ref => typeof t !== 'string')
  if (refs.length === 0) return fields
  const all = [...refs, ...fields.tags].filter(
    (t, i, list) => list.findIndex((o) => o.id === t.id) === i,
  )
  return { ...fields, tags: all, tagIds: all.map((t) => t.id) }
}

/** An old path and the path it now redirects to. */
export interface OldPath {
  from: string
  to: string
}

/** The redirects that point every old path of a live article at its new one. */
async function oldPathRedirects(
  tx: Repos,
  article: Article,
  oldPaths: readonly string[],
): Promise<OldPath[]> {
  if (article.status !== 'published' || oldPaths.length === 0) return []
  const to = articlePath(article, await getSettings(tx))
  return [...new Set(oldPaths)]
    .filter((from) => from !== to && from.startsWith('/'))
    .map((from) => ({ from, to }))
}
