/**
 * The way back from an editor opened offline: before its first save the app needs the session's
 * CSRF token, and a story opened from the browser's copy needs the server's article, to learn
 * whether someone else saved it meanwhile.
 */
import type { ApiProblem } from '../../../api/client'
import { getCsrfToken } from '../../../api/client'
import { ensureCsrfToken } from '../../../auth/session'
import { getArticle } from '../article-api'
import type { Session } from './core'
import { later, openConflict, showArticle } from './core'
import { adoptOwnSave } from './own-save'
import { isNetworkFailure, retryDelay } from './state'

/**
 * True when the copy's base revision is still the server's, or the server's newer one already
 * holds the copy's fields (the writer's own save, its answer lost); false opens the conflict
 * dialog.
 */
async function rejoin(s: Session): Promise<boolean> {
  await ensureCsrfToken()
  const offline = s.offlineBase
  if (offline === null) return true
  const server = await getArticle(offline.articleId)
  s.offlineBase = null
  showArticle(s, server)
  if (offline.baseRevision === null || offline.baseRevision === server.revision) return true
  if (adoptOwnSave(s, server)) return true
  openConflict(s, { mine: s.fields, theirs: server })
  s.view.setState('conflict')
  return false
}

/**
 * Before a save: rejoins the server when the editor was opened offline. True lets the save go
 * on; false when it must not (the conflict dialog is open, the server refused, or it is still
 * out of reach and `retry` runs later).
 */
export async function rejoinIfNeeded(s: Session, retry: () => void): Promise<boolean> {
  if (s.offlineBase === null && getCsrfToken() !== null) return true
  const rejoined = await rejoin(s).catch((error: unknown) => error)
  if (rejoined === true) return true
  if (rejoined === false) return false
  s.outcome = 'failed'
  if (!isNetworkFailure(rejoined)) {
    s.view.setProblem(rejoined as ApiProblem)
    s.view.setState('refused')
    return false
  }
  s.view.setState('offline')
  later(s, retry, retryDelay)
  return false
}
