import type { FastifyInstance } from 'fastify'
import { cachePolicy } from '../public-http.js'
import type { PublicOptions } from './context.js'
import { stylesheetPath } from './context.js'
import { sendHtmlError } from './errors.js'

// Only raster formats we ingest; anything else is served as bytes, never as something a browser runs.
const mimeByExt: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
}

/** The theme's stylesheet and media originals, both at content-addressed, immutable URLs. */
export function assetRoutes(app: FastifyInstance, options: PublicOptions): void {
  const { services, theme } = options
  const cssPath = stylesheetPath(theme)
  app.get(cssPath, async (_request, reply) =>
    reply
      .header('cache-control', cachePolicy.immutable)
      .type('text/css; charset=utf-8')
      .send(theme.css),
  )

  app.get('/media/*', async (request, reply) => {
    const key = (request.params as { '*': string })['*']
    if (!/^[a-z0-9][a-z0-9/_.-]{0,300}$/.test(key) || key.includes('..'))
      return sendHtmlError(request, reply, options, 404)
    // Keys name the file's content hash, so the key itself is a strong validator.
    const etag = `"${key.replace(/[^a-z0-9]/g, '').slice(-64)}"`
    if (request.headers['if-none-match'] === etag)
      return reply
        .status(304)
        .header('etag', etag)
        .header('cache-control', cachePolicy.immutable)
        .send()
    const file = await services.deps.files.get(key)
    if (file === null) return sendHtmlError(request, reply, options, 404)
    const ext = key.slice(key.lastIndexOf('.') + 1)
    return reply
      .header('etag', etag)
      .header('cache-control', cachePolicy.immutable)
      .header('content-length', file.size)
      .type(mimeByExt[ext] ?? 'application/octet-stream')
      .send(file.stream)
  })
}
