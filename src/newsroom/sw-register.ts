/**
 * Registers the newsroom's service worker (sw.ts) in the production build, once the page has
 * loaded and the browser is idle, so precaching the shell never competes with opening a story.
 * Without a worker (a private window may refuse one) the app works as before, only not offline.
 */

// Not imported from sw-policy.ts: a module shared with the app would become a chunk the worker
// imports, and the worker is a classic script.
const scopePath = '/newsroom/'

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const register = () => {
    navigator.serviceWorker
      .register(`${scopePath}sw.js`, { scope: scopePath, updateViaCache: 'none' })
      .catch(() => undefined)
  }
  // Safari has no requestIdleCallback.
  const whenIdle = () =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(register, { timeout: 5000 })
      : setTimeout(register, 1000)
  if (document.readyState === 'complete') whenIdle()
  else window.addEventListener('load', whenIdle, { once: true })
}
