import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import {
  NotFoundError,
  SessionExpiredError,
  UnauthenticatedError,
} from '../../../../domain/errors.js'
import { minPasswordLength } from '../../../../services/accounts/passwords.js'
import { cookieOptions, sessionCookie } from '../auth.js'
import type { ApiOptions } from '../context.js'
import { originOf, requireActor } from '../context.js'
import { presentSession, presentUser, SessionJson } from '../presenters.js'
import { closed, IdParams, List, NoContent, problems, UserJson } from '../schemas.js'

const tags = ['session']
const SignedIn = Type.Object({ user: UserJson, csrfToken: Type.String() })

/** Sign in and out, the current session, my sessions, my password. */
export const sessionRoutes: FastifyPluginCallbackTypebox<ApiOptions> = (app, options, done) => {
  const { services, config } = options

  app.post(
    '/session',
    {
      config: { csrf: false },
      schema: {
        tags,
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: Type.Object(
          {
            email: Type.String({ minLength: 1, maxLength: 254 }),
            password: Type.String({ maxLength: 256 }),
          },
          closed,
        ),
        response: { 200: SignedIn, ...problems },
      },
    },
    async (request, reply) => {
      const { user, secret, session } = await services.accounts.signIn({
        ...request.body,
        ip: request.ip,
        ...(request.headers['user-agent'] !== undefined
          ? { userAgent: request.headers['user-agent'] }
          : {}),
      })
      const origin = originOf(request, config, await services.settings.get())
      void reply.setCookie(sessionCookie, secret, cookieOptions(config, origin))
      return { user: presentUser(user), csrfToken: session.csrfToken }
    },
  )

  app.get(
    '/session',
    {
      config: { beforePasswordChange: true, acceptsStaleSession: true },
      schema: {
        tags,
        summary:
          'The signed-in user and the CSRF token (401 `session-expired` for a cookie that ended)',
        response: { 200: SignedIn, ...problems },
      },
    },
    async (request) => {
      if (request.hasStaleSession) throw new SessionExpiredError()
      if (request.session === null) throw new UnauthenticatedError('No session: sign in first.')
      const user = await services.accounts.ownUser({ actor: requireActor(request) })
      return { user: presentUser(user), csrfToken: request.session.csrfToken }
    },
  )

  app.delete(
    '/session',
    {
      config: { beforePasswordChange: true, acceptsStaleSession: true },
      schema: {
        tags,
        summary: 'Sign out (ends this session; a session that already ended just drops its cookie)',
        response: { 204: NoContent, ...problems },
      },
    },
    async (request, reply) => {
      if (request.hasStaleSession && request.actor === null)
        return reply.clearCookie(sessionCookie, { path: '/' }).status(204).send(null)
      const actor = requireActor(request)
      if (request.session === null) throw new NotFoundError('session', 'current')
      await services.accounts.revokeSession({ actor, id: request.session.id })
      return reply.clearCookie(sessionCookie, { path: '/' }).status(204).send(null)
    },
  )

  app.get(
    '/sessions',
    {
      schema: {
        tags,
        summary: 'My open sessions',
        response: { 200: List(SessionJson), ...problems },
      },
    },
    async (request) => {
      const sessions = await services.accounts.listSessions({ actor: requireActor(request) })
      return { items: sessions.map((s) => presentSession(s, request.session?.id ?? null)) }
    },
  )

  app.delete(
    '/sessions/:id',
    {
      schema: {
        tags,
        summary: 'End one of my sessions',
        params: IdParams,
        response: { 204: NoContent, ...problems },
      },
    },
    async (request, reply) => {
      await services.accounts.revokeSession({ actor: requireActor(request), id: request.params.id })
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/me',
    {
      config: { beforePasswordChange: true },
      schema: { tags, summary: 'The signed-in user', response: { 200: UserJson, ...problems } },
    },
    async (request) =>
      presentUser(await services.accounts.ownUser({ actor: requireActor(request) })),
  )

  app.post(
    '/me/password',
    {
      config: { beforePasswordChange: true },
      schema: {
        tags,
        summary: 'Change my password; ends my other sessions and clears `mustChangePassword`',
        body: Type.Object(
          {
            currentPassword: Type.String({ maxLength: 256 }),
            newPassword: Type.String({ minLength: minPasswordLength, maxLength: 256 }),
          },
          closed,
        ),
        response: { 204: NoContent, ...problems },
      },
    },
    async (request, reply) => {
      await services.accounts.changePassword({
        actor: requireActor(request),
        ...request.body,
        ...(request.session !== null ? { keepSessionId: request.session.id } : {}),
      })
      return reply.status(204).send(null)
    },
  )
  done()
}
