import type { Article, Correction, Revision } from '../../domain/article.js'
import type { Actor } from '../../domain/roles.js'
import { requireRole } from '../../domain/roles.js'
import type { Settings } from '../../domain/settings.js'
import type { Author, Section, Tag } from '../../domain/taxonomy.js'
import type { Entity } from '../../domain/entity.js'
import type { Redirect } from '../../domain/redirects.js'
import type { User } from '../../domain/user.js'
import type { ExportedMedia, ImportedComment } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { getSettings } from '../settings.js'

/** Version of the export document; bump it when a field changes meaning (docs/import-export.md). */
export const exportFormatVersion = 1

export type ExportedArticle = Article & {
  revisions: Revision[]
  corrections: Correction[]
  comments: ImportedComment[]
}

/** A user as exported: with `passwordHash` only when the export was asked for credentials. */
export type ExportedUser = User & { passwordHash?: string | null }

export interface PublicationExport {
  format: 'masthead-export'
  version: number
  settings: Settings
  users: ExportedUser[]
  authors: Author[]
  sections: Section[]
  tags: Tag[]
  /** People and organisations stories quote (absent from exports made before they existed). */
  entities?: Entity[]
  media: ExportedMedia[]
  articles: ExportedArticle[]
  redirects: Redirect[]
}

const byId = <T extends { id: string }>(a: T, b: T): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/**
 * A user's exported fields, named one by one so nothing the store adds (the password hash) slips
 * in; the hash only with `withCredentials`.
 */
function exportedUser(u: User & { passwordHash?: string | null }, withCredentials: boolean) {
  const user: ExportedUser = {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    createdAt: u.createdAt,
    disabledAt: u.disabledAt,
    mustChangePassword: u.mustChangePassword,
  }
  return withCredentials ? { ...user, passwordHash: u.passwordHash ?? null } : user
}

/**
 * Writes the whole publication as one JSON document, a page of articles at a time. Sessions and
 * API tokens are never written; password hashes only with `withCredentials`. Throws
 * ForbiddenError for actors below admin.
 */
export async function exportPublication(
  deps: Deps,
  actor: Actor,
  write: (text: string) => Promise<void>,
  { withCredentials = false }: { withCredentials?: boolean } = {},
): Promise<{ articles: number }> {
  requireRole(actor, 'admin', 'export the publication')
  const store = deps.store
  const head = {
    format: 'masthead-export',
    version: exportFormatVersion,
    settings: await getSettings(store),
    users: (await store.users.list()).sort(byId).map((u) => exportedUser(u, withCredentials)),
    authors: (await store.authors.list()).sort(byId),
    sections: (await store.sections.list()).sort(byId),
    tags: (await store.tags.list(1_000_000)).sort(byId),
    entities: (await store.entities.all()).sort(byId),
  }
  await write(`${JSON.stringify(head, null, 1).slice(0, -2)},\n"media": [`)
  let after: string | null = null
  let separator = '\n'
  for (;;) {
    const page: ExportedMedia[] = await store.exports.mediaAfter(after, 500)
    for (const m of page) {
      await write(`${separator}${JSON.stringify(m)}`)
      separator = ',\n'
    }
    if (page.length < 500) break
    after = page[page.length - 1]?.id ?? null
  }
  await write('\n],\n"articles": [')
  const articles = await writeArticles(deps, write)
  const redirects = await allRedirects(deps)
  await write(`\n],\n"redirects": ${JSON.stringify(redirects)}\n}\n`)
  return { articles }
}

async function writeArticles(deps: Deps, write: (text: string) => Promise<void>): Promise<number> {
  const store = deps.store
  let after: string | null = null
  let count = 0
  for (;;) {
    const ids = await store.exports.articleIdsAfter(after, 200)
    const articles = await store.articles.findManyByIds(ids)
    const corrections = await store.corrections.listForArticles(ids)
    const comments = await store.importedComments.listForArticles(ids)
    for (const article of articles) {
      const revisions = (await store.revisions.listForArticle(article.id)).reverse()
      const item: ExportedArticle = {
        ...article,
        revisions,
        corrections: corrections.filter((c) => c.articleId === article.id),
        comments: comments.filter((c) => c.articleId === article.id),
      }
      await write(`${count === 0 ? '\n' : ',\n'}${JSON.stringify(item)}`)
      count += 1
    }
    if (ids.length < 200) return count
    after = ids[ids.length - 1] ?? null
  }
}

async function allRedirects(deps: Deps): Promise<Redirect[]> {
  const out: Redirect[] = []
  for (let offset = 0; ; offset += 1000) {
    const page = await deps.store.redirects.list(1000, offset)
    out.push(...page)
    if (page.length < 1000) return out
  }
}
