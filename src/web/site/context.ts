import { createHash } from 'node:crypto'
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

/** What the public plugins are given. */
export interface PublicOptions {
  services: Services
  config: Config
  theme: Theme
  /** The rendered-response cache, or null when it is turned off. */
  cache: ResponseCache | null
}

const assetPaths = new WeakMap<Theme, { stylesheet: string; icon: string }>()

/**
 * The theme's stylesheet and icon at content-hashed paths: a new theme version is a new URL, so
 * they can be immutable. Hashed once per theme: every page links them, and hashing the whole
 * stylesheet per request cost more than routing it.
 */
function themeAssets(theme: Theme): { stylesheet: string; icon: string } {
  let paths = assetPaths.get(theme)
  if (paths === undefined) {
    const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12)
    paths = {
      stylesheet: `/assets/${theme.name}.${hash(theme.css)}.css`,
      icon: `/assets/${theme.name}-icon.${hash(theme.icon)}.svg`,
    }
    assetPaths.set(theme, paths)
  }
  return paths
}

/** The stylesheet's content-hashed path. */
export function stylesheetPath(theme: Theme): string {
  return themeAssets(theme).stylesheet
}

/** The site icon's content-hashed path. */
export function iconPath(theme: Theme): string {
  return themeAssets(theme).icon
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
    stylesheet: stylesheetPath(theme),
    icon: iconPath(theme),
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
  const [logo, around] = await Promise.all([
    services.site.logo(),
    chrome === 'read' ? services.site.chrome() : null,
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
    links,
  }
}
