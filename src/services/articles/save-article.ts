import type { Article } from '../../domain/article.js'
import { NotFoundError, StaleRevisionError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { authorize } from '../../domain/workflow.js'
import type { Repos } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
import type { ArticleInput } from './article-input.js'
import { fieldsOf, resolveFields, withFields } from './article-input.js'
import { keepOldPath, recordRevision } from './history.js'
import { requirePublishable } from './publish-rules.js'

export interface SaveArticle {
  id: string
  /** The revision the edit was based on. */
  revision: number
  changes: ArticleInput
}

/**
 * Saves an edit as a new revision, if nobody saved since `revision`; a live story gets `updatedAt`.
 * Throws NotFoundError, ForbiddenError, StaleRevisionError, InvalidInputError or DuplicateError.
 */
export async function saveArticle(
  deps: Deps,
  actor: Actor,
  save: SaveArticle,
  action: 'save' | 'restore' = 'save',
): Promise<Article> {
  const saved = await deps.store.transaction(async (tx) => {
    const current = await loadForEdit(tx, save.id)
    authorize(actor, action === 'save' ? 'edit' : 'restore', current)
    const listsBefore = await tx.articles.feedKeys(save.id)
    if (save.revision !== current.revision)
      throw new StaleRevisionError(save.revision, current.revision)
    const fields = await resolveFields(tx, deps, save.changes, fieldsOf(current), current.id)
    const now = nowIso(deps)
    const next = withFields(
      {
        ...current,
        editedAt: now,
        revision: current.revision + 1,
        updatedAt: current.status === 'published' ? now : current.updatedAt,
      },
      fields,
    )
    if (next.status === 'published' || next.status === 'scheduled')
      await requirePublishable(tx, next)
    if (!(await tx.articles.updateIfRevision(next, save.revision))) {
      const latest = await loadForEdit(tx, save.id)
      throw new StaleRevisionError(save.revision, latest.revision)
    }
    await recordRevision(tx, deps, actor, next)
    const oldPath = await keepOldPath(tx, deps, current, next)
    await audit(
      tx,
      deps,
      actor,
      `article.${action}`,
      { type: 'article', id: next.id },
      { revision: next.revision, ...(oldPath !== null ? { redirectFrom: oldPath } : {}) },
    )
    return {
      next,
      oldPath,
      lists: { before: listsBefore, after: await tx.articles.feedKeys(save.id) },
    }
  })
  if (saved.oldPath !== null)
    deps.events.emit({ type: 'redirect.changed', fromPath: saved.oldPath })
  deps.events.emit({
    type: 'article.updated',
    articleId: saved.next.id,
    status: saved.next.status,
    lists: saved.lists,
  })
  return saved.next
}

/** Finds an article for a use case or throws NotFoundError. */
export async function loadForEdit(tx: Repos, id: string): Promise<Article> {
  const article = await tx.articles.findById(id)
  if (article === null) throw new NotFoundError('article', id)
  return article
}

/**
 * Makes an old revision's content current again, as a new revision (history is never rewritten).
 * Throws NotFoundError (article or revision), ForbiddenError or StaleRevisionError.
 */
export async function restoreRevision(
  deps: Deps,
  actor: Actor,
  input: { id: string; revision: number; from: number },
): Promise<Article> {
  const changes = await deps.store.transaction(async (tx): Promise<ArticleInput> => {
    const old = await tx.revisions.find(input.id, input.from)
    if (old === null) throw new NotFoundError('revision', `${input.id}@${input.from}`)
    const s = old.snapshot
    const sections = (
      await Promise.all(s.sectionIds.map((id) => tx.sections.findById(id)))
    ).flatMap((x) => (x === null ? [] : [x.slug]))
    const tags = (await Promise.all(s.tagIds.map((id) => tx.tags.findById(id)))).flatMap((x) =>
      x === null ? [] : [x.name],
    )
    const authors = (await tx.authors.findManyByIds(s.authorIds)).map((a) => a.slug)
    const hero =
      s.hero !== null && (await tx.media.findById(s.hero.mediaId)) !== null ? s.hero : null
    return {
      headline: s.headline,
      dek: s.dek,
      body: s.body,
      excerpt: s.excerpt,
      slug: s.slug,
      sections,
      tags,
      authors,
      hero,
      seoTitle: s.seoTitle,
      seoDescription: s.seoDescription,
      canonicalUrl: s.canonicalUrl,
      noindex: s.noindex,
      language: s.language,
      workType: s.workType,
      dateline: s.dateline,
      // Revisions saved before attributions existed hold none.
      attributions: s.attributions ?? [],
      sources: s.sources ?? [],
    }
  })
  return saveArticle(deps, actor, { id: input.id, revision: input.revision, changes }, 'restore')
}
