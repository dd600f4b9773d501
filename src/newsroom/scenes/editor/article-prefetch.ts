/**
 * A story opened directly (a link, a reload) has its article fetched while the app boots, in
 * parallel with the session check and the editor's code, instead of after both. Only a plain
 * successful GET is kept; anything else (signed out, offline) leaves the editor to fetch it the
 * usual way, with the sign-in-and-retry loop. The first load of that story takes it, once.
 */
import type { Draft } from './draft-store'
import type { ArticleLike } from './fields'

const freshFor = 10_000
let early: { id: string; at: number; article: Promise<ArticleLike | null> } | null = null

export function prefetchArticle(id: string): void {
  const url = `/api/v1/articles/${encodeURIComponent(id)}`
  early = {
    id,
    at: Date.now(),
    article: fetch(url, { credentials: 'same-origin' })
      .then((r) => (r.ok ? (r.json() as Promise<ArticleLike>) : null))
      .catch(() => null),
  }
}

/** The article fetched early for `id`, if it was asked for in the last 10 s; null otherwise. */
export function takePrefetchedArticle(id: string): Promise<ArticleLike | null> | null {
  const taken = early
  early = null
  return taken !== null && taken.id === id && Date.now() - taken.at < freshFor
    ? taken.article
    : null
}

let earlyDraft: { key: string; at: number; draft: Promise<Draft | undefined> } | null = null

/** The browser's copy of the story, read while the app boots (opening IndexedDB takes a while). */
export function prefetchDraft(key: string): void {
  earlyDraft = {
    key,
    at: Date.now(),
    draft: import('./draft-store').then((m) => m.readDraft(key)),
  }
  earlyDraft.draft.catch(() => undefined) // the editor reads it again if this failed
}

/** The copy read early for `key`, if asked for in the last 10 s; null otherwise (read it then). */
export function takePrefetchedDraft(key: string): Promise<Draft | undefined> | null {
  const taken = earlyDraft
  earlyDraft = null
  return taken !== null && taken.key === key && Date.now() - taken.at < freshFor
    ? taken.draft
    : null
}
