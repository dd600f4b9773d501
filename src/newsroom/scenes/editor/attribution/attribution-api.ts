/** What the attribution form and the side panel ask of /api/v1: speakers, sign-offs, suggestions. */
import { api, data } from '../../../api/client'
import type { paths } from '../../../api/schema'
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

type SuggestionsPath = paths['/api/v1/articles/{id}/attribution-suggestions']
/** A proposed attribution the suggester (or an import) found in the story's text. */
export type Suggestion =
  SuggestionsPath['get']['responses'][200]['content']['application/json']['items'][number]

/** The story's open suggestions, in reading order. */
export async function openSuggestions(articleId: string): Promise<Suggestion[]> {
  const params = { path: { id: articleId }, query: { status: 'open' as const } }
  return (await data(api.GET('/api/v1/articles/{id}/attribution-suggestions', { params }))).items
}

/** Runs the suggester on the saved body; answers the new open suggestions. */
export async function findSuggestions(articleId: string): Promise<Suggestion[]> {
  const params = { path: { id: articleId } }
  return (await data(api.POST('/api/v1/articles/{id}/attribution-suggestions', { params }))).items
}

/** Accepts a suggestion as of `revision`: answers the story with the attribution and its quote. */
export async function acceptSuggestion(
  articleId: string,
  suggestionId: string,
  revision: number,
): Promise<ArticleLike> {
  return await data(
    api.POST('/api/v1/articles/{id}/attribution-suggestions/{suggestionId}/accept', {
      params: { path: { id: articleId, suggestionId } },
      body: { revision },
    }),
  )
}

/** Dismisses a suggestion. */
export async function dismissSuggestion(articleId: string, suggestionId: string): Promise<void> {
  await data(
    api.POST('/api/v1/articles/{id}/attribution-suggestions/{suggestionId}/dismiss', {
      params: { path: { id: articleId, suggestionId } },
    }),
  )
}
