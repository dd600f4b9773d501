import type { FastifyInstance } from 'fastify'
import { cacheWith, shown, tag } from '../cache/tags.js'
import { problem, sendProblem } from '../problems.js'
import { sendHtml } from '../public-http.js'
import type { PublicOptions } from './context.js'
import { renderStoryPage } from './story-page.js'
import { sendHtmlError } from './errors.js'
import { redirectCanonical } from './list-routes.js'
import { canonicalPath } from './query.js'

/**
 * Every other GET: canonical-path redirects, article permalinks and static pages, stored
 * redirects (301), unpublished stories (410) and the HTML 404.
 */
export function articleRoutes(app: FastifyInstance, options: PublicOptions): void {
  const { services } = options
  app.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/'
    if (path.startsWith('/api/'))
      return sendProblem(reply, problem(404, `Nothing at ${path}.`, { code: 'not-found' }))
    const canonical = canonicalPath(path)
    if (canonical !== path) return redirectCanonical(request, reply, path)
    const found = await services.site.resolvePath(path)
    switch (found.kind) {
      case 'redirect':
        return reply.redirect(found.to, 301)
      case 'gone':
        return sendHtmlError(request, reply, options, 410)
      case 'none':
        return sendHtmlError(request, reply, options, 404)
      case 'article': {
        const { html, context } = await renderStoryPage(request, options, found)
        const { article } = found
        cacheWith(request, [
          ...shown([article]),
          ...shown(context.related, context.media),
          // Related stories come from the first tag's and first section's lists.
          ...(article.tags[0] !== undefined ? [tag.list(`tag:${article.tags[0].id}`)] : []),
          ...(article.sections[0] !== undefined
            ? [tag.list(`section:${article.sections[0].id}`)]
            : []),
        ])
        return sendHtml(reply, html)
      }
    }
  })
}
