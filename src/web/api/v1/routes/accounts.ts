import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { FastifyReply } from 'fastify'
import { accountOrigin, publicUrlRequired } from '../../../origin.js'
import { sendProblem } from '../../../problems.js'
import type { ApiOptions } from '../context.js'
import { requireActor } from '../context.js'
import { presentToken, presentUser, TokenJson } from '../presenters.js'
import {
  closed,
  IdParams,
  List,
  NoContent,
  Nullable,
  problems,
  Role,
  UserJson,
} from '../schemas.js'

const Email = Type.String({ minLength: 3, maxLength: 254 })
const Redeem = Type.Object(
  {
    token: Type.String({ minLength: 1, maxLength: 200 }),
    password: Type.String({ maxLength: 256 }),
  },
  closed,
)

/** Invitations, password resets and API tokens. */
export const accountRoutes: FastifyPluginCallbackTypebox<ApiOptions> = (app, options, done) => {
  const { services, config } = options
  // Never the request's host: a link mailed to someone must lead to this publication.
  const origin = async () => accountOrigin(config, (await services.settings.get()).publicUrl)
  const refuse = (reply: FastifyReply) => sendProblem(reply, publicUrlRequired())

  app.post(
    '/invitations',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Invite someone (admins); `link` is returned when no mail could be delivered',
        body: Type.Object(
          { email: Email, name: Type.String({ minLength: 1, maxLength: 120 }), role: Role },
          closed,
        ),
        response: {
          201: Type.Object({ user: UserJson, link: Nullable(Type.String()) }),
          ...problems,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request)
      const linkOrigin = await origin()
      if (linkOrigin === null) return refuse(reply)
      const { user, link } = await services.accounts.invite({
        actor,
        ...request.body,
        origin: linkOrigin,
      })
      if (link !== null)
        request.log.info({ email: user.email, link }, 'invitation link (no mail delivered)')
      return reply.status(201).send({ user: presentUser(user), link })
    },
  )

  app.post(
    '/invitations/accept',
    {
      config: { csrf: false },
      schema: {
        tags: ['accounts'],
        summary: 'Accept an invitation by choosing a password',
        body: Redeem,
        response: { 200: UserJson, ...problems },
      },
    },
    async (request) =>
      presentUser(await services.accounts.acceptInvitation({ ...request.body, ip: request.ip })),
  )

  app.post(
    '/password-resets',
    {
      config: { csrf: false },
      schema: {
        tags: ['accounts'],
        summary: 'Ask for a reset link; the answer is the same whether the address exists or not',
        body: Type.Object({ email: Email }, closed),
        response: { 202: NoContent, ...problems },
      },
    },
    async (request, reply) => {
      const linkOrigin = await origin()
      if (linkOrigin === null) return refuse(reply)
      await services.accounts.requestPasswordReset({
        email: request.body.email,
        ip: request.ip,
        origin: linkOrigin,
      })
      return reply.status(202).send(null)
    },
  )

  app.post(
    '/password-resets/complete',
    {
      config: { csrf: false },
      schema: {
        tags: ['accounts'],
        summary: 'Set a new password with a reset token; ends every session',
        body: Redeem,
        response: { 204: NoContent, ...problems },
      },
    },
    async (request, reply) => {
      await services.accounts.resetPassword({ ...request.body, ip: request.ip })
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'My API tokens (never the tokens themselves)',
        response: { 200: List(TokenJson), ...problems },
      },
    },
    async (request) => ({
      items: (await services.accounts.listTokens({ actor: requireActor(request) })).map(
        presentToken,
      ),
    }),
  )

  app.post(
    '/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token at my role or lower; the token is shown only in this answer',
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 120 }), role: Type.Optional(Role) },
          closed,
        ),
        response: {
          201: Type.Object({ token: Type.String(), ...TokenJson.properties }),
          ...problems,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request)
      const user = await services.accounts.ownUser({ actor })
      const created = await services.accounts.createToken({
        actor,
        email: user.email,
        ...request.body,
      })
      return reply.status(201).send({ token: created.token, ...presentToken(created.record) })
    },
  )

  app.delete(
    '/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Revoke all my API tokens (the one sending this too); they stop working at once',
        response: {
          200: Type.Object({ revoked: Type.Integer({ minimum: 0 }) }, closed),
          ...problems,
        },
      },
    },
    async (request) => ({
      revoked: await services.accounts.revokeOwnTokens({ actor: requireActor(request) }),
    }),
  )

  app.delete(
    '/tokens/:id',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Revoke a token; it stops working at once',
        params: IdParams,
        response: { 204: NoContent, ...problems },
      },
    },
    async (request, reply) => {
      await services.accounts.revokeToken({ actor: requireActor(request), id: request.params.id })
      return reply.status(204).send(null)
    },
  )
  done()
}
