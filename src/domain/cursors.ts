/**
 * Opaque paging cursors, one codec per meaning, so a client (or a reader's `?after=` link) never
 * builds one and each reader accepts only its own kind:
 *
 * - a **list position**: the sort time and id of the last item shown in a newest-first keyset list
 *   (the API's article, media and correction lists, and the public site's list pages);
 * - a **search page**: the next page number of ranked search results (ranking has no keyset);
 * - an **audit position**: the id of the last audit entry shown (entries are numbered).
 *
 * Each decoder answers null for anything that is not a token of its kind; the API turns that into
 * a 400 `invalid-input` on `cursor`, the site into a 400 page.
 */

/** Where a newest-first keyset list stopped: the last item's sort time and its id. */
export interface ListPosition {
  at: string
  id: string
}

const tokenPattern = /^[A-Za-z0-9_-]{1,200}$/

/** Text as base64url (RFC 4648 §5) without padding; btoa and TextEncoder run in Node and browsers. */
function toToken(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The text inside a token, or null when it is not base64url of UTF-8. */
function fromToken(token: string): string | null {
  if (!tokenPattern.test(token)) return null
  try {
    const binary = atob(token.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

const idPattern = /^[\w-]{1,100}$/
/** An ISO 8601 time as the stores write it (kept as written: keyset reads compare it exactly). */
const timePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?$/

/** A list position as a token (`at|id`, base64url). */
export const encodeListPosition = (position: ListPosition): string =>
  toToken(`${position.at}|${position.id}`)

/** A list position back from its token; null unless it holds an ISO time and an id. */
export function decodeListPosition(token: string): ListPosition | null {
  const text = fromToken(token)
  if (text === null) return null
  const [at, id, ...rest] = text.split('|')
  if (at === undefined || id === undefined || rest.length > 0 || !idPattern.test(id)) return null
  if (!timePattern.test(at) || Number.isNaN(Date.parse(at))) return null
  return { at, id }
}

/** A whole number from `{"<name>":n}` in a token, or null. */
function decodeNumber(token: string, name: string, min: number): number | null {
  const text = fromToken(token)
  if (text === null) return null
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null || Object.keys(value).length !== 1) return null
  const n = (value as Record<string, unknown>)[name]
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= min ? n : null
}

/** The page of ranked search results to read next, as a token. */
export const encodeSearchPage = (page: number): string => toToken(JSON.stringify({ page }))

/** A search page number (1 or more) back from its token; null otherwise. */
export const decodeSearchPage = (token: string): number | null => decodeNumber(token, 'page', 1)

/** The id of the last audit entry shown, as a token (the next page reads entries before it). */
export const encodeAuditPosition = (before: number): string => toToken(JSON.stringify({ before }))

/** An audit entry id back from its token; null otherwise. */
export const decodeAuditPosition = (token: string): number | null =>
  decodeNumber(token, 'before', 0)
