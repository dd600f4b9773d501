/**
 * What the newsroom's service worker (sw.ts) does with a request, as a pure function so it can be
 * checked without a browser. The worker answers only two kinds of request itself:
 * - `shell`: a page navigation under /newsroom/. Network first, so an online reader always gets
 *   the deployed index.html; the cached shell only when the network fails.
 * - `asset`: a file the build precached (hashed names under /newsroom/assets/). Cache first: a
 *   hashed name never changes content.
 * Everything else (the API, media, previews, other origins, non-GET) is `pass`: the worker does
 * not answer it, so the browser fetches it as if there were no worker and nothing is stored.
 */
export type Route = 'shell' | 'asset' | 'pass'

export interface RequestLike {
  url: string
  method: string
  mode: string
}

export const scopePath = '/newsroom/'
export const shellPath = `${scopePath}index.html`

export function routeFor(
  request: RequestLike,
  origin: string,
  precached: ReadonlySet<string>,
): Route {
  if (request.method !== 'GET') return 'pass'
  const url = new URL(request.url)
  if (url.origin !== origin || !url.pathname.startsWith(scopePath)) return 'pass'
  if (request.mode === 'navigate') return 'shell'
  const isHashed = url.pathname.startsWith(`${scopePath}assets/`)
  if (isHashed && url.search === '' && precached.has(url.pathname)) return 'asset'
  return 'pass'
}

/** The paths to precache: index.html and the build's files, never the worker or source maps. */
export function precacheList(files: readonly string[]): string[] {
  const kept = files.filter(
    (file) => !file.endsWith('.map') && file !== 'sw.js' && !file.startsWith('.'),
  )
  return [...new Set([shellPath, ...kept.map((file) => `${scopePath}${file}`)])]
}

/** The cache one deployment's shell lives in; a new build gets a new name. */
export const cachePrefix = 'newsroom-shell-'
