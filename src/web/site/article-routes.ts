import type { FastifyInstance } from 'fastify'
import { cacheFor } from '../cache/tags.js'
import { problem, sendProblem } from '../problems.js'
import { sendHtml } from '../public-http.js'
import type { PublicOptions } from './context.js'
import { siteView } from './context.js'
import { sendHtmlError } from './errors.js'
import { redirectCanonical } from './list-routes.js'
import { canonicalPath } from './query.js'

/**
 * Every other GET: canonical-path redirects, article permalinks and static pages, stored
 * redirects (301), unpublished stories (410) and the HTML 404.
 */
export function articleRoutes(app: FastifyInstance, options: PublicOptions): void {
  const { services, theme } = options
  app.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/'
    if (path.startsWith('/api/'))
      return sendProblem(reply, problem(404, `Nothing at ${path}.`, { code: 'not-found' }))
    if (canonicalPath(path) !== path) return redirectCanonical(request, reply, path, options)
    const [site, found] = await Promise.all([
      siteView(request, options),
      services.site.story({ path }),
    ])
    if (found.kind === 'redirect') return reply.redirect(found.to, 301)
    if (found.kind !== 'article')
      return sendHtmlError(request, reply, options, found.kind === 'gone' ? 410 : 404)
    cacheFor(request, found.dependsOn)
    const { story, context } = found.view
    return sendHtml(reply, theme.article({ site, article: story.article, ...context }))
  })
}
