/** What the attribution form and the side panel ask of /api/v1: speakers and sign-offs. */
import { api, data } from '../../../api/client'
import type { ArticleLike } from '../fields'

export interface EntityChoice {
  id: string
  kind: 'person' | 'organization'
  name: string
  description: string | null
}

/** Up to 10 people and organisations whose name or an alias contains `q`. */
export async function searchEntities(q: string): Promise<EntityChoice[]> {
  const query = q.trim() === '' ? { limit: 10 } : { limit: 10, q: q.trim() }
  return (await data(api.GET('/api/v1/entities', { params: { query } }))).items
}

/** Creates a person or organisation by name. */
export async function createEntity(
  kind: 'person' | 'organization',
  name: string,
): Promise<EntityChoice> {
  return data(api.POST('/api/v1/entities', { body: { kind, name } }))
}

/** Signs off on an unnamed source as of `revision`; answers the story at its new revision. */
export async function signOff(
  articleId: string,
  attributionId: string,
  revision: number,
): Promise<ArticleLike> {
  return await data(
    api.POST('/api/v1/articles/{id}/attributions/{attributionId}/sign-off', {
      params: { path: { id: articleId, attributionId } },
      body: { revision },
    }),
  )
}
