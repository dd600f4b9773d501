/**
 * The newsroom's service worker (scope /newsroom/): it keeps the app shell (index.html and the
 * build's hashed files) so a reload while offline opens the app, which then reads the writer's
 * edits from IndexedDB (scenes/editor/draft-store.ts). It never stores API answers, media or
 * previews: what it answers is decided in sw-policy.ts.
 *
 * Hand-written rather than Workbox (vite-plugin-pwa): the worker does three small things (precache
 * one list, network-first navigations, cache-first hashed files), while workbox-build brings
 * Babel, Rollup and Terser into a Vite 8 (Rolldown) build to generate the same. sw-build.ts puts
 * this deployment's file list in place of `__NEWSROOM_SHELL__`, so every build changes the
 * worker's bytes and the browser installs it.
 */
import { cachePrefix, routeFor, shellPath } from './sw-policy'

interface Shell {
  version: string
  files: string[]
}

declare const __NEWSROOM_SHELL__: Shell

// The DOM typings the app is checked with lack the worker's own; these are the parts used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request
  respondWith(response: Promise<Response>): void
}
interface WorkerScope {
  readonly location: Location
  skipWaiting(): Promise<void>
  readonly clients: { claim(): Promise<void> }
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void
}

const worker = self as unknown as WorkerScope
const shell = __NEWSROOM_SHELL__
const cacheName = `${cachePrefix}${shell.version}`
const precached = new Set(shell.files)

async function precache(): Promise<void> {
  const cache = await caches.open(cacheName)
  // `reload`: straight from the server, never an HTTP-cached index.html of an older deployment.
  await cache.addAll(shell.files.map((file) => new Request(file, { cache: 'reload' })))
}

async function dropOldShells(): Promise<void> {
  const names = await caches.keys()
  await Promise.all(
    names
      .filter((name) => name.startsWith(cachePrefix) && name !== cacheName)
      .map((name) => caches.delete(name)),
  )
}

/** Network first: the deployed page when the server answers, the kept shell when it cannot. */
async function navigation(request: Request): Promise<Response> {
  try {
    const response = await fetch(request)
    if (response.status < 502) return response
    return (await keptShell()) ?? response
  } catch (error) {
    const kept = await keptShell()
    if (kept === undefined) throw error
    return kept
  }
}

async function keptShell(): Promise<Response | undefined> {
  const cache = await caches.open(cacheName)
  return cache.match(shellPath, { ignoreVary: true })
}

/** Cache first for hashed files; one missing from the cache is fetched, not stored. */
async function asset(request: Request): Promise<Response> {
  const cache = await caches.open(cacheName)
  return (await cache.match(request, { ignoreVary: true })) ?? fetch(request)
}

worker.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => worker.skipWaiting()))
})

worker.addEventListener('activate', (event) => {
  event.waitUntil(dropOldShells().then(() => worker.clients.claim()))
})

worker.addEventListener('fetch', (event) => {
  const route = routeFor(event.request, worker.location.origin, precached)
  if (route === 'shell') event.respondWith(navigation(event.request))
  else if (route === 'asset') event.respondWith(asset(event.request))
  // `pass`: no answer here, so the browser fetches it as if there were no worker.
})
