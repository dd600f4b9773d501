/**
 * Evaluated before the rest of the app (main.tsx imports it first): a story opened directly (a
 * link, a reload) starts fetching the editor's code and the story itself while React and the
 * session check are still getting ready, instead of after them.
 */
import { prefetchArticle } from './scenes/editor/article-prefetch'

/** The editor's chunk (the Desk and lists load without it). */
export const loadEditor = () => import('./scenes/editor/EditorScene')

const opened = /^\/newsroom\/stories\/([^/]+)$/.exec(window.location.pathname)?.[1]
if (opened !== undefined) {
  void loadEditor().catch(() => undefined) // the route's lazy() reports a failure
  if (opened !== 'new') prefetchArticle(decodeURIComponent(opened))
}
