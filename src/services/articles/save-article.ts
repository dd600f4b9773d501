import type { Article, Hero, Ref, RevisionSnapshot } from '../../domain/article.js'
import { NotFoundError, StaleRevisionError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { authorize } from '../../domain/workflow.js'
import type { Repos } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit, nowIso } from '../deps.js'
import type { ArticleInput, ResolvedFields } from './article-input.js'
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
export function saveArticle(deps: Deps, actor: Actor, save: SaveArticle): Promise<Article> {
  return commitEdit(deps, actor, {
    id: save.id,
    revision: save.revision,
    action: 'save',
    resolve: async (tx, current) => ({
      fields: await resolveFields(tx, deps, save.changes, fieldsOf(current), current.id),
    }),
  })
}

/** One edit of a story's fields: what `commitEdit` saves as its next revision. */
export interface Edit {
  id: string
  /** The revision the edit was based on. */
  revision: number
  action: 'save' | 'restore'
  /** The story's next fields, read in the save's transaction, and what the audit adds about them. */
  resolve: (
    tx: Repos,
    current: Article,
  ) => Promise<{ fields: ResolvedFields; details?: Record<string, unknown> }>
}

/**
 * Writes an edit in one transaction (authorized, on the current revision, publishable if live),
 * records the revision, keeps the old path and audits it; then tells the lists it left or joined.
 * Throws NotFoundError, ForbiddenError, StaleRevisionError, InvalidInputError or DuplicateError.
 */
export async function commitEdit(deps: Deps, actor: Actor, edit: Edit): Promise<Article> {
  const saved = await deps.store.transaction(async (tx) => {
    const current = await loadForEdit(tx, edit.id)
    authorize(actor, edit.action === 'save' ? 'edit' : 'restore', current)
    const listsBefore = await tx.articles.feedKeys(edit.id)
    if (edit.revision !== current.revision)
      throw new StaleRevisionError(edit.revision, current.revision)
    const { fields, details = {} } = await edit.resolve(tx, current)
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
    if (!(await tx.articles.updateIfRevision(next, edit.revision))) {
      const latest = await loadForEdit(tx, edit.id)
      throw new StaleRevisionError(edit.revision, latest.revision)
    }
    await recordRevision(tx, deps, actor, next)
    const oldPath = await keepOldPath(tx, deps, current, next)
    await audit(
      tx,
      deps,
      actor,
      `article.${edit.action}`,
      { type: 'article', id: next.id },
      {
        revision: next.revision,
        ...details,
        ...(oldPath !== null ? { redirectFrom: oldPath } : {}),
      },
    )
    return {
      next,
      oldPath,
      lists: { before: listsBefore, after: await tx.articles.feedKeys(edit.id) },
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

/** The references of a snapshot that no longer exist (deleted since), by kind; empty kinds left out. */
export interface MissingRefs {
  sections?: string[]
  tags?: string[]
  authors?: string[]
  hero?: string
}

/**
 * The snapshot's sections, tags, bylines and hero by the ids it kept, in its order: what still
 * exists, and the ids of what does not.
 */
async function snapshotRefs(tx: Repos, s: RevisionSnapshot) {
  const missing: MissingRefs = {}
  const found = <T extends Ref>(
    ids: readonly string[],
    rows: (T | null)[],
    kind: keyof MissingRefs,
  ) => {
    const gone = ids.filter((_, i) => rows[i] === null)
    if (gone.length > 0) Object.assign(missing, { [kind]: gone })
    return rows.flatMap((r) => (r === null ? [] : [{ id: r.id, slug: r.slug, name: r.name }]))
  }
  const sections = found(
    s.sectionIds,
    await Promise.all(s.sectionIds.map((id) => tx.sections.findById(id))),
    'sections',
  )
  const tags = found(
    s.tagIds,
    await Promise.all(s.tagIds.map((id) => tx.tags.findById(id))),
    'tags',
  )
  const byId = new Map((await tx.authors.findManyByIds(s.authorIds)).map((a) => [a.id, a]))
  const authors = found(
    s.authorIds,
    s.authorIds.map((id) => byId.get(id) ?? null),
    'authors',
  )
  let hero: Hero | null = s.hero
  if (hero !== null && (await tx.media.findById(hero.mediaId)) === null) {
    missing.hero = hero.mediaId
    hero = null
  }
  return { sections, tags, authors, hero, missing }
}

/**
 * Makes an old revision's content current again, as a new revision (history is never rewritten).
 * Sections, tags, bylines and the hero come back by the ids the revision kept; those deleted since
 * are left out, and the audit entry (`article.restore`) lists them under `missing`.
 * Throws NotFoundError (article or revision), ForbiddenError, StaleRevisionError or DuplicateError
 * (the old slug is another story's now).
 */
export function restoreRevision(
  deps: Deps,
  actor: Actor,
  input: { id: string; revision: number; from: number },
): Promise<Article> {
  return commitEdit(deps, actor, {
    id: input.id,
    revision: input.revision,
    action: 'restore',
    resolve: async (tx, current) => {
      const old = await tx.revisions.find(input.id, input.from)
      if (old === null) throw new NotFoundError('revision', `${input.id}@${input.from}`)
      const s = old.snapshot
      const { missing, ...refs } = await snapshotRefs(tx, s)
      // The references go in as the base the input leaves alone: they are ids already, and a
      // tag's name need not turn back into its slug (nor a renamed one into a new tag).
      const fields = await resolveFields(
        tx,
        deps,
        {
          headline: s.headline,
          dek: s.dek,
          body: s.body,
          excerpt: s.excerpt,
          slug: s.slug,
          seoTitle: s.seoTitle,
          seoDescription: s.seoDescription,
          canonicalUrl: s.canonicalUrl,
          noindex: s.noindex,
          language: s.language,
          // Revisions saved before attributions existed hold none.
          attributions: s.attributions ?? [],
          sources: s.sources ?? [],
        },
        { ...fieldsOf(current), ...refs },
        current.id,
      )
      const isComplete = Object.keys(missing).length === 0
      return { fields, details: { from: input.from, ...(isComplete ? {} : { missing }) } }
    },
  })
}
