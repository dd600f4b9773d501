import { articlePath } from '../../domain/permalink.js'
import type { FastifyRequest } from 'fastify'
import type { Config } from '../../config.js'
import type { ResponseCache } from '../cache/response-cache.js'
import type { Settings } from '../../domain/settings.js'
import { imageInfo } from '../../render/media.js'
import type { Theme } from '../../render/theme.js'
import type { Links, MenuLink, SiteView } from '../../render/views.js'
import type { Chrome, MenuEntry, Services } from '../../services/index.js'
import { dependOnChrome } from '../cache/tags.js'
import { publicOrigin } from '../origin.js'
import { themeAssets } from './theme-assets.js'

/** What the public plugins are given. */
export interface PublicOptions {
  services: Services
  config: Config
  theme: Theme
  /** The rendered-response cache, or null when it is turned off. */
  cache: ResponseCache | null
}

/** The stylesheet of the publication's theming, and the fonts it preloads. */
function stylesheetLinks(theme: Theme, settings: Settings): Pick<Links, 'stylesheet' | 'fonts'> {
  const link = themeAssets(theme).stylesheet(settings.theming)
  return { stylesheet: link.path, fonts: link.fonts }
}

/** Links for one request's origin. */
function linksFor(services: Services, settings: Settings, origin: string, theme: Theme): Links {
  return {
    origin,
    articlePath: (article) => articlePath(article, settings),
    sectionPath: (slug) => `/section/${slug}/`,
    tagPath: (slug) => `/tag/${slug}/`,
    authorPath: (slug) => `/author/${slug}/`,
    image: (media, crop) => imageInfo(media, origin, crop),
    ...stylesheetLinks(theme, settings),
    icon: themeAssets(theme).icon,
  }
}

function menuLink(entry: MenuEntry, links: Links): MenuLink {
  if (entry.kind === 'section') return { label: entry.label, href: links.sectionPath(entry.slug) }
  if (entry.kind === 'page') return { label: entry.label, href: links.articlePath(entry.article) }
  return { label: entry.label, href: entry.url }
}

/**
 * The publication as every page sees it, for this request. `chrome`: the banner and menus shown
 * around the page: read (and noted among what the page depends on) by default, given by a
 * preview, or left out (`'none'`) by feeds and sitemaps, which show neither.
 */
export async function siteView(
  request: FastifyRequest,
  { services, config, theme }: PublicOptions,
  chrome: Chrome | 'read' | 'none' = 'read',
): Promise<SiteView> {
  const settings = await services.settings.get()
  const [logo, around, policies] = await Promise.all([
    services.site.logo(),
    chrome === 'read' ? services.site.chrome() : null,
    services.site.policies(),
  ])
  if (around !== null) dependOnChrome(request, around.dependsOn)
  const shown = around?.view ?? (chrome === 'read' || chrome === 'none' ? null : chrome)
  const origin = publicOrigin(request, config.publicUrl, settings.publicUrl)
  const links = linksFor(services, settings, origin, theme)
  const menu = (name: 'main' | 'secondary' | 'footer') =>
    (shown?.menus[name] ?? []).map((entry) => menuLink(entry, links))
  return {
    title: settings.title,
    tagline: settings.tagline,
    locale: settings.locale,
    timeZone: settings.timeZone,
    logo,
    banner: shown?.banner ?? null,
    menus: { main: menu('main'), secondary: menu('secondary'), footer: menu('footer') },
    policies,
    links,
  }
}
