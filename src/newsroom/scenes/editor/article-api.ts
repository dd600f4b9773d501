/**
 * The editor's calls to /api/v1, through the app's client (CSRF, sign-in-and-retry, ApiProblem).
 * Kept in one file so the save loop reads as save/refuse/retry, not as request plumbing.
 */
import { apiFetch } from '../../api/client'
import type { ArticleLike, StoryFields } from './fields'

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T

function request(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return new Request(new URL(path, window.location.origin), {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

const ifMatch = (revision: number) => ({ 'if-match': `"${revision}"` })

export async function getArticle(id: string): Promise<ArticleLike> {
  return json(await apiFetch(request('GET', `/api/v1/articles/${encodeURIComponent(id)}`)))
}

export async function createArticle(fields: Partial<StoryFields> & { headline: string }) {
  return json<ArticleLike>(await apiFetch(request('POST', '/api/v1/articles', fields)))
}

export async function patchArticle(id: string, revision: number, changes: Partial<StoryFields>) {
  return json<ArticleLike>(
    await apiFetch(
      request('PATCH', `/api/v1/articles/${encodeURIComponent(id)}`, changes, ifMatch(revision)),
    ),
  )
}

export type WorkflowAction =
  'submit' | 'return' | 'publish' | 'schedule' | 'unschedule' | 'unpublish'

/** A workflow move; `schedule` takes `{ at }`, `return` an optional `{ note }`. */
export async function moveArticle(
  id: string,
  revision: number,
  action: WorkflowAction,
  body?: Record<string, string>,
) {
  return json<ArticleLike>(
    await apiFetch(
      request(
        'POST',
        `/api/v1/articles/${encodeURIComponent(id)}/${action}`,
        body,
        ifMatch(revision),
      ),
    ),
  )
}

export interface MediaItem {
  id: string
  mime: string
  width: number | null
  height: number | null
  alt: string
  caption: string
  credit: string
  focalX: number
  focalY: number
  url: string
}

export async function listMedia(q: string): Promise<MediaItem[]> {
  const query = new URLSearchParams({ limit: '24', ...(q.trim() !== '' ? { q: q.trim() } : {}) })
  return (
    await json<{ items: MediaItem[] }>(await apiFetch(request('GET', `/api/v1/media?${query}`)))
  ).items
}

export async function getMedia(id: string): Promise<MediaItem> {
  return json(await apiFetch(request('GET', `/api/v1/media/${encodeURIComponent(id)}`)))
}

/** Uploads an image (multipart: file plus its words); the server reads IPTC credit and caption. */
export async function uploadMedia(
  file: File,
  words: { credit?: string; caption?: string; alt?: string } = {},
): Promise<MediaItem> {
  const form = new FormData()
  for (const [key, value] of Object.entries(words)) if (value) form.append(key, value)
  form.append('file', file)
  const req = new Request(new URL('/api/v1/media', window.location.origin), {
    method: 'POST',
    credentials: 'same-origin',
    body: form,
  })
  return json(await apiFetch(req))
}

export async function patchMedia(
  id: string,
  changes: Partial<Pick<MediaItem, 'alt' | 'caption' | 'credit' | 'focalX' | 'focalY'>>,
) {
  return json<MediaItem>(
    await apiFetch(request('PATCH', `/api/v1/media/${encodeURIComponent(id)}`, changes)),
  )
}

export interface SectionItem {
  slug: string
  name: string
  parent: string | null
  position: number
}
export interface NamedItem {
  slug: string
  name: string
}

export interface PublicationSettings {
  timeZone: string
  publicUrl: string | null
  permalinkPattern: string
}

export async function getSettings(): Promise<PublicationSettings> {
  return json(await apiFetch(request('GET', '/api/v1/settings')))
}
