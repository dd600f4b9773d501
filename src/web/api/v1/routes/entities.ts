import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { ApiOptions } from '../context.js'
import { requireActor } from '../context.js'
import { closed, Id, IdParams, List, problems } from '../schemas.js'
import {
  CreateEntityBody,
  EntityJson,
  EntityKindJson,
  UpdateEntityBody,
} from '../attribution-schemas.js'

const tags = ['entities']

/** People and organisations stories quote: search, create, read, change, merge. */
export const entityRoutes: FastifyPluginCallbackTypebox<ApiOptions> = (app, options, done) => {
  const { services } = options

  app.get(
    '/entities',
    {
      schema: {
        tags,
        summary:
          'People and organisations whose name or an alias contains q, ignoring case and diacritics (author or above)',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ maxLength: 200 })),
            kind: Type.Optional(EntityKindJson),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
          },
          closed,
        ),
        response: { 200: List(EntityJson), ...problems },
      },
    },
    async (request) => ({
      items: await services.entities.search({
        actor: requireActor(request),
        query: request.query.q ?? '',
        kind: request.query.kind ?? null,
        limit: request.query.limit ?? 20,
      }),
    }),
  )

  app.post(
    '/entities',
    {
      schema: {
        tags,
        summary: 'Add a person or organisation (author or above)',
        body: CreateEntityBody,
        response: { 201: EntityJson, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.entities.create({ actor: requireActor(request), input: request.body }),
        ),
  )

  app.get(
    '/entities/:id',
    {
      schema: {
        tags,
        summary: 'One person or organisation (a merged one names the survivor in mergedInto)',
        params: IdParams,
        response: { 200: EntityJson, ...problems },
      },
    },
    async (request) =>
      services.entities.get({ actor: requireActor(request), id: request.params.id }),
  )

  app.patch(
    '/entities/:id',
    {
      schema: {
        tags,
        summary: 'Change a person or organisation (author or above)',
        params: IdParams,
        body: UpdateEntityBody,
        response: { 200: EntityJson, ...problems },
      },
    },
    async (request) =>
      services.entities.update({
        actor: requireActor(request),
        id: request.params.id,
        changes: request.body,
      }),
  )

  app.post(
    '/entities/:id/merge',
    {
      schema: {
        tags,
        summary:
          'Merge a duplicate into another record: stories naming it are rewritten to the survivor (editor or admin)',
        params: IdParams,
        body: Type.Object({ into: Id }, closed),
        response: { 200: EntityJson, ...problems },
      },
    },
    async (request) =>
      services.entities.merge({
        actor: requireActor(request),
        id: request.params.id,
        into: request.body.into,
      }),
  )

  done()
}
