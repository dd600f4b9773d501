import type { FastifyInstance } from 'fastify'
import { cacheWith } from '../cache/tags.js'
import { cachePolicy } from '../public-http.js'
import type { PublicOptions } from './context.js'
import { themeAssets } from './theme-assets.js'

/**
 * The theme's stylesheets, fonts and icon at content-hashed, immutable URLs (media files:
 * src/web/media.ts). `/favicon.ico`, which clients that ignore the page's icon link still ask
 * for, redirects to the icon.
 */
export function assetRoutes(app: FastifyInstance, options: PublicOptions): void {
  const { theme, services } = options
  const assets = themeAssets(theme)
  // Kept by the page cache like a page, so they are compressed once, not on each request.
  app.get('/assets/:file', async (request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    let css = assets.css(path)
    if (css === undefined && path.endsWith('.css')) {
      // Another process may have rendered the page with settings this one has not used yet.
      assets.stylesheet((await services.settings.get()).theming)
      css = assets.css(path)
    }
    if (css === undefined) return reply.callNotFound()
    cacheWith(request, [])
    return reply
      .header('cache-control', cachePolicy.immutable)
      .type('text/css; charset=utf-8')
      .send(css)
  })
  app.get('/assets/fonts/:file', async (request, reply) => {
    const font = assets.font(request.url.split('?')[0] ?? '')
    if (font === undefined) return reply.callNotFound()
    cacheWith(request, [])
    return reply.header('cache-control', cachePolicy.immutable).type('font/woff2').send(font)
  })
  app.get(assets.icon, async (request, reply) => {
    cacheWith(request, [])
    return reply
      .header('cache-control', cachePolicy.immutable)
      .type('image/svg+xml')
      .send(theme.icon)
  })
  app.get('/favicon.ico', async (_request, reply) =>
    reply.header('cache-control', cachePolicy.page).redirect(assets.icon, 301),
  )
}
