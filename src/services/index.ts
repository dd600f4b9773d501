import type { Actor, Role } from '../domain/roles.js'
import type { Article, CorrectionKind } from '../domain/article.js'
import type { Settings } from '../domain/settings.js'
import type { ArticleInput } from './articles/article-input.js'
import {
  changeStatus,
  changeStatusWithNote,
  publishArticle,
  scheduleArticle,
  submitArticle,
  unpublishArticle,
} from './articles/change-status.js'
import type { StatusAction } from './articles/change-status.js'
import { editCorrection, withdrawCorrection } from './articles/edit-correction.js'
import { createArticle } from './articles/create-article.js'
import { leaveArticle, markPresent, whoIsEditing } from './articles/presence.js'
import {
  createShareLink,
  listShareLinks,
  openShareLink,
  previewStory,
  revokeShareLink,
} from './articles/story-preview.js'
import { addCorrection, deleteArticle, runScheduler } from './articles/other-actions.js'
import type { RecentCorrectionsQuery } from './articles/recent-corrections.js'
import { listRecentCorrections } from './articles/recent-corrections.js'
import { viewerOf } from './articles/viewer.js'
import type { SaveArticle } from './articles/save-article.js'
import { restoreRevision, saveArticle } from './articles/save-article.js'
import { changesOf, checkHealth } from './changes.js'
import { importServices } from './import/index.js'
import type { Deps } from './deps.js'
import { inviteUser, redeemLink, requestPasswordReset } from './account-links.js'
import type { UserChange } from './admin.js'
import { getOwnUser, listAuditLog, listUsers, updateUser } from './admin.js'
import {
  authenticateToken,
  createApiToken,
  listTokens,
  revokeOwnTokens,
  revokeToken,
} from './api-tokens.js'
import { addRedirect, deleteRedirect, listRedirects } from './redirects.js'
import { diffRevisions } from './revision-diff.js'
import type { SignIn } from './sessions.js'
import {
  authenticateSession,
  changePassword,
  listSessions,
  oneTimePasswordHolds,
  revokeSession,
  signIn,
} from './sessions.js'
import { listAuthors, listSections, listTags, reorderSections } from './taxonomy-lists.js'
import type { MediaInput } from './media/ingest-media.js'
import { ingestMedia } from './media/ingest-media.js'
import type { MediaChanges } from './media/library.js'
import { deleteMedia, getMedia, listMedia, updateMedia } from './media/library.js'
import { originalFile } from './media/storage.js'
import { createVariantMaker } from './media/variants.js'
import type { ArticleQuery, SearchQuery } from './queries.js'
import {
  correctionsFor,
  getArticle,
  returnNoteFor,
  listArticles,
  listRevisions,
  searchArticles,
  searchCards,
} from './queries.js'
import { articlePath } from '../domain/permalink.js'
import type { SettingsPatch } from './settings.js'
import { updateSettings } from './settings.js'
import { publicMemo } from './site/public-memo.js'
import type { Story } from './site/article-page.js'
import { articleContext, resolvePublicPath, storyPage } from './site/article-page.js'
import { correctionsRead } from './site/corrections-page.js'
import type { FeedRequest } from './site/feeds.js'
import { feedRead } from './site/feeds.js'
import { homePage } from './site/home-page.js'
import type { ListRequest } from './site/list-page.js'
import { listPageRead } from './site/list-page.js'
import { findListOwner } from './site/lists.js'
import type { SearchRequest } from './site/search-page.js'
import { searchPage } from './site/search-page.js'
import {
  authorsSitemapRead,
  monthSitemapRead,
  newsSitemapRead,
  sectionsSitemapRead,
  sitemapIndexRead,
} from './site/sitemaps.js'
import type { AuthorInput, SectionInput } from './taxonomy.js'
import { deleteSection, renameTag, saveAuthor, saveSection } from './taxonomy.js'
import type { UserInput } from './users.js'
import { actorForUser, createUser } from './users.js'

/** Every use case, bound to its dependencies: the one entry point for web, CLI and importers. */
export function createServices(deps: Deps) {
  const memo = publicMemo(deps)
  return {
    /** Closes the database: the last call of a process or a test. */
    close: () => deps.store.close(),
    /** Which database this runs on ('sqlite' or 'postgres'), for the start-up line. */
    databaseKind: () => deps.store.dialect,
    /** Whether any account exists yet (the first run creates the first admin). */
    hasAccounts: async () => (await deps.store.users.count()) > 0,
    /** Whether any story exists yet, in any status (the demo loads only into an empty database). */
    hasArticles: async () => Object.keys(await deps.store.articles.countByStatus()).length > 0,
    /** Loads the demo publication (its code and stories are read only when asked for). */
    loadDemo: async () => (await import('../demo/seed-demo.js')).seedDemo(deps),
    /** The current moment, as the use cases see it. */
    now: () => deps.clock.now(),
    /** A random URL-safe secret of `bytes` bytes. */
    newSecret: (bytes?: number) => deps.ids.secret(bytes),
    checkHealth: () => checkHealth(deps),
    /** What changes, for the page cache (handed to it by the web app). */
    changes: changesOf(deps, () => memo.forget()),
    imports: importServices(deps),
    createArticle: (actor: Actor, input: ArticleInput) => createArticle(deps, actor, input),
    saveArticle: (actor: Actor, save: SaveArticle) => saveArticle(deps, actor, save),
    restoreRevision: (actor: Actor, input: { id: string; revision: number; from: number }) =>
      restoreRevision(deps, actor, input),
    changeStatus: (
      actor: Actor,
      id: string,
      action: StatusAction,
      options?: { at?: string; revision?: number },
    ) => changeStatus(deps, actor, id, action, options),
    /** changeStatus with a return's note (for the writer), answering the note as it now stands. */
    changeStatusWithNote: (
      actor: Actor,
      id: string,
      action: StatusAction,
      options?: { at?: string; revision?: number; note?: string },
    ) => changeStatusWithNote(deps, actor, id, action, options),
    submitArticle: (actor: Actor, id: string) => submitArticle(deps, actor, id),
    publishArticle: (actor: Actor, id: string) => publishArticle(deps, actor, id),
    scheduleArticle: (actor: Actor, id: string, at: string) => scheduleArticle(deps, actor, id, at),
    unpublishArticle: (actor: Actor, id: string) => unpublishArticle(deps, actor, id),
    addCorrection: (actor: Actor, id: string, input: { kind: CorrectionKind; text: string }) =>
      addCorrection(deps, actor, id, input),
    editCorrection: (
      actor: Actor,
      input: { articleId: string; correctionId: string; text: string },
    ) => editCorrection(deps, actor, input),
    withdrawCorrection: (
      actor: Actor,
      input: { articleId: string; correctionId: string; note: string },
    ) => withdrawCorrection(deps, actor, input),
    deleteArticle: (actor: Actor, id: string) => deleteArticle(deps, actor, id),
    runScheduler: () => runScheduler(deps),
    getArticle: (actor: Actor | null, id: string) => getArticle(deps, actor, id),
    listArticles: (actor: Actor | null, query: ArticleQuery) => listArticles(deps, actor, query),
    searchArticles: (actor: Actor | null, query: SearchQuery) => searchArticles(deps, actor, query),
    searchCards: (actor: Actor | null, query: SearchQuery) => searchCards(deps, actor, query),
    listRevisions: (actor: Actor, id: string) => listRevisions(deps, actor, id),
    correctionsFor: (ids: readonly string[]) => correctionsFor(deps, ids),
    returnNoteFor: (actor: Actor | null, id: string) => returnNoteFor(deps, actor, id),
    viewerOf: (actor: Actor, article: Article) => viewerOf(deps, actor, article),
    listRecentCorrections: (actor: Actor | null, query: RecentCorrectionsQuery) =>
      listRecentCorrections(deps, actor, query),
    saveSection: (actor: Actor, input: SectionInput, id?: string) =>
      saveSection(deps, actor, input, id),
    deleteSection: (actor: Actor, id: string) => deleteSection(deps, actor, id),
    renameTag: (actor: Actor, id: string, name: string) => renameTag(deps, actor, id, name),
    saveAuthor: (actor: Actor, input: AuthorInput, id?: string) =>
      saveAuthor(deps, actor, input, id),
    createUser: (actor: Actor, input: UserInput) => createUser(deps, actor, input),
    createApiToken: (actor: Actor, input: { email: string; name?: string; role?: Role }) =>
      createApiToken(deps, actor, input),
    authenticateToken: (token: string, ip?: string) => authenticateToken(deps, token, ip),
    actorForUser: (userId: string) => actorForUser(deps, userId),
    ingestMedia: (actor: Actor, input: MediaInput) => ingestMedia(deps, actor, input),
    listMedia: (actor: Actor, query: Parameters<typeof listMedia>[2]) =>
      listMedia(deps, actor, query),
    getMedia: (id: string) => getMedia(deps, id),
    updateMedia: (actor: Actor, id: string, changes: MediaChanges) =>
      updateMedia(deps, actor, id, changes),
    deleteMedia: (actor: Actor, id: string) => deleteMedia(deps, actor, id),
    mediaVariant: createVariantMaker(deps),
    /** The original file at `/media/{id}/original.{ext}`. Throws NotFoundError. */
    mediaOriginal: (id: string, name: string) => originalFile(deps, id, name),
    /** The settings as public reads see them (held in memory until they change). */
    getSettings: () => memo.settings(),
    updateSettings: (actor: Actor, patch: SettingsPatch) => updateSettings(deps, actor, patch),
    articlePath,
    /** The public site's reads: each answers what to render and what it depends on. */
    site: {
      now: () => deps.clock.now(),
      home: async () => homePage(deps, await memo.settings(), await memo.navigation()),
      story: async (path: string) => storyPage(deps, await memo.settings(), path, memo.authors),
      list: (request: ListRequest) => listPageRead(deps, request),
      search: (request: SearchRequest) => searchPage(deps, request),
      corrections: (limit: number) => correctionsRead(deps, limit),
      feed: (request: FeedRequest, limit: number) => feedRead(deps, request, limit),
      sitemapIndex: () => sitemapIndexRead(deps),
      sectionsSitemap: () => sectionsSitemapRead(deps),
      authorsSitemap: () => authorsSitemapRead(deps),
      monthSitemap: (month: string, part: number) => monthSitemapRead(deps, month, part),
      newsSitemap: () => newsSitemapRead(deps),
      resolvePath: async (path: string) => resolvePublicPath(deps, await memo.settings(), path),
      articleContext: (story: Story) => articleContext(deps, story, memo.authors),
      navigation: () => memo.navigation(),
      logo: () => memo.logo(),
      /** The publication's published policy pages, for every page's footer. */
      policies: () => memo.policies(),
      /** Drops what public reads hold in memory (another process changed something). */
      forget: () => memo.forget(),
      findListOwner: (kind: 'section' | 'tag' | 'author', slug: string) =>
        findListOwner(deps, kind, slug),
    },
    previewStory: (actor: Actor, id: string, changes?: ArticleInput) =>
      previewStory(deps, actor, id, changes),
    createShareLink: (actor: Actor, id: string) => createShareLink(deps, actor, id),
    listShareLinks: (actor: Actor, id: string) => listShareLinks(deps, actor, id),
    revokeShareLink: (actor: Actor, id: string, linkId: string) =>
      revokeShareLink(deps, actor, id, linkId),
    /** The story a share link shows, or null (unknown, expired or revoked). */
    openShareLink: (token: string) => openShareLink(deps, token),
    markPresent: (actor: Actor, id: string) => markPresent(deps, actor, id),
    whoIsEditing: (actor: Actor, id: string) => whoIsEditing(deps, actor, id),
    leaveArticle: (actor: Actor, id: string) => leaveArticle(deps, actor, id),
    diffRevisions: (actor: Actor, id: string, from: number, to: number) =>
      diffRevisions(deps, actor, id, from, to),
    listSections: () => listSections(deps),
    listTags: (limit?: number, query?: string) => listTags(deps, limit, query),
    listAuthors: () => listAuthors(deps),
    reorderSections: (actor: Actor, input: { parent: string | null; order: string[] }) =>
      reorderSections(deps, actor, input),
    signIn: (input: SignIn) => signIn(deps, input),
    authenticateSession: (secret: string, ip?: string) => authenticateSession(deps, secret, ip),
    /** Whether a one-time password still signs in and still has to be changed. */
    oneTimePasswordHolds: (input: { email: string; password: string }) =>
      oneTimePasswordHolds(deps, input),
    listSessions: (actor: Actor) => listSessions(deps, actor),
    revokeSession: (actor: Actor, id: string) => revokeSession(deps, actor, id),
    changePassword: (
      actor: Actor,
      input: { currentPassword: string; newPassword: string; keepSessionId?: string },
    ) => changePassword(deps, actor, input),
    inviteUser: (
      actor: Actor,
      input: { email: string; name: string; role: Role },
      origin: string,
    ) => inviteUser(deps, actor, input, origin),
    requestPasswordReset: (input: { email: string; ip?: string }, origin: string) =>
      requestPasswordReset(deps, input, origin),
    acceptInvitation: (input: { token: string; password: string; ip?: string }) =>
      redeemLink(deps, 'invitation', input),
    resetPassword: (input: { token: string; password: string; ip?: string }) =>
      redeemLink(deps, 'reset', input),
    getOwnUser: (actor: Actor) => getOwnUser(deps, actor),
    listUsers: (actor: Actor) => listUsers(deps, actor),
    updateUser: (actor: Actor, id: string, change: UserChange) =>
      updateUser(deps, actor, id, change),
    listAuditLog: (actor: Actor, query: Parameters<typeof listAuditLog>[2]) =>
      listAuditLog(deps, actor, query),
    listTokens: (actor: Actor) => listTokens(deps, actor),
    revokeToken: (actor: Actor, id: string) => revokeToken(deps, actor, id),
    revokeOwnTokens: (actor: Actor) => revokeOwnTokens(deps, actor),
    listRedirects: (actor: Actor, page: { limit: number; offset: number }) =>
      listRedirects(deps, actor, page),
    addRedirect: (actor: Actor, input: { from: string; to: string; statusCode?: number }) =>
      addRedirect(deps, actor, input),
    deleteRedirect: (actor: Actor, id: string) => deleteRedirect(deps, actor, id),
  }
}

export type Services = ReturnType<typeof createServices>
export type { Deps } from './deps.js'
export { randomIds, systemClock } from './deps.js'
export { createEventBus } from './events.js'
export { decodeCursor, encodeCursor } from './site/cursor.js'
export { maxPage, perPage } from './site/lists.js'
export { ownerListKey } from './site/lists.js'
export type { ListOwner, ListPage } from './site/lists.js'
export type { HomePage } from './site/home-page.js'
export type { ListPageView } from './site/list-page.js'
export type { SearchPageView, SearchRequest } from './site/search-page.js'
export type { FeedRequest } from './site/feeds.js'
export type { DependsOn, ShownStory } from './site/depends-on.js'
export type { ArticleContext, PathResolution, Story } from './site/article-page.js'
export type { ShareLink } from './articles/story-preview.js'
export type { Presence } from './articles/presence.js'
export type { MailMessage, Mailer } from './mailer.js'
export { logMailer, smtpMailer } from './mailer.js'
export type { DomainEvent, EventBus } from './events.js'
export type { Changes } from './changes.js'
/** Records the use cases answer with, named here so callers never import the store. */
export type { ArticleCursor, AuditEntry, SessionRecord, TokenRecord } from '../store/index.js'
