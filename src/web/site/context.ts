import { createHash } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { Config } from '../../config.js'
import type { ResponseCache } from '../cache/response-cache.js'
import type { Settings } from '../../domain/settings.js'
import { imageInfo } from '../../render/media.js'
import type { Theme } from '../../render/theme.js'
import type { Links, SiteView } from '../../render/views.js'
import type { Services } from '../../services/index.js'
import { originOf } from '../public-http.js'

/** What the public plugins are given. */
export interface PublicOptions {
  services: Services
  config: Config
  theme: Theme
  /** The rendered-response cache, or null when it is turned off. */
  cache: ResponseCache | null
}

const stylesheets = new WeakMap<Theme, string>()

/** The stylesheet's content-hashed path: a new theme version is a new URL, so it can be immutable. */
export function stylesheetPath(theme: Theme): string {
  // Hashed once per theme: every page links it, and hashing the whole stylesheet per request
  // cost more than routing it.
  let path = stylesheets.get(theme)
  if (path === undefined) {
    const hash = createHash('sha256').update(theme.css).digest('hex').slice(0, 12)
    path = `/assets/${theme.name}.${hash}.css`
    stylesheets.set(theme, path)
  }
  return path
}

/** Links for one request's origin. */
export function linksFor(
  services: Services,
  settings: Settings,
  origin: string,
  theme: Theme,
): Links {
  return {
    origin,
    articlePath: (article) => services.articlePath(article, settings),
    sectionPath: (slug) => `/section/${slug}/`,
    tagPath: (slug) => `/tag/${slug}/`,
    authorPath: (slug) => `/author/${slug}/`,
    image: (media, crop) => imageInfo(media, origin, crop),
    stylesheet: stylesheetPath(theme),
  }
}

/** The publication as every page sees it, for this request. */
export async function siteView(
  request: FastifyRequest,
  { services, config, theme }: PublicOptions,
): Promise<SiteView> {
  const settings = await services.getSettings()
  const [nav, logo] = await Promise.all([services.site.navigation(), services.site.logo()])
  const origin = originOf(request, config.publicUrl, settings.publicUrl)
  return {
    title: settings.title,
    tagline: settings.tagline,
    locale: settings.locale,
    timeZone: settings.timeZone,
    logo,
    nav,
    links: linksFor(services, settings, origin, theme),
  }
}
