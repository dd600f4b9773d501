import type { FastifyReply, FastifyRequest } from 'fastify'
import type { PublicOptions } from './context.js'
import { siteView } from './context.js'
import type { HtmlDocument } from '../../render/theme.js'
import { sendHtml } from '../public-http.js'

const pages: Record<number, { title: string; message: string }> = {
  400: {
    title: 'That address is not quite right',
    message: 'Part of the address (such as the page number) is not one we can show.',
  },
  404: {
    title: 'Page not found',
    message:
      'There is nothing at this address. The story may have moved, or the link may be mistyped.',
  },
  410: {
    title: 'This story has been removed',
    message: 'The story that was published here has been taken down and is no longer available.',
  },
  500: {
    title: 'Something went wrong',
    message: 'We could not show this page just now. Please try again in a moment.',
  },
  503: {
    title: 'Back in a moment',
    message: 'This page is briefly unavailable. Please try again in a few seconds.',
  },
}

/** Sends the theme's HTML error page with the given status. */
export async function sendHtmlError(
  request: FastifyRequest,
  reply: FastifyReply,
  options: PublicOptions,
  status: 400 | 404 | 410 | 500 | 503,
): Promise<FastifyReply> {
  const text = pages[status] ?? { title: 'Error', message: '' }
  let html: HtmlDocument
  try {
    html = options.theme.error({ site: await siteView(request, options), status, ...text })
  } catch (error) {
    request.log.error(error)
    html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${status}</title></head><body><h1>${status}</h1></body></html>`
  }
  return sendHtml(reply.status(status), html)
}
