import type { Article, CorrectionKind } from '../../domain/article.js'
import type { Actor } from '../../domain/roles.js'
import type { Deps } from '../deps.js'
import type { ArticleQuery, SearchQuery } from '../queries.js'
import {
  correctionsFor,
  getArticle,
  listArticles,
  listRevisions,
  returnNoteFor,
  searchArticles,
  searchCards,
} from '../queries.js'
import { diffRevisions } from '../revision-diff.js'
import type { ArticleInput } from './article-input.js'
import type { StatusAction } from './change-status.js'
import {
  changeStatus,
  changeStatusWithNote,
  publishArticle,
  scheduleArticle,
  submitArticle,
  unpublishArticle,
} from './change-status.js'
import { createArticle } from './create-article.js'
import { editCorrection, withdrawCorrection } from './edit-correction.js'
import { addCorrection, deleteArticle, runScheduler } from './other-actions.js'
import { leaveArticle, markPresent, whoIsEditing } from './presence.js'
import type { RecentCorrectionsQuery } from './recent-corrections.js'
import { listRecentCorrections } from './recent-corrections.js'
import type { SaveArticle } from './save-article.js'
import { restoreRevision, saveArticle } from './save-article.js'
import {
  createShareLink,
  listShareLinks,
  openShareLink,
  previewStory,
  revokeShareLink,
} from './story-preview.js'
import { viewerOf } from './viewer.js'

interface Acting {
  actor: Actor
}
interface OnArticle extends Acting {
  id: string
}
interface Reading {
  actor: Actor | null
}
interface StatusChange extends OnArticle {
  action: StatusAction
  at?: string
  revision?: number
}

/** The newsroom's use cases on stories: writing, workflow, corrections, reads and previews. */
export function articleServices(deps: Deps) {
  return {
    create: ({ actor, ...input }: Acting & ArticleInput) => createArticle(deps, actor, input),
    save: ({ actor, ...save }: Acting & SaveArticle) => saveArticle(deps, actor, save),
    restoreRevision: ({ actor, ...input }: OnArticle & { revision: number; from: number }) =>
      restoreRevision(deps, actor, input),
    changeStatus: ({ actor, id, action, ...options }: StatusChange) =>
      changeStatus(deps, actor, id, action, options),
    /** changeStatus with a return's note (for the writer), answering the note as it now stands. */
    changeStatusWithNote: ({ actor, id, action, ...options }: StatusChange & { note?: string }) =>
      changeStatusWithNote(deps, actor, id, action, options),
    submit: ({ actor, id }: OnArticle) => submitArticle(deps, actor, id),
    publish: ({ actor, id }: OnArticle) => publishArticle(deps, actor, id),
    schedule: ({ actor, id, at }: OnArticle & { at: string }) =>
      scheduleArticle(deps, actor, id, at),
    unpublish: ({ actor, id }: OnArticle) => unpublishArticle(deps, actor, id),
    addCorrection: ({ actor, id, ...input }: OnArticle & { kind: CorrectionKind; text: string }) =>
      addCorrection(deps, actor, id, input),
    editCorrection: ({
      actor,
      ...input
    }: Acting & { articleId: string; correctionId: string; text: string }) =>
      editCorrection(deps, actor, input),
    withdrawCorrection: ({
      actor,
      ...input
    }: Acting & { articleId: string; correctionId: string; note: string }) =>
      withdrawCorrection(deps, actor, input),
    delete: ({ actor, id }: OnArticle) => deleteArticle(deps, actor, id),
    /** Publishes what is due (the scheduler's tick). */
    runScheduler: (options: { onPublished?: (lateMs: number) => void } = {}) =>
      runScheduler(deps, options.onPublished),
    get: ({ actor, id }: Reading & { id: string }) => getArticle(deps, actor, id),
    list: ({ actor, ...query }: Reading & ArticleQuery) => listArticles(deps, actor, query),
    search: ({ actor, ...query }: Reading & SearchQuery) => searchArticles(deps, actor, query),
    searchCards: ({ actor, ...query }: Reading & SearchQuery) => searchCards(deps, actor, query),
    listRevisions: ({ actor, id }: OnArticle) => listRevisions(deps, actor, id),
    correctionsFor: ({ ids }: { ids: readonly string[] }) => correctionsFor(deps, ids),
    returnNoteFor: ({ actor, id }: Reading & { id: string }) => returnNoteFor(deps, actor, id),
    viewerOf: ({ actor, article }: Acting & { article: Article }) => viewerOf(deps, actor, article),
    listRecentCorrections: ({ actor, ...query }: Reading & RecentCorrectionsQuery) =>
      listRecentCorrections(deps, actor, query),
    preview: ({ actor, id, changes }: OnArticle & { changes?: ArticleInput }) =>
      previewStory(deps, actor, id, changes),
    createShareLink: ({ actor, id }: OnArticle) => createShareLink(deps, actor, id),
    listShareLinks: ({ actor, id }: OnArticle) => listShareLinks(deps, actor, id),
    revokeShareLink: ({ actor, id, linkId }: OnArticle & { linkId: string }) =>
      revokeShareLink(deps, actor, id, linkId),
    /** The story a share link shows, or null (unknown, expired or revoked). */
    openShareLink: ({ token }: { token: string }) => openShareLink(deps, token),
    markPresent: ({ actor, id }: OnArticle) => markPresent(deps, actor, id),
    whoIsEditing: ({ actor, id }: OnArticle) => whoIsEditing(deps, actor, id),
    leave: ({ actor, id }: OnArticle) => leaveArticle(deps, actor, id),
    diffRevisions: ({ actor, id, from, to }: OnArticle & { from: number; to: number }) =>
      diffRevisions(deps, actor, id, from, to),
  }
}
