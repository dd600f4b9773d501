import { accountServices } from './accounts/index.js'
import { articleServices } from './articles/index.js'
import { changesOf, checkHealth } from './changes.js'
import { suggestionServices } from './attribution/suggestion-services.js'
import type { Deps } from './deps.js'
import { importServices } from './import/index.js'
import { frontServices } from './fronts/index.js'
import { attributionServices } from './attribution/index.js'
import { entityServices } from './entities/index.js'
import { mediaServices } from './media/index.js'
import type { Actor } from '../domain/roles.js'
import type { SettingsPatch } from './settings.js'
import { updateSettings } from './settings.js'
import { siteServices } from './site/index.js'
import { publicMemo } from './site/public-memo.js'
import { taxonomyServices } from './taxonomy/index.js'
import { operationServices } from './operations/index.js'

/**
 * Every use case, bound to its dependencies: the one entry point for web, CLI, importers and the
 * demo. Use cases sit in one object per area (`services.articles`, `services.media`, ...), each
 * taking one object with the actor inside (`services.articles.publish({ actor, id })`); the
 * process-level members (close, now, changes, ...) sit at the top.
 */
export function createServices(deps: Deps) {
  const memo = publicMemo(deps)
  const services = {
    /** Closes the database: the last call of a process or a test. */
    close: () => deps.store.close(),
    /** Which database this runs on ('sqlite' or 'postgres'), for the start-up line. */
    databaseKind: () => deps.store.dialect,
    /** Whether any account exists yet (the first run creates the first admin). */
    hasAccounts: async () => (await deps.store.users.count()) > 0,
    /** Whether any story exists yet, in any status (the demo loads only into an empty database). */
    hasArticles: async () => Object.keys(await deps.store.articles.countByStatus()).length > 0,
    /**
     * Loads the demo publication (its code and stories are read only when asked for) through these
     * services, and through the same services at the moments its stories are dated.
     */
    loadDemo: async (): Promise<{ articles: number; media: number }> =>
      (await import('../demo/seed-demo.js')).seedDemo({
        services,
        at: (time) => createServices({ ...deps, clock: { now: () => new Date(time) } }),
      }),
    /** The current moment, as the use cases see it. */
    now: () => deps.clock.now(),
    /** A random URL-safe secret of `bytes` bytes. */
    newSecret: (bytes?: number) => deps.ids.secret(bytes),
    checkHealth: () => checkHealth(deps),
    /** What changes, for the page cache (handed to it by the web app). */
    changes: changesOf(deps, () => memo.forget()),
    articles: articleServices(deps),
    media: mediaServices(deps),
    taxonomy: taxonomyServices(deps),
    accounts: accountServices(deps),
    site: siteServices(deps, memo),
    imports: importServices(deps),
    fronts: frontServices(deps),
    attribution: { ...attributionServices(deps), ...suggestionServices(deps) },
    entities: entityServices(deps),
    operations: operationServices(deps),
    settings: {
      /** The settings as public reads see them (held in memory until they change). */
      get: () => memo.settings(),
      update: ({ actor, patch }: { actor: Actor; patch: SettingsPatch }) =>
        updateSettings(deps, actor, patch),
    },
  }
  return services
}

export type Services = ReturnType<typeof createServices>
export type { Deps } from './deps.js'
export { randomIds, systemClock } from './deps.js'
export { createEventBus } from './events.js'
export { maxPage, perPage } from './site/lists.js'
export { ownerListKey } from './site/lists.js'
export type { ListOwner, ListPage } from './site/lists.js'
export type { HomePage } from './site/home-page.js'
export type { ZoneView } from './fronts/front-read.js'
export type { Chrome, MenuEntry, Menus } from './fronts/chrome.js'
export type { Curated, CurationRevision } from './fronts/documents.js'
export type { ListPageView } from './site/list-page.js'
export type { SearchPageView, SearchRequest } from './site/search-page.js'
export type { FeedRequest } from './site/feeds.js'
export type { DependsOn, ShownStory } from './site/depends-on.js'
export type { ArticleContext, PathResolution, Story } from './site/article-page.js'
export type { ShareLink } from './articles/story-preview.js'
export type { SourcingReportItem } from './attribution/index.js'
export type { Entity, EntityInput, EntityKind } from './entities/index.js'
export type { Presence } from './articles/presence.js'
export type { MailMessage, Mailer } from './accounts/mailer.js'
export { logMailer, smtpMailer } from './accounts/mailer.js'
export type { DomainEvent, EventBus } from './events.js'
export type { Changes } from './changes.js'
export type { DatabaseStats } from './operations/index.js'
/** Records the use cases answer with, named here so callers never import the store. */
export type { ArticleCursor, AuditEntry, SessionRecord, TokenRecord } from '../store/index.js'
