import { useQuery } from '@tanstack/react-query'
import { api, ApiProblem, getCsrfToken, setCsrfToken, waitForSignIn } from '../api/client'
import type { SessionJson, UserJson } from '../api/types'

export const sessionKey = ['session'] as const

/** The user with the flag the server adds while an account is on its one-time password. */
export type SessionUser = UserJson & { mustChangePassword?: boolean }

/** The current session, or null when signed out (a 401 here is an answer, not an error). */
export async function fetchSession(): Promise<SessionJson | null> {
  try {
    const { data } = await api.GET('/api/v1/session')
    setCsrfToken(data?.csrfToken ?? null)
    return data ?? null
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) {
      // Signed in a moment ago: the session expired under an open screen. Sign in over it.
      const wait = getCsrfToken() !== null ? waitForSignIn('signed-out') : null
      if (wait !== null) {
        await wait
        return fetchSession()
      }
      return null
    }
    throw error
  }
}

export function useSession() {
  const query = useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 })
  const user: SessionUser | null = query.data?.user ?? null
  return { user, isLoading: query.isLoading, error: query.error }
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
