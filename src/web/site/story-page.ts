import type { FastifyReply, FastifyRequest } from 'fastify'
import type { HtmlDocument } from '../../render/theme.js'
import type { ArticleContext, Story } from '../../services/index.js'
import { publicCsp, sendHtml } from '../public-http.js'
import type { PublicOptions } from './context.js'
import { siteView } from './context.js'

/**
 * A story's page from the theme's article template: what a permalink shows, and what a preview
 * or share link shows of a story not yet (or no longer) public, so all three are the same page.
 */
export async function renderStoryPage(
  request: FastifyRequest,
  options: PublicOptions,
  story: Story,
): Promise<{ html: HtmlDocument; context: ArticleContext }> {
  const [site, context] = await Promise.all([
    siteView(request, options),
    options.services.site.articleContext({ story }),
  ])
  return { html: options.theme.article({ site, article: story.article, ...context }), context }
}

/** Headers of a page only its reader may see: never stored by any cache, never indexed. */
export function markPrivatePage(reply: FastifyReply): FastifyReply {
  return reply
    .header('cache-control', 'no-store, private')
    .header('x-robots-tag', 'noindex, nofollow')
}

/** Sends a preview: the story's page with the site's strict CSP and the private-page headers. */
export function sendPreview(reply: FastifyReply, html: HtmlDocument): FastifyReply {
  markPrivatePage(reply)
    .header('content-security-policy', publicCsp)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'SAMEORIGIN')
  return sendHtml(reply, html)
}
