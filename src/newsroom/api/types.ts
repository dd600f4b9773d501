import type { paths } from './schema'

type Json<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } }
}
  ? T
  : never

export type SessionJson = Json<'/api/v1/session', 'get'>
export type UserJson = SessionJson['user']
export type Role = UserJson['role']
export type ArticleList = Json<'/api/v1/articles', 'get'>
export type ArticleJson = ArticleList['items'][number]
export type ArticleStatus = ArticleJson['status']
export type ArticleQuery = NonNullable<paths['/api/v1/articles']['get']['parameters']['query']>
export type SettingsJson = Json<'/api/v1/settings', 'get'>
export type MediaList = Json<'/api/v1/media', 'get'>
export type MediaJson = MediaList['items'][number]
export type FrontJson = Json<'/api/v1/fronts/{front}', 'get'>
export type LayoutJson = FrontJson['layout']
export type ZoneJson = LayoutJson['zones'][number]
export type ZoneContentsJson = Json<'/api/v1/fronts/{front}/contents', 'post'>['zones'][number]
export type BannerJson = Json<'/api/v1/banner', 'get'>
export type MenuJson = Json<'/api/v1/menus/{menu}', 'get'>
export type MenuItemJson = MenuJson['items'][number]
export type RevisionJson = Json<'/api/v1/banner/revisions', 'get'>['items'][number]
