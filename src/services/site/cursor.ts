import type { ArticleCursor } from '../../store/index.js'

/** A list cursor as a URL-safe token (`?after=`), so the next page is a keyset read. */
export function encodeCursor(cursor: ArticleCursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`).toString('base64url')
}

/** Reads a cursor token back; null when it is not one of ours (the caller answers 400). */
export function decodeCursor(token: string): ArticleCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(token)) return null
  const [at, id, ...rest] = Buffer.from(token, 'base64url').toString('utf8').split('|')
  if (at === undefined || id === undefined || rest.length > 0) return null
  if (Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id)) return null
  return { at: new Date(at).toISOString(), id }
}
