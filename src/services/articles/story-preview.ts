import type { Article } from '../../domain/article.js'
import { NotFoundError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { actorUserId } from '../../domain/roles.js'
import { authorize } from '../../domain/workflow.js'
import type { ShareLinkRecord } from '../../store/index.js'
import type { Deps } from '../deps.js'
import { audit, nowIso, sha256 } from '../deps.js'
import { getArticle } from '../queries.js'
import type { Story } from '../site/article-page.js'
import type { ArticleInput } from './article-input.js'
import { fieldsOf, resolveFields, withFields } from './article-input.js'

/** How long a share link works: a day, long enough for a source or a lawyer to read the story. */
const shareLinkLifetimeMs = 24 * 60 * 60 * 1000

/** A share link as the newsroom sees it (the secret is only ever shown once, on creation). */
export type ShareLink = Omit<ShareLinkRecord, 'tokenHash'>

/**
 * The story as its public page would show it: never indexed, and dated as if it went out now
 * (or at its scheduled time) when it is not published yet.
 */
function asPreview(deps: Deps, article: Article): Article {
  const publishedAt = article.publishedAt ?? article.scheduledAt ?? nowIso(deps)
  return { ...article, publishedAt, noindex: true }
}

/**
 * A story with unsaved changes applied (validated as a save is, but nothing is written), for
 * anyone who may edit it. Throws NotFoundError, ForbiddenError, InvalidInputError or DuplicateError.
 */
export async function previewStory(
  deps: Deps,
  actor: Actor,
  id: string,
  changes?: ArticleInput,
): Promise<Story> {
  const current = await getArticle(deps, actor, id)
  authorize(actor, 'edit', current)
  const story = await deps.store.articles.findStory('id', id)
  if (story === null) throw new NotFoundError('article', id)
  let article = story.article
  if (changes !== undefined) {
    const fields = await resolveFields(deps.store, deps, changes, fieldsOf(article), id, {
      createTags: false,
    })
    article = withFields(article, fields)
  }
  return { article: asPreview(deps, article), corrections: story.corrections }
}

const present = ({ tokenHash: _hash, ...link }: ShareLinkRecord): ShareLink => link

/** The story, if the actor may edit it. Throws NotFoundError or ForbiddenError. */
async function editable(deps: Deps, actor: Actor, id: string): Promise<Article> {
  const article = await getArticle(deps, actor, id)
  authorize(actor, 'edit', article)
  return article
}

/**
 * Creates a link that shows the story's latest saved version to anyone holding it, for a day.
 * Throws NotFoundError or ForbiddenError (the same people who may edit the story may share it).
 */
export async function createShareLink(
  deps: Deps,
  actor: Actor,
  articleId: string,
): Promise<ShareLink & { token: string }> {
  await editable(deps, actor, articleId)
  const token = deps.ids.secret(32)
  const now = deps.clock.now()
  const record: ShareLinkRecord = {
    id: deps.ids.uuid(),
    articleId,
    tokenHash: sha256(token),
    createdBy: actorUserId(actor),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + shareLinkLifetimeMs).toISOString(),
    revokedAt: null,
  }
  await deps.store.transaction(async (tx) => {
    await tx.shareLinks.insert(record)
    await audit(
      tx,
      deps,
      actor,
      'article.share-link.create',
      { type: 'article', id: articleId },
      {
        linkId: record.id,
        expiresAt: record.expiresAt,
      },
    )
  })
  return { ...present(record), token }
}

/** A story's working share links, newest first. Throws NotFoundError or ForbiddenError. */
export async function listShareLinks(
  deps: Deps,
  actor: Actor,
  articleId: string,
): Promise<ShareLink[]> {
  await editable(deps, actor, articleId)
  return (await deps.store.shareLinks.listLive(articleId, nowIso(deps))).map(present)
}

/** Stops a share link working at once. Throws NotFoundError or ForbiddenError. */
export async function revokeShareLink(
  deps: Deps,
  actor: Actor,
  articleId: string,
  linkId: string,
): Promise<void> {
  await editable(deps, actor, articleId)
  await deps.store.transaction(async (tx) => {
    if (!(await tx.shareLinks.revoke(articleId, linkId, nowIso(deps))))
      throw new NotFoundError('share link', linkId)
    await audit(
      tx,
      deps,
      actor,
      'article.share-link.revoke',
      { type: 'article', id: articleId },
      {
        linkId,
      },
    )
  })
}

/** The story a share link shows, or null when the link is unknown, expired or revoked. */
export async function openShareLink(deps: Deps, token: string): Promise<Story | null> {
  const link = await deps.store.shareLinks.findByHash(sha256(token))
  if (link === null || link.revokedAt !== null || link.expiresAt <= nowIso(deps)) return null
  const story = await deps.store.articles.findStory('id', link.articleId)
  return story === null
    ? null
    : { article: asPreview(deps, story.article), corrections: story.corrections }
}
