import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import type { PublicOptions } from '../../../site/context.js'
import { siteView } from '../../../site/context.js'
import { listView } from '../../../site/list-views.js'
import { sendPreview } from '../../../site/story-page.js'
import { requireActor, requireIfMatch } from '../context.js'
import type { PreviewBody } from '../fronts-schemas.js'
import {
  ContentsBody,
  ContentsJson,
  FrontJson,
  FrontParams,
  IfMatchHeader,
  LayoutBody,
  presentFront,
  presentRevisions,
  PreviewBody as PreviewSchema,
  RestoreBody,
  RevisionJson,
  toBanner,
  toFront,
  toLayout,
  toMenu,
} from '../fronts-schemas.js'
import { List, problems } from '../schemas.js'
import type { Static } from 'typebox'

const Html = {
  description: 'The front’s public page with the changes applied (noindex, never cached)',
  content: { 'text/html': { schema: { type: 'string' } } },
}

function previewInput(request: FastifyRequest, front: string, body: Static<typeof PreviewBody>) {
  const menus = Object.fromEntries(
    Object.entries(body.menus ?? {}).flatMap(([k, v]) => (v === undefined ? [] : [[k, toMenu(v)]])),
  )
  return {
    actor: requireActor(request),
    front: toFront(front),
    ...(body.layout !== undefined ? { layout: toLayout(body.layout) } : {}),
    ...(body.banner !== undefined
      ? { banner: body.banner === null ? null : toBanner(body.banner) }
      : {}),
    ...(body.menus !== undefined ? { menus } : {}),
  }
}

/**
 * Front layouts: read, changed against a revision (If-Match), their history, undo and a preview.
 * Registered with the theme, because a preview is the public page.
 */
export const frontRoutes: FastifyPluginCallbackTypebox<PublicOptions> = (app, options, done) => {
  const { services } = options
  const fronts = services.fronts.front
  const tags = ['fronts']

  app.get(
    '/fronts/:front',
    {
      schema: {
        tags,
        summary: 'A front’s layout (its default at revision 0 when never saved)',
        params: FrontParams,
        response: { 200: FrontJson, ...problems },
      },
    },
    async (request) => {
      const { front } = request.params
      return presentFront(
        front,
        await fronts.get({ actor: requireActor(request), front: toFront(front) }),
      )
    },
  )

  app.put(
    '/fronts/:front',
    {
      schema: {
        tags,
        headers: IfMatchHeader,
        summary: 'Save a front’s layout (editor and above; If-Match: the revision edited)',
        params: FrontParams,
        body: LayoutBody,
        response: { 200: FrontJson, ...problems },
      },
    },
    async (request) => {
      const revision = requireIfMatch(request.headers['if-match'])
      const { front } = request.params
      const layout = toLayout(request.body)
      const saved = await fronts.save({
        actor: requireActor(request),
        front: toFront(front),
        revision,
        layout,
      })
      return presentFront(front, saved)
    },
  )

  app.get(
    '/fronts/:front/revisions',
    {
      schema: {
        tags,
        summary: 'Every saved version of a front, newest first',
        params: FrontParams,
        response: { 200: List(RevisionJson), ...problems },
      },
    },
    async (request) =>
      presentRevisions(
        await fronts.history({
          actor: requireActor(request),
          front: toFront(request.params.front),
        }),
      ),
  )

  app.post(
    '/fronts/:front/restore',
    {
      schema: {
        tags,
        headers: IfMatchHeader,
        summary: 'Undo: save an earlier version again (If-Match: the current revision)',
        params: FrontParams,
        body: RestoreBody,
        response: { 200: FrontJson, ...problems },
      },
    },
    async (request) => {
      const revision = requireIfMatch(request.headers['if-match'])
      const { front } = request.params
      const input = {
        actor: requireActor(request),
        front: toFront(front),
        revision,
        from: request.body.from,
      }
      return presentFront(front, await fronts.restore(input))
    },
  )

  app.post(
    '/fronts/:front/contents',
    {
      schema: {
        tags,
        summary: 'What each zone shows now, for the saved or an unsaved layout (nothing is saved)',
        params: FrontParams,
        body: ContentsBody,
        response: { 200: ContentsJson, ...problems },
      },
    },
    async (request) => {
      const { layout } = request.body
      const zones = await fronts.contents({
        actor: requireActor(request),
        front: toFront(request.params.front),
        ...(layout !== undefined ? { layout: toLayout(layout) } : {}),
      })
      return { zones }
    },
  )

  app.post(
    '/fronts/:front/preview',
    {
      schema: {
        tags,
        summary: 'The front’s page with an unsaved layout, banner or menus (nothing is saved)',
        params: FrontParams,
        body: PreviewSchema,
        response: { 200: Html, ...problems },
      },
      preValidation: (request, _reply, next) => {
        request.body ??= {}
        next()
      },
    },
    async (request, reply) => {
      const read = await services.fronts.preview(
        previewInput(request, request.params.front, request.body),
      )
      const site = await siteView(request, options, read.chrome)
      if (read.kind === 'home')
        return sendPreview(reply, options.theme.home({ site, ...read.home.view }))
      if (read.list === null) return reply.callNotFound()
      const path = site.links.sectionPath(
        read.list.view.owner.kind === 'section' ? read.list.view.owner.section.slug : '',
      )
      return sendPreview(reply, options.theme.list(listView(site, path, read.list.view)))
    },
  )
  done()
}
