/**
 * Evaluated before the rest of the app (main.tsx imports it first): a story opened directly (a
 * link, a reload) starts fetching the editor's code, the story itself and the browser's copy of
 * it while React and the session check are still getting ready, instead of after them.
 */
import { prefetchArticle, prefetchDraft } from './scenes/editor/article-prefetch'
import type * as EditorModule from './scenes/editor/EditorScene'

/** The editor's module once loaded: the route renders it at once instead of suspending. */
export let loadedEditor: typeof EditorModule | null = null

/** The editor's chunk (the Desk and lists load without it). */
export const loadEditor = () =>
  import('./scenes/editor/EditorScene').then((m) => {
    loadedEditor = m
    return m
  })

const opened = /^\/newsroom\/stories\/([^/]+)$/.exec(window.location.pathname)?.[1]

/**
 * Settles when the editor's code is here, for a story opened directly (at once otherwise). The
 * first render waits for it: a lazy route that suspends is revealed only after React's fallback
 * throttle (about 300 ms), far longer than the chunk, already on its way, takes to arrive.
 */
export const editorReady: Promise<unknown> =
  opened === undefined ? Promise.resolve() : loadEditor().catch(() => undefined) // lazy() reports it

if (opened !== undefined && opened !== 'new') {
  const id = decodeURIComponent(opened)
  prefetchArticle(id)
  prefetchDraft(id)
}
