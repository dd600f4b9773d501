import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox'
import type { ApiOptions } from '../context.js'
import { requireActor, requireIfMatch } from '../context.js'
import {
  BannerBody,
  IfMatchHeader,
  BannerJson,
  MenuBody,
  MenuJson,
  MenuParams,
  presentBanner,
  presentMenu,
  presentRevisions,
  RestoreBody,
  RevisionJson,
  toBanner,
  toMenu,
  toMenuName,
} from '../fronts-schemas.js'
import { List, problems } from '../schemas.js'

/** The breaking-news banner and the menus: read, set, cleared, their history and undo. */
export const menuRoutes: FastifyPluginCallbackTypebox<ApiOptions> = (app, { services }, done) => {
  const { banner, menu } = services.fronts
  const tags = ['fronts']

  app.get(
    '/banner',
    {
      schema: {
        tags,
        summary: 'The breaking-news banner (null when none is set)',
        response: { 200: BannerJson, ...problems },
      },
    },
    async (request) => presentBanner(await banner.get({ actor: requireActor(request) })),
  )
  app.put(
    '/banner',
    {
      schema: {
        tags,
        headers: IfMatchHeader,
        summary: 'Set the banner on every public page (editor and above; If-Match)',
        body: BannerBody,
        response: { 200: BannerJson, ...problems },
      },
    },
    async (request) => {
      const revision = requireIfMatch(request.headers['if-match'])
      const value = toBanner(request.body)
      return presentBanner(
        await banner.save({ actor: requireActor(request), revision, banner: value }),
      )
    },
  )
  app.delete(
    '/banner',
    {
      schema: {
        tags,
        headers: IfMatchHeader,
        summary: 'Clear the banner (a new revision; If-Match)',
        response: { 200: BannerJson, ...problems },
      },
    },
    async (request) => {
      const revision = requireIfMatch(request.headers['if-match'])
      return presentBanner(
        await banner.save({ actor: requireActor(request), revision, banner: null }),
      )
    },
  )
  app.get(
    '/banner/revisions',
    {
      schema: {
        tags,
        summary: 'Every saved version of the banner, newest first',
        response: { 200: List(RevisionJson), ...problems },
      },
    },
    async (request) => presentRevisions(await banner.history({ actor: requireActor(request) })),
  )
  app.post(
    '/banner/restore',
    {
      schema: {
        tags,
        headers: IfMatchHeader,
        summary: 'Undo: save an earlier banner again (If-Match)',
        body: RestoreBody,
        response: { 200: BannerJson, ...problems },
      },
    },
    async (request) => {
      const revision = requireIfMatch(request.headers['if-match'])
      const input = { actor: requireActor(request), revision, from: request.body.from }
      return presentBanner(await banner.restore(input))
    },
  )

  app.get(
    '/menus/:menu',
    {
      schema: {
        tags,
        summary: 'A menu: main, secondary or footer',
        params: MenuParams,
        response: { 200: MenuJson, ...problems },
      },
    },
    async (request) => {
      const name = toMenuName(request.params.menu)
      return presentMenu(name, await menu.get({ actor: requireActor(request), menu: name }))
    },
  )
  app.put(
    '/menus/:menu',
    {
      schema: {
        tags,
        headers: IfMatchHeader,
        summary: 'Save a menu (editor and above; If-Match)',
        params: MenuParams,
        body: MenuBody,
        response: { 200: MenuJson, ...problems },
      },
    },
    async (request) => {
      const revision = requireIfMatch(request.headers['if-match'])
      const name = toMenuName(request.params.menu)
      const { items } = toMenu(request.body)
      return presentMenu(
        name,
        await menu.save({ actor: requireActor(request), menu: name, revision, items }),
      )
    },
  )
  app.get(
    '/menus/:menu/revisions',
    {
      schema: {
        tags,
        summary: 'Every saved version of a menu, newest first',
        params: MenuParams,
        response: { 200: List(RevisionJson), ...problems },
      },
    },
    async (request) =>
      presentRevisions(
        await menu.history({ actor: requireActor(request), menu: toMenuName(request.params.menu) }),
      ),
  )
  app.post(
    '/menus/:menu/restore',
    {
      schema: {
        tags,
        headers: IfMatchHeader,
        summary: 'Undo: save an earlier version of a menu again (If-Match)',
        params: MenuParams,
        body: RestoreBody,
        response: { 200: MenuJson, ...problems },
      },
    },
    async (request) => {
      const revision = requireIfMatch(request.headers['if-match'])
      const name = toMenuName(request.params.menu)
      const input = { actor: requireActor(request), menu: name, revision, from: request.body.from }
      return presentMenu(name, await menu.restore(input))
    },
  )
  done()
}
