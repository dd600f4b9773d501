import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { NotFoundError } from '../../../../domain/errors.js'
import { isAtLeast, roleOf } from '../../../../domain/roles.js'
import { authorLimits } from '../../../../domain/taxonomy.js'
import type { ApiOptions } from '../context.js'
import { requireActor } from '../context.js'
import { tag } from '../../../cache/tags.js'
import { cacheForAnonymous } from '../http-cache.js'
import {
  AuthorJson,
  presentAuthor,
  presentSection,
  presentTag,
  SectionJson,
  TagJson,
} from '../presenters.js'
import { closed, IdParams, List, NoContent, Nullable, problems } from '../schemas.js'

const Slug = Type.String({ minLength: 1, maxLength: 80 })
const SectionBody = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  slug: Slug,
  description: Type.String({ maxLength: 2000 }),
  parent: Nullable(Slug),
  position: Type.Integer({ minimum: 0, maximum: 100_000 }),
}
const AuthorBody = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  slug: Slug,
  bio: Type.String({ maxLength: 2000 }),
  photoMediaId: Nullable(Type.String({ maxLength: 100 })),
  links: Type.Array(
    Type.Object(
      { label: Type.String({ maxLength: 80 }), url: Type.String({ maxLength: 2000 }) },
      closed,
    ),
    { maxItems: 20 },
  ),
  userId: Nullable(Type.String({ maxLength: 100 })),
  isWire: Type.Boolean(),
  jobTitle: Nullable(Type.String({ maxLength: authorLimits.jobTitle })),
  expertise: Type.Array(Type.String({ maxLength: authorLimits.expertiseItem }), {
    maxItems: authorLimits.expertiseItems,
    description: 'Subjects the author covers (schema.org knowsAbout)',
  }),
  profileLinks: Type.Array(Type.String({ maxLength: authorLimits.profileLink }), {
    maxItems: authorLimits.profileLinks,
    description: 'http(s) URLs of the same person elsewhere (schema.org sameAs)',
  }),
}
const optional = <T extends Record<string, Parameters<typeof Type.Optional>[0]>>(fields: T) =>
  Type.Object(
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Type.Optional(v)])) as {
      [K in keyof T]: ReturnType<typeof Type.Optional<T[K]>>
    },
    closed,
  )
const { name: sectionName, ...sectionRest } = SectionBody
const { name: authorName, ...authorRest } = AuthorBody

/** Sections (a tree by `parent`), tags and byline profiles; reads are public. */
export const taxonomyRoutes: FastifyPluginCallbackTypebox<ApiOptions> = (
  app,
  { services },
  done,
) => {
  const sections = async () => {
    const all = await services.taxonomy.listSections()
    return { items: all.map((s) => presentSection(s, all)) }
  }
  const one = async (id: string) => {
    const all = await services.taxonomy.listSections()
    const s = all.find((x) => x.id === id)
    if (s === undefined) throw new NotFoundError('section', id)
    return presentSection(s, all)
  }
  const sectionSchema = {
    tags: ['sections'],
    response: { 200: SectionJson, 201: SectionJson, ...problems },
  }

  app.get(
    '/sections',
    {
      schema: {
        tags: ['sections'],
        summary: 'Every section, by position within its parent',
        response: { 200: List(SectionJson), ...problems },
      },
    },
    async (request) => {
      // A section change clears the whole page cache: no tags needed here.
      await cacheForAnonymous(request, () => [])
      return sections()
    },
  )
  app.post(
    '/sections',
    {
      schema: {
        ...sectionSchema,
        summary: 'Create a section',
        body: Type.Object({ name: sectionName, ...optional(sectionRest).properties }, closed),
      },
    },
    async (request, reply) => {
      const s = await services.taxonomy.saveSection({
        actor: requireActor(request),
        section: request.body,
      })
      return reply.status(201).send(await one(s.id))
    },
  )
  app.patch(
    '/sections/:id',
    {
      schema: {
        ...sectionSchema,
        summary: 'Change a section',
        params: IdParams,
        body: optional(SectionBody),
      },
    },
    async (request) => {
      const s = await services.taxonomy.saveSection({
        actor: requireActor(request),
        section: request.body,
        id: request.params.id,
      })
      return one(s.id)
    },
  )
  app.delete(
    '/sections/:id',
    {
      schema: {
        tags: ['sections'],
        summary: 'Delete a section without children',
        params: IdParams,
        response: { 204: NoContent, ...problems },
      },
    },
    async (request, reply) => {
      await services.taxonomy.deleteSection({ actor: requireActor(request), id: request.params.id })
      return reply.status(204).send(null)
    },
  )
  app.post(
    '/sections/reorder',
    {
      schema: {
        tags: ['sections'],
        summary: 'Order the sections under one parent (null: top level)',
        body: Type.Object(
          { parent: Nullable(Slug), order: Type.Array(Slug, { minItems: 1, maxItems: 500 }) },
          closed,
        ),
        response: { 200: List(SectionJson), ...problems },
      },
    },
    async (request) => {
      await services.taxonomy.reorderSections({ actor: requireActor(request), ...request.body })
      return sections()
    },
  )

  app.get(
    '/tags',
    {
      schema: {
        tags: ['tags'],
        summary: 'Tags by name; q keeps those whose name contains it (case-insensitive)',
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
            q: Type.Optional(Type.String({ maxLength: 80 })),
          },
          closed,
        ),
        response: { 200: List(TagJson), ...problems },
      },
    },
    // Not kept in the page cache: saving an article creates the tags it names without an event.
    async (request) => ({
      items: (
        await services.taxonomy.listTags({ limit: request.query.limit, query: request.query.q })
      ).map(presentTag),
    }),
  )
  app.patch(
    '/tags/:id',
    {
      schema: {
        tags: ['tags'],
        summary: 'Rename a tag',
        params: IdParams,
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 80 }) }, closed),
        response: { 200: TagJson, ...problems },
      },
    },
    async (request) =>
      presentTag(
        await services.taxonomy.renameTag({
          actor: requireActor(request),
          id: request.params.id,
          name: request.body.name,
        }),
      ),
  )

  const isNewsroom = (request: { actor: Parameters<typeof roleOf>[0] | null }) =>
    request.actor !== null && isAtLeast(roleOf(request.actor), 'contributor')
  app.get(
    '/authors',
    {
      schema: {
        tags: ['authors'],
        summary: 'Byline profiles by name',
        response: { 200: List(AuthorJson), ...problems },
      },
    },
    async (request) => {
      await cacheForAnonymous(request, () => [tag.bylines])
      return {
        items: (await services.taxonomy.listAuthors()).map((a) =>
          presentAuthor(a, isNewsroom(request)),
        ),
      }
    },
  )
  app.get(
    '/authors/:slug',
    {
      schema: {
        tags: ['authors'],
        summary: 'One byline profile',
        params: Type.Object({ slug: Slug }, closed),
        response: { 200: AuthorJson, ...problems },
      },
    },
    async (request) => {
      const author = (await services.taxonomy.listAuthors()).find(
        (a) => a.slug === request.params.slug,
      )
      if (author === undefined) throw new NotFoundError('author', request.params.slug)
      await cacheForAnonymous(request, () => [tag.byline(author.id), tag.bylines])
      return presentAuthor(author, isNewsroom(request))
    },
  )
  app.post(
    '/authors',
    {
      schema: {
        tags: ['authors'],
        summary: 'Create a byline profile (editors)',
        body: Type.Object({ name: authorName, ...optional(authorRest).properties }, closed),
        response: { 201: AuthorJson, ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        presentAuthor(
          await services.taxonomy.saveAuthor({
            actor: requireActor(request),
            author: request.body,
          }),
          true,
        ),
      ),
  )
  app.patch(
    '/authors/:id',
    {
      schema: {
        tags: ['authors'],
        summary:
          'Change a byline profile (editors; its own user may change all but userId and isWire)',
        params: IdParams,
        body: optional(AuthorBody),
        response: { 200: AuthorJson, ...problems },
      },
    },
    async (request) =>
      presentAuthor(
        await services.taxonomy.saveAuthor({
          actor: requireActor(request),
          author: request.body,
          id: request.params.id,
        }),
        true,
      ),
  )
  done()
}
