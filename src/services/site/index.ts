import type { Deps } from '../deps.js'
import { chromeAt } from '../fronts/chrome.js'
import type { Story } from './article-page.js'
import { articleContext, resolvePublicPath, storyPage } from './article-page.js'
import { correctionsRead } from './corrections-page.js'
import type { FeedRequest } from './feeds.js'
import { feedRead } from './feeds.js'
import { homePage } from './home-page.js'
import type { ListRequest } from './list-page.js'
import { listPageRead } from './list-page.js'
import { findListOwner } from './lists.js'
import type { publicMemo } from './public-memo.js'
import type { SearchRequest } from './search-page.js'
import { searchPage } from './search-page.js'
import {
  authorsSitemapRead,
  monthSitemapRead,
  newsSitemapRead,
  sectionsSitemapRead,
  sitemapIndexRead,
} from './sitemaps.js'

/** The public site's reads: each answers what to render and what it depends on. */
export function siteServices(deps: Deps, memo: ReturnType<typeof publicMemo>) {
  return {
    now: () => deps.clock.now(),
    home: async () => homePage(deps, await memo.settings(), await memo.homeLayout(), memo.authors),
    story: async ({ path }: { path: string }) =>
      storyPage(deps, await memo.settings(), path, memo.authors),
    list: async (request: ListRequest) =>
      listPageRead(deps, { settings: await memo.settings(), profiles: memo.authors }, request),
    search: (request: SearchRequest) => searchPage(deps, request),
    corrections: ({ limit }: { limit: number }) => correctionsRead(deps, limit),
    feed: ({ request, limit }: { request: FeedRequest; limit: number }) =>
      feedRead(deps, request, limit),
    sitemapIndex: () => sitemapIndexRead(deps),
    sectionsSitemap: () => sectionsSitemapRead(deps),
    authorsSitemap: () => authorsSitemapRead(deps),
    monthSitemap: ({ month, part }: { month: string; part: number }) =>
      monthSitemapRead(deps, month, part),
    newsSitemap: () => newsSitemapRead(deps),
    resolvePath: async ({ path }: { path: string }) =>
      resolvePublicPath(deps, await memo.settings(), path),
    articleContext: ({ story }: { story: Story }) => articleContext(deps, story, memo.authors),
    /** The banner (while live) and the menus every page shows, and what they depend on. */
    chrome: async () => chromeAt(await memo.chrome(), deps.clock.now()),
    logo: () => memo.logo(),
    /** The publication's published policy pages, for every page's footer. */
    policies: () => memo.policies(),
    /** Drops what public reads hold in memory (another process changed something). */
    forget: () => memo.forget(),
    findListOwner: ({ kind, slug }: { kind: 'section' | 'tag' | 'author'; slug: string }) =>
      findListOwner(deps, kind, slug),
  }
}
