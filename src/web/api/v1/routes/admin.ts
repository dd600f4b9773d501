import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { decodeAuditPosition, encodeAuditPosition } from '../../../../domain/cursors.js'
import { requireRole } from '../../../../domain/roles.js'
import type { PolicyKind } from '../../../../domain/settings.js'
import { policyKinds } from '../../../../domain/settings.js'
import type { ApiOptions } from '../context.js'
import { readCursor, requireActor } from '../context.js'
import {
  AuditJson,
  presentAudit,
  presentRedirect,
  presentUser,
  RedirectJson,
} from '../presenters.js'
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

const PolicyPage = Nullable(Type.String({ maxLength: 100 }))
const SettingsJson = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  tagline: Type.String({ maxLength: 300 }),
  locale: Type.String({ minLength: 2, maxLength: 35 }),
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  publicUrl: Nullable(Type.String({ maxLength: 300 })),
  permalinkPattern: Type.String({ minLength: 1, maxLength: 200 }),
  logoMediaId: Nullable(Type.String({ maxLength: 100 })),
  policies: Type.Object(
    Object.fromEntries(policyKinds.map((k) => [k, PolicyPage])) as Record<
      PolicyKind,
      typeof PolicyPage
    >,
    {
      ...closed,
      description:
        'The static page (its id) holding each of the publication’s policies, or null; shown in the site footer and the Organization JSON-LD',
    },
  ),
})
const { policies: _policies, ...plainSettings } = SettingsJson.properties
const SettingsPatch = Type.Object(
  {
    ...(Object.fromEntries(
      Object.entries(plainSettings).map(([k, v]) => [k, Type.Optional(v)]),
    ) as {
      [K in keyof typeof plainSettings]: ReturnType<typeof Type.Optional<(typeof plainSettings)[K]>>
    }),
    policies: Type.Optional(
      Type.Object(
        Object.fromEntries(policyKinds.map((k) => [k, Type.Optional(PolicyPage)])) as Record<
          PolicyKind,
          ReturnType<typeof Type.Optional<typeof PolicyPage>>
        >,
        { ...closed, description: 'The policies to change; the others stay' },
      ),
    ),
  },
  { ...closed, minProperties: 1 },
)

/** Accounts (admins), the audit log (admins), settings and redirects. */
export const adminRoutes: FastifyPluginCallbackTypebox<ApiOptions> = (app, { services }, done) => {
  app.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Every account (admins)',
        response: { 200: List(UserJson), ...problems },
      },
    },
    async (request) => ({
      items: (await services.accounts.listUsers({ actor: requireActor(request) })).map(presentUser),
    }),
  )
  app.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create an account with a password (admins); or use /invitations',
        body: Type.Object(
          {
            email: Type.String({ minLength: 3, maxLength: 254 }),
            name: Type.String({ minLength: 1, maxLength: 120 }),
            role: Role,
            password: Type.String({ maxLength: 256 }),
          },
          closed,
        ),
        response: { 201: UserJson, ...problems },
      },
    },
    async (request, reply) => {
      const { user } = await services.accounts.createUser({
        actor: requireActor(request),
        ...request.body,
      })
      return reply.status(201).send(presentUser(user))
    },
  )
  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Change name, role or disable an account (admins)',
        params: IdParams,
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
            role: Type.Optional(Role),
            disabled: Type.Optional(Type.Boolean()),
          },
          { ...closed, minProperties: 1 },
        ),
        response: { 200: UserJson, ...problems },
      },
    },
    async (request) =>
      presentUser(
        await services.accounts.updateUser({
          actor: requireActor(request),
          id: request.params.id,
          change: request.body,
        }),
      ),
  )

  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Who did what, when and from where, newest first (admins)',
        querystring: Type.Object(
          {
            action: Type.Optional(Type.String({ maxLength: 80 })),
            subject: Type.Optional(Type.String({ maxLength: 100 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
            cursor: Type.Optional(Type.String({ maxLength: 100 })),
          },
          closed,
        ),
        response: {
          200: Type.Object({ items: Type.Array(AuditJson), nextCursor: Nullable(Type.String()) }),
          ...problems,
        },
      },
    },
    async (request) => {
      const { action, subject, limit = 50, cursor } = request.query
      const before = readCursor(cursor, decodeAuditPosition)
      const items = await services.accounts.listAuditLog({
        actor: requireActor(request),
        limit,
        ...(action !== undefined ? { action } : {}),
        ...(subject !== undefined ? { subjectId: subject } : {}),
        ...(before !== null ? { before } : {}),
      })
      const last = items.at(-1)
      return {
        items: items.map(presentAudit),
        nextCursor:
          items.length === limit && last !== undefined ? encodeAuditPosition(last.id) : null,
      }
    },
  )

  app.get(
    '/settings',
    {
      schema: {
        tags: ['settings'],
        summary: 'Publication settings (newsroom)',
        response: { 200: SettingsJson, ...problems },
      },
    },
    async (request) => {
      requireRole(requireActor(request), 'contributor')
      return services.settings.get()
    },
  )
  app.patch(
    '/settings',
    {
      schema: {
        tags: ['settings'],
        summary: 'Change settings (admins)',
        body: SettingsPatch,
        response: { 200: SettingsJson, ...problems },
      },
    },
    async (request) =>
      services.settings.update({ actor: requireActor(request), patch: request.body }),
  )

  app.get(
    '/redirects',
    {
      schema: {
        tags: ['redirects'],
        summary: 'Redirects by old path (editors)',
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
          },
          closed,
        ),
        response: { 200: List(RedirectJson), ...problems },
      },
    },
    async (request) => ({
      items: (
        await services.accounts.listRedirects({
          actor: requireActor(request),
          limit: request.query.limit ?? 100,
          offset: request.query.offset ?? 0,
        })
      ).map(presentRedirect),
    }),
  )
  app.post(
    '/redirects',
    {
      schema: {
        tags: ['redirects'],
        summary: 'Redirect an old path to a new one (editors)',
        body: Type.Object(
          {
            from: Type.String({ minLength: 1, maxLength: 500 }),
            to: Type.String({ minLength: 1, maxLength: 500 }),
            statusCode: Type.Optional(Type.Enum([301, 302, 307, 308])),
          },
          closed,
        ),
        response: { 201: RedirectJson, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentRedirect(
            await services.accounts.addRedirect({ actor: requireActor(request), ...request.body }),
          ),
        ),
  )
  app.delete(
    '/redirects/:id',
    {
      schema: {
        tags: ['redirects'],
        summary: 'Delete a redirect (editors)',
        params: IdParams,
        response: { 204: NoContent, ...problems },
      },
    },
    async (request, reply) => {
      await services.accounts.deleteRedirect({
        actor: requireActor(request),
        id: request.params.id,
      })
      return reply.status(204).send(null)
    },
  )
  done()
}
