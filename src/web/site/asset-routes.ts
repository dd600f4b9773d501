import type { FastifyInstance } from 'fastify'
import { cacheWith } from '../cache/tags.js'
import { cachePolicy } from '../public-http.js'
import type { PublicOptions } from './context.js'
import { iconPath, stylesheetPath } from './context.js'

/**
 * The theme's stylesheet and icon at content-hashed, immutable URLs (media files:
 * src/web/media.ts). `/favicon.ico`, which clients that ignore the page's icon link still ask
 * for, redirects to the icon.
 */
export function assetRoutes(app: FastifyInstance, options: PublicOptions): void {
  const { theme } = options
  // Kept by the page cache like a page, so they are compressed once, not on each request.
  app.get(stylesheetPath(theme), async (request, reply) => {
    cacheWith(request, [])
    return reply
      .header('cache-control', cachePolicy.immutable)
      .type('text/css; charset=utf-8')
      .send(theme.css)
  })
  const icon = iconPath(theme)
  app.get(icon, async (request, reply) => {
    cacheWith(request, [])
    return reply
      .header('cache-control', cachePolicy.immutable)
      .type('image/svg+xml')
      .send(theme.icon)
  })
  app.get('/favicon.ico', async (_request, reply) =>
    reply.header('cache-control', cachePolicy.page).redirect(icon, 301),
  )
}
