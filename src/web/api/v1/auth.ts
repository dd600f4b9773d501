import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from '../../../config.js'
import {
  ForbiddenError,
  PasswordChangeRequiredError,
  SessionExpiredError,
  UnauthenticatedError,
} from '../../../domain/errors.js'
import type { Actor } from '../../../domain/roles.js'
import type { Services, SessionRecord } from '../../../services/index.js'
import { isCsrfTokenValid, sessionLifetimeMs } from '../../../services/accounts/sessions.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** Who makes the request: from a bearer token or a session cookie; null when anonymous. */
    actor: Actor | null
    /** The session behind the cookie, when the request used one. */
    session: SessionRecord | null
    /** True when the request sent a session cookie that no longer signs anyone in. */
    hasStaleSession: boolean
  }
  interface FastifyContextConfig {
    /** false for the few anonymous mutations (sign-in, password reset) that have no session. */
    csrf?: boolean
    /** true for the routes an account with a one-time password may use before changing it. */
    beforePasswordChange?: boolean
    /**
     * true for the routes that answer a stale session cookie themselves (the session probe,
     * sign-out, the OpenAPI document) instead of the 401 `session-expired` every other route gives.
     */
    acceptsStaleSession?: boolean
  }
}

export const sessionCookie = 'masthead_session'
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Cookie attributes: HttpOnly, SameSite=Lax, Secure whenever the public site is https. */
export function cookieOptions(config: Config, origin: string) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: (config.publicUrl ?? origin).startsWith('https://'),
    maxAge: Math.floor(sessionLifetimeMs / 1000),
  }
}

/**
 * Authenticates every API request: `Authorization: Bearer` first (no CSRF needed: browsers never
 * add it by themselves), else the session cookie, whose mutations must carry `X-CSRF-Token`.
 */
export function registerAuth(app: FastifyInstance, services: Services): void {
  app.decorateRequest('actor', null)
  app.decorateRequest('session', null)
  app.decorateRequest('hasStaleSession', false)
  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization
    if (header !== undefined) {
      const match = /^Bearer\s+(\S{1,200})$/i.exec(header)
      if (match?.[1] === undefined)
        throw new UnauthenticatedError('The Authorization header must be “Bearer <token>”.')
      request.actor = await services.accounts.authenticateToken({ token: match[1], ip: request.ip })
    } else {
      await authenticateCookie(request, reply, services)
    }
    requirePasswordChanged(request)
  })
}

/**
 * An account still on its one-time password (printed in a log or a terminal, so possibly seen by
 * others) may only look at itself, sign out and change the password, whatever credential it
 * uses: a bearer token made for it (`masthead token add`) is held to the same rule, or the
 * printed password would keep working through the token. The anonymous routes (sign-in, resets,
 * invitations: `csrf: false`) stay open.
 */
function requirePasswordChanged(request: FastifyRequest): void {
  const actor = request.actor
  if (actor?.kind !== 'user' || actor.mustChangePassword !== true) return
  const { beforePasswordChange, csrf } = request.routeOptions.config
  if (beforePasswordChange === true || csrf === false) return
  throw new PasswordChangeRequiredError(
    'This account still has its one-time password: change it with POST /api/v1/me/password first.',
  )
}

async function authenticateCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  services: Services,
): Promise<void> {
  const secret = request.cookies[sessionCookie]
  if (secret === undefined || secret === '') return
  let session: SessionRecord
  try {
    const found = await services.accounts.authenticateSession({ secret, ip: request.ip })
    request.actor = found.actor
    request.session = session = found.session
  } catch (error) {
    if (!(error instanceof UnauthenticatedError)) throw error
    request.hasStaleSession = true
    answerStaleSession(request, reply)
    return
  }
  if (safeMethods.has(request.method) || request.routeOptions.config.csrf === false) return
  const sent = request.headers['x-csrf-token']
  if (!isCsrfTokenValid(session, typeof sent === 'string' ? sent : undefined))
    throw new ForbiddenError(
      'Requests signed in with a cookie must send the X-CSRF-Token header from the sign-in answer.',
    )
}

/**
 * A cookie that no longer signs anyone in must not turn the caller into an anonymous reader: a
 * newsroom list would then quietly show published stories only. The anonymous routes (sign-in,
 * resets, invitations: `csrf: false`) go on as anonymous and drop the cookie (sign-in sets a new
 * one); the routes marked `acceptsStaleSession` answer it themselves; every other route says 401
 * `session-expired`, and the cookie stays until the person signs in or out, so each call keeps
 * saying so rather than the next one reading as anonymous.
 */
function answerStaleSession(request: FastifyRequest, reply: FastifyReply): void {
  const { csrf, acceptsStaleSession } = request.routeOptions.config
  if (csrf === false) {
    void reply.clearCookie(sessionCookie, { path: '/' })
    return
  }
  if (acceptsStaleSession === true) return
  throw new SessionExpiredError()
}
