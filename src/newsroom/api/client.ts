import createClient from 'openapi-fetch'
import type { paths } from './schema'

/** One field an API refusal names (problem+json `errors`). */
export interface FieldError {
  field: string
  message: string
}

/** A problem+json answer from the API, thrown by every call that gets one. */
export class ApiProblem extends Error {
  readonly status: number
  readonly code: string
  readonly title: string
  readonly detail: string
  readonly errors: FieldError[]
  /** The whole problem document (e.g. `currentRevision` on a 409). */
  readonly body: Record<string, unknown>

  constructor(status: number, body: Record<string, unknown>) {
    const text = (key: string, fallback: string) =>
      typeof body[key] === 'string' ? body[key] : fallback
    super(text('detail', text('title', `Request failed (${status})`)))
    this.name = 'ApiProblem'
    this.status = status
    this.code = text('code', '')
    this.title = text('title', 'Request failed')
    this.detail = text('detail', '')
    this.errors = Array.isArray(body.errors) ? (body.errors as FieldError[]) : []
    this.body = body
  }

  /** The message for one field path, if the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message
  }
}

type AuthHandler = (reason: 'signed-out' | 'password-change') => Promise<void>

let csrfToken: string | null = null
let authHandler: AuthHandler | null = null
let pendingAuth: Promise<void> | null = null

/** Remembers the session's CSRF token; every mutation sends it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

export function getCsrfToken(): string | null {
  return csrfToken
}

/**
 * Who answers a 401 (or 403 `password-change-required`): the app opens its sign-in dialog over
 * the current screen and resolves once signed in again; the failed call is then retried.
 */
export function setAuthHandler(handler: AuthHandler | null): void {
  authHandler = handler
}

/** Calls whose 401 is an answer, not an expired session (signing in, the session probe…). */
const authFree = /\/api\/v1\/(session|password-resets|invitations\/accept)(\/|$|\?)/

const isMutation = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method)

/** Waits for the app to sign the user in again; concurrent failures share one dialog. */
export function waitForSignIn(reason: 'signed-out' | 'password-change'): Promise<void> | null {
  if (authHandler === null) return null
  pendingAuth ??= authHandler(reason).finally(() => {
    pendingAuth = null
  })
  return pendingAuth
}

function withCsrf(request: Request): Request {
  if (csrfToken !== null && isMutation(request.method))
    request.headers.set('X-CSRF-Token', csrfToken)
  return request
}

async function needsAuth(
  response: Response,
  url: string,
): Promise<'signed-out' | 'password-change' | null> {
  if (authFree.test(new URL(url).pathname)) return null
  if (response.status === 401) return 'signed-out'
  if (response.status !== 403) return null
  const body = (await response
    .clone()
    .json()
    .catch(() => ({}))) as { code?: unknown }
  return body.code === 'password-change-required' ? 'password-change' : null
}

export async function toProblem(response: Response): Promise<ApiProblem> {
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  return new ApiProblem(response.status, body)
}

/** fetch with the CSRF header, the sign-in-and-retry loop, and ApiProblem for refusals. */
export async function apiFetch(input: Request): Promise<Response> {
  const retry = input.clone()
  let response = await fetch(withCsrf(input))
  const reason = await needsAuth(response, input.url)
  const wait = reason === null ? null : waitForSignIn(reason)
  if (wait !== null) {
    await wait
    response = await fetch(withCsrf(retry))
  }
  if (!response.ok) throw await toProblem(response)
  return response
}

/** The typed API client (openapi-fetch); calls reject with ApiProblem. */
export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  fetch: apiFetch,
})

/** The data of a successful call (calls that fail have already thrown ApiProblem). */
export async function data<T>(call: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const result = await call
  return result.data as T
}
