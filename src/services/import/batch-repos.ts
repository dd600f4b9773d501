/**
 * The repositories as one import batch sees them, inside its transaction. Reads that repeat
 * across the batch's items (settings; sections, tags, authors and media; import-source rows; free
 * slugs) are answered from memory, forgotten as soon as the batch writes that kind of row. New
 * articles, revisions, import-source rows and comments are queued and written together, a few
 * multi-row statements per batch, by `flush` before the transaction commits; finding an article
 * that is still queued flushes the queue first.
 */
import type { Article, Revision } from '../../domain/article.js'
import type { ImportedComment, ImportSource, Repos } from '../../store/index.js'

type Call = (...args: unknown[]) => Promise<unknown>

/**
 * `repo` with the `reads` answered from memory, until any other of its functions is called;
 * `known` holds what it remembers.
 */
function rememberReads<R extends object>(
  repo: R,
  reads: readonly (keyof R & string)[],
  known: Map<string, Promise<unknown>>,
): R {
  const view: Record<string, Call> = {}
  for (const [name, fn] of Object.entries(repo) as [string, Call][]) {
    view[name] = (reads as readonly string[]).includes(name)
      ? (...args) => {
          const key = JSON.stringify([name, args])
          const hit = known.get(key)
          if (hit !== undefined) return hit
          const value = fn(...args)
          known.set(key, value)
          value.catch(() => known.delete(key))
          return value
        }
      : (...args) => {
          known.clear()
          return fn(...args)
        }
  }
  return view as R
}

const key = (...parts: string[]): string => JSON.stringify(parts)

/** A batch's view of `tx`, with `preload` to look up many import sources at once and `flush`. */
export function batchRepos(tx: Repos, now: () => string) {
  let queued = {
    articles: [] as Article[],
    revisions: [] as Revision[],
    sources: [] as ImportSource[],
    comments: [] as ImportedComment[],
  }
  const queuedIds = new Set<string>()
  const sources = new Map<string, ImportSource | null>()
  // Slug → the article that has it (queued or written), or null when none has; kept current as
  // articles are queued, and forgotten when one is updated (its slug may change).
  const slugOwners = new Map<string, string | null>()

  async function flush(): Promise<void> {
    const { articles, revisions, sources: rows, comments } = queued
    queued = { articles: [], revisions: [], sources: [], comments: [] }
    queuedIds.clear()
    await tx.articles.insertMany(articles)
    await tx.revisions.insertMany(revisions)
    await tx.importSources.upsertMany(rows, now())
    await tx.importedComments.upsertMany(comments)
  }

  const known = () => new Map<string, Promise<unknown>>()
  const remembered = {
    settings: known(),
    sections: known(),
    tags: known(),
    authors: known(),
    media: known(),
  }

  const repos: Repos = {
    ...tx,
    settings: rememberReads(tx.settings, ['getAll'], remembered.settings),
    sections: rememberReads(tx.sections, ['findById', 'findBySlug'], remembered.sections),
    tags: rememberReads(tx.tags, ['findById', 'findBySlug'], remembered.tags),
    authors: rememberReads(tx.authors, ['findById', 'findBySlug'], remembered.authors),
    media: rememberReads(tx.media, ['findById', 'findBySha'], remembered.media),
    articles: {
      ...tx.articles,
      insert(article: Article): Promise<void> {
        queued.articles.push(article)
        queuedIds.add(article.id)
        slugOwners.set(article.slug, article.id)
        return Promise.resolve()
      },
      async slugTaken(slug: string, exceptId?: string): Promise<boolean> {
        if (!slugOwners.has(slug)) await preloadSlugs([slug])
        const owner = slugOwners.get(slug) ?? null
        return owner !== null && owner !== exceptId
      },
      async findById(id: string): Promise<Article | null> {
        if (queuedIds.has(id)) await flush()
        return tx.articles.findById(id)
      },
      async findBySlug(slug: string): Promise<Article | null> {
        if (queued.articles.length > 0) await flush()
        return tx.articles.findBySlug(slug)
      },
      updateIfRevision(article: Article, expectedRevision: number): Promise<boolean> {
        slugOwners.clear()
        return tx.articles.updateIfRevision(article, expectedRevision)
      },
    },
    revisions: {
      ...tx.revisions,
      insert(revision: Revision): Promise<void> {
        queued.revisions.push(revision)
        return Promise.resolve()
      },
    },
    importSources: {
      ...tx.importSources,
      async find(source: string, kind: string, externalId: string) {
        const k = key(source, kind, externalId)
        if (!sources.has(k)) sources.set(k, await tx.importSources.find(source, kind, externalId))
        return sources.get(k) ?? null
      },
      upsert(row: ImportSource): Promise<void> {
        sources.set(key(row.source, row.kind, row.externalId), row)
        queued.sources.push(row)
        return Promise.resolve()
      },
    },
    importedComments: {
      ...tx.importedComments,
      upsert(comment: ImportedComment): Promise<void> {
        queued.comments.push(comment)
        return Promise.resolve()
      },
    },
  }

  /** Looks up which articles have these slugs with one query. */
  async function preloadSlugs(slugs: readonly string[]): Promise<void> {
    const missing = slugs.filter((slug) => !slugOwners.has(slug))
    if (missing.length === 0) return
    const owners = await tx.articles.slugOwners(missing)
    for (const slug of missing) slugOwners.set(slug, owners.get(slug) ?? null)
  }

  /** Looks up the import-source rows of many items of one kind with one query. */
  async function preload(source: string, kind: string, externalIds: readonly string[]) {
    const missing = externalIds.filter((id) => !sources.has(key(source, kind, id)))
    if (missing.length === 0) return
    const found = await tx.importSources.findMany(source, kind, missing)
    for (const id of missing) sources.set(key(source, kind, id), null)
    for (const row of found) sources.set(key(source, kind, row.externalId), row)
  }

  /** Forgets every remembered read (a dry run's one batch view lives as long as the whole import). */
  function forget(): void {
    for (const reads of Object.values(remembered)) reads.clear()
    sources.clear()
    slugOwners.clear()
  }

  return { repos, preload, preloadSlugs, flush, forget }
}
