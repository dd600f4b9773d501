import type { FastifyInstance } from 'fastify'
import { cachePolicy } from '../public-http.js'
import type { PublicOptions } from './context.js'
import { stylesheetPath } from './context.js'

/** The theme's stylesheet at a content-hashed, immutable URL (media files: src/web/media.ts). */
export function assetRoutes(app: FastifyInstance, options: PublicOptions): void {
  const { theme } = options
  const cssPath = stylesheetPath(theme)
  app.get(cssPath, async (_request, reply) =>
    reply
      .header('cache-control', cachePolicy.immutable)
      .type('text/css; charset=utf-8')
      .send(theme.css),
  )
}
