import type { FastifyInstance } from 'fastify'
import { sendHtml } from '../public-http.js'
import type { PublicOptions } from './context.js'
import { sendHtmlError } from './errors.js'
import { markPrivatePage, renderStoryPage } from './story-page.js'

/** What a share link's secret looks like (32 random bytes, base64url); anything else is a 404. */
const tokenPattern = /^[A-Za-z0-9_-]{20,100}$/

/**
 * `/preview/{token}`: a share link, for an outside reader. It shows the story's latest saved
 * version through the article template, never indexed nor cached, and the theme's 404 page once
 * the link has expired or been revoked.
 */
export function previewRoutes(app: FastifyInstance, options: PublicOptions): void {
  app.get<{ Params: { token: string } }>('/preview/:token', async (request, reply) => {
    const { token } = request.params
    markPrivatePage(reply)
    const story = tokenPattern.test(token)
      ? await options.services.articles.openShareLink({ token })
      : null
    if (story === null) return sendHtmlError(request, reply, options, 404)
    const { html } = await renderStoryPage(request, options, story)
    return sendHtml(reply, html)
  })
}
