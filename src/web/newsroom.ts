import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { compressibleType, minCompressBytes, preferredEncoding } from './encoding.js'
import type { Encoding } from './encoding.js'
import { cachePolicy } from './public-http.js'

/** Where `npm run build` puts the app (the same folder from src/web and from dist/web). */
export const defaultNewsroomDir = fileURLToPath(new URL('../../dist/newsroom/', import.meta.url))

/** The paths people arriving from other systems type to reach the editor. */
export const newsroomAliases = ['/admin', '/login', '/ghost', '/wp-admin', '/wp-login.php']

/**
 * The app runs only its own bundle and talks only to this origin. Styles allow inline
 * attributes (the editor and overlays position elements); images may come from a media CDN.
 */
const newsroomCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "font-src 'self'",
  "frame-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

interface Asset {
  type: string
  body: Buffer
  encoded: Partial<Record<Encoding, Promise<Buffer>>>
}

function readAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>()
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      if (name.startsWith('.')) continue
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path)
      else
        assets.set(relative(dir, path).split(sep).join('/'), {
          type: types[extname(name)] ?? 'application/octet-stream',
          body: readFileSync(path),
          encoded: {},
        })
    }
  }
  walk(dir)
  return assets
}

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** The body in the best encoding the client takes, compressed once per file and kept. */
async function encodedBody(asset: Asset, request: FastifyRequest, reply: FastifyReply) {
  if (!compressibleType.test(asset.type) || asset.body.length < minCompressBytes) return asset.body
  void reply.header('vary', 'accept-encoding')
  const encoding = preferredEncoding(request.headers['accept-encoding'])
  if (encoding === null) return asset.body
  asset.encoded[encoding] ??=
    encoding === 'br'
      ? brotli(asset.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
      : gzipAsync(asset.body, { level: 9 })
  void reply.header('content-encoding', encoding)
  return asset.encoded[encoding]
}

const notBuilt = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Newsroom not built</title>
<p>The newsroom app has not been built. Run <code>npm run build</code> (or <code>npm start</code>, which builds it when needed).</p></html>`

/** The newsroom's service worker (src/newsroom/sw.ts); its scope is the folder it is in. */
const workerPath = 'sw.js'

/**
 * The newsroom app at /newsroom/: hashed files under assets/ cached for a year, index.html for
 * every other path (the app routes on the client), never cached so a deployment shows at once.
 * The service worker, sw.js, is `no-cache` too, so the browser sees a new deployment's worker at
 * its next check; it sits at /newsroom/sw.js and its scope is /newsroom/, so it needs no
 * `Service-Worker-Allowed` header.
 */
export function newsroomRoutes(dir: string = defaultNewsroomDir) {
  return (app: FastifyInstance): Promise<void> => {
    const assets = existsSync(join(dir, 'index.html')) ? readAssets(dir) : null
    // Registered inside this plugin, so it sees only the routes below.
    app.addHook('onSend', (_request, reply, payload, done) => {
      void reply
        .header('content-security-policy', newsroomCsp)
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'same-origin')
        .header('x-frame-options', 'DENY')
      done(null, payload)
    })
    app.get('/newsroom', (_request, reply) => reply.redirect('/newsroom/', 301))
    app.get('/newsroom/*', async (request, reply) => {
      if (assets === null)
        return reply
          .status(503)
          .header('cache-control', 'no-store')
          .type('text/html; charset=utf-8')
          .send(notBuilt)
      const path = (request.params as { '*': string })['*']
      const file = path !== 'index.html' ? assets.get(path) : undefined
      const asset = file ?? assets.get('index.html')
      if (asset === undefined) return reply.status(404).send()
      if (file === undefined && (path.startsWith('assets/') || path === workerPath))
        return reply.status(404).header('cache-control', 'no-store').send()
      void reply
        .type(asset.type)
        .header(
          'cache-control',
          file !== undefined && path.startsWith('assets/') ? cachePolicy.immutable : 'no-cache',
        )
      return reply.send(await encodedBody(asset, request, reply))
    })
    for (const alias of newsroomAliases) {
      app.get(alias, (_request, reply) => reply.redirect('/newsroom/', 302))
      if (!alias.endsWith('.php'))
        app.get(`${alias}/*`, (_request, reply) => reply.redirect('/newsroom/', 302))
    }
    return Promise.resolve()
  }
}
