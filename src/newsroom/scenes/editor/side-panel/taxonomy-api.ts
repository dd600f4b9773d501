/** What the side panel's pickers ask of /api/v1 beyond the shared lists (api/queries.ts). */
import { api, data } from '../../../api/client'

/** Up to 20 tags whose name contains `q`, by name. */
export async function searchTags(q: string): Promise<{ slug: string; name: string }[]> {
  const query = q.trim() === '' ? { limit: 20 } : { limit: 20, q: q.trim() }
  return (await data(api.GET('/api/v1/tags', { params: { query } }))).items
}

/** Creates a byline profile without an account (editors); answers its slug and name. */
export async function createByline(name: string): Promise<{ slug: string; name: string }> {
  return data(api.POST('/api/v1/authors', { body: { name } }))
}
