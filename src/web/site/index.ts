import type { FastifyInstance } from 'fastify'
import { hostScope } from '../origin.js'
import { DatabaseUnavailableError } from '../../domain/errors.js'
import { publicHttp } from '../public-http.js'
import type { PublicOptions } from './context.js'
import { sendHtmlError } from './errors.js'
import { articleRoutes } from './article-routes.js'
import { listRoutes } from './list-routes.js'
import { assetRoutes } from './asset-routes.js'
import { previewRoutes } from './preview-routes.js'

/** The public site: home, article permalinks, lists, search, corrections, media and the theme's CSS. */
export async function sitePlugin(app: FastifyInstance, options: PublicOptions): Promise<void> {
  await publicHttp(app, options.cache, hostScope(options.config), () =>
    options.services.site.now().getTime(),
  )
  app.setErrorHandler(async (error, request, reply) => {
    request.log.error(error)
    if (error instanceof DatabaseUnavailableError) {
      void reply.header('retry-after', String(error.retryAfterSeconds))
      return sendHtmlError(request, reply, options, 503)
    }
    const status = (error as { statusCode?: number }).statusCode
    return sendHtmlError(request, reply, options, status === 400 ? 400 : 500)
  })
  assetRoutes(app, options)
  listRoutes(app, options)
  previewRoutes(app, options)
  // Last: the catch-all for permalinks, pages, redirects and 404s.
  articleRoutes(app, options)
}
