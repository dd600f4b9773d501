import { useQuery } from '@tanstack/react-query'
import type { QueryFunctionContext } from '@tanstack/react-query'
import { api, ApiProblem, getCsrfToken, setCsrfToken, waitForSignIn } from '../api/client'
import type { SessionJson, UserJson } from '../api/types'
import { queryClient } from '../query-client'

export const sessionKey = ['session'] as const

/** The user with the flag the server adds while an account is on its one-time password. */
export type SessionUser = UserJson & { mustChangePassword?: boolean }

/**
 * The current session, or null when signed out (a 401 here is an answer, not an error).
 * `isOpenOffline`: the app was opened offline and shows the editor from the browser's copy.
 */
export async function fetchSession(isOpenOffline = false): Promise<SessionJson | null> {
  try {
    const { data } = await api.GET('/api/v1/session')
    setCsrfToken(data?.csrfToken ?? null)
    return data ?? null
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) {
      // Signed in a moment ago, or opened offline and now back: the session expired under an
      // open screen. Sign in over it, so the editor and its edits stay.
      const isOpen = getCsrfToken() !== null || isOpenOffline
      const wait = isOpen ? waitForSignIn('signed-out') : null
      if (wait !== null) {
        await wait
        return fetchSession()
      }
      return null
    }
    throw error
  }
}

/** No answer at all (offline, server down) or a gateway's 502–504: not a signed-out answer. */
export const isUnreachable = (error: unknown): boolean =>
  !(error instanceof ApiProblem) || [502, 503, 504].includes(error.status)

/** The session could not be checked: the app opened without a network. */
export const offlineSession = { offline: true } as const

type SessionState = SessionJson | null | typeof offlineSession

const isSession = (state: SessionState | undefined): state is SessionJson =>
  state !== undefined && state !== null && !('offline' in state)

const isOffline = (state: SessionState | undefined) =>
  state !== undefined && state !== null && 'offline' in state

/** While the session cannot be checked, ask again this often (and at once when back online). */
const unreachableRetry = 5000

/**
 * The session check as the query runs it. With no answer, a session already known stays (a blip
 * under an open screen); at boot the answer is `offlineSession`, an answer rather than an error,
 * so asking again does not put the app back to "Loading…" and unmount the editor.
 */
async function checkSession({ client }: QueryFunctionContext): Promise<SessionState> {
  try {
    return await fetchSession(isOffline(client.getQueryData<SessionState>(sessionKey)))
  } catch (error) {
    if (!isUnreachable(error)) throw error
    const known = client.getQueryData<SessionState>(sessionKey)
    return isSession(known) ? known : offlineSession
  }
}

/** At boot: ask for the session before React renders, so the first screen does not wait for it. */
export function prefetchSession(): void {
  void queryClient.prefetchQuery({
    queryKey: sessionKey,
    queryFn: checkSession,
    networkMode: 'always',
  })
}

/**
 * The session. Booting offline (a reload with no network), `isOffline` is true and `user` null:
 * the app shows what works without the server (the editor from the browser's copy) instead of
 * the sign-in screen, and asks again until the server answers.
 */
export function useSession() {
  const query = useQuery({
    queryKey: sessionKey,
    queryFn: checkSession,
    // Offline, the answer is stale at once: the browser's `online` event asks again.
    staleTime: (q) => (isOffline(q.state.data) ? 0 : 60_000),
    // Ask even while the browser says it is offline: the failed check is what reveals it.
    networkMode: 'always',
    refetchInterval: (q) => (isOffline(q.state.data) ? unreachableRetry : false),
  })
  const user: SessionUser | null = isSession(query.data) ? query.data.user : null
  return { user, isLoading: query.isLoading, isOffline: isOffline(query.data), error: query.error }
}

/**
 * Before a write: the session's CSRF token. An app opened offline has none until the server
 * answers, and a write without it is refused; this asks for the session first.
 */
export async function ensureCsrfToken(): Promise<void> {
  if (getCsrfToken() !== null) return
  const session = await fetchSession(isOffline(queryClient.getQueryData<SessionState>(sessionKey)))
  if (session !== null) queryClient.setQueryData(sessionKey, session)
}

/** Signs in and returns the session; the caller stores it in the query cache. */
export async function signIn(email: string, password: string): Promise<SessionJson> {
  const { data } = await api.POST('/api/v1/session', { body: { email, password } })
  if (data === undefined) throw new Error('No session in the answer')
  setCsrfToken(data.csrfToken)
  return data
}

const editorRoles = new Set(['editor', 'admin'])

/** The UI only hides what a role may not do; the server enforces it. */
export const isEditor = (user: UserJson | null) => user !== null && editorRoles.has(user.role)
