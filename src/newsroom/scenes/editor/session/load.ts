/**
 * Opening a story: the browser's copy (IndexedDB) and the server's article, read at once and
 * merged. Pending edits in the copy win over the server's fields; a copy based on an older
 * revision than the server's opens the conflict dialog, unless the server's already holds the
 * copy's fields (the writer's own save, its answer lost). With the server out of reach, a story
 * the browser holds a copy of opens offline from that copy.
 */
import { getArticle } from '../article-api'
import { takePrefetchedArticle, takePrefetchedDraft } from '../article-prefetch'
import type { Draft } from '../draft-store'
import { readDraft } from '../draft-store'
import type { ArticleLike } from '../fields'
import { emptyFields } from '../fields'
import type { Session } from './core'
import { later, openConflict, persist, showArticle, showFields } from './core'
import { adoptOwnSave } from './own-save'
import type { SaveState } from './state'
import { isNetworkFailure, resumeDelay } from './state'

const fetchArticle = async (id: string) => (await takePrefetchedArticle(id)) ?? getArticle(id)

/** Loads story `id` (undefined: a new one) into `s`; `save` runs soon when there is work to send. */
export async function loadStory(
  s: Session,
  id: string | undefined,
  isCancelled: () => boolean,
  save: () => void,
): Promise<void> {
  // The browser's copy and the server's are read at once (the server's may be on its way already).
  const reading = (takePrefetchedDraft(s.key) ?? readDraft(s.key)).catch(() => undefined)
  const fetching = id === undefined ? null : fetchArticle(id)
  fetching?.catch(() => undefined) // handled below, once the draft is known
  const draft = await reading
  const { server, isOffline } = await serverCopy(fetching, draft)
  if (isCancelled()) return
  s.offlineBase =
    isOffline && id !== undefined
      ? { articleId: id, baseRevision: draft?.baseRevision ?? null }
      : null
  showArticle(s, server)
  let state = merge(s, draft, server)
  s.view.setBodyVersion((v) => v + 1)
  if (isOffline) state = 'offline'
  s.view.setState(id === undefined && draft === undefined ? 'new' : state)
  if (state === 'unsaved' || isOffline) later(s, save, resumeDelay)
}

/** The server's article; out of reach, nothing, when the browser holds a copy to open instead. */
async function serverCopy(
  fetching: Promise<ArticleLike> | null,
  draft: Draft | undefined,
): Promise<{ server: ArticleLike | null; isOffline: boolean }> {
  if (fetching === null) return { server: null, isOffline: false }
  try {
    return { server: await fetching, isOffline: false }
  } catch (error) {
    if (draft === undefined || !isNetworkFailure(error)) throw error
    return { server: null, isOffline: true }
  }
}

/** The fields to show: the copy's pending edits, else the server's (already the base). */
function merge(s: Session, draft: Draft | undefined, server: ArticleLike | null): SaveState {
  if (draft?.isPending !== true) {
    showFields(s, s.base ?? emptyFields())
    return 'saved'
  }
  // A copy written before a field existed takes that field from the server's version.
  showFields(s, { ...(s.base ?? emptyFields()), ...draft.fields })
  if (server !== null && draft.baseRevision !== null && draft.baseRevision !== server.revision) {
    if (adoptOwnSave(s, server)) {
      persist(s)
      return 'saved'
    }
    openConflict(s, { mine: draft.fields, theirs: server })
    return 'conflict'
  }
  return 'unsaved'
}
