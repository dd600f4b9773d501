import { readFile, realpath, stat } from 'node:fs/promises'
import { isAbsolute, resolve, sep } from 'node:path'

/** A file's bytes; `outside` for a path that names anything but a file inside the folder. */
export type UploadRead = { bytes: Buffer } | 'outside' | 'missing'

/** The part of an attachment URL under `wp-content/uploads/`, or null for other URLs. */
const uploadPathOf = (url: string): string | null =>
  /\/wp-content\/uploads\/([^?#]+)/.exec(url)?.[1] ?? null

/**
 * The path's decoded text when it could only ever name something inside the folder: relative,
 * without `..` segments (either slash), NUL or malformed percent-encoding. Decoded once, so
 * `%2e%2e%2f` is caught as `../`, and never "cleaned": `....//` is refused, not repaired.
 */
function plainRelative(raw: string): string | null {
  let path: string
  try {
    path = decodeURIComponent(raw)
  } catch {
    return null
  }
  if (path.includes('\0') || isAbsolute(path) || /^[a-z]:/i.test(path)) return null
  return path.split(/[\\/]/).some((segment) => segment === '..') ? null : path
}

/**
 * Reads attachments from a copy of `wp-content/uploads` (or another media folder, with `pathOf`
 * naming a URL's path inside it). Every path is resolved with its
 * symbolic links followed and must still be a regular file under the folder's own real path:
 * the URL comes from the export file, and an import must never publish a file from elsewhere
 * on the machine (keys, other sites' media) into the public library.
 */
export async function uploadsFolder(
  dir: string,
  pathOf: (url: string) => string | null = uploadPathOf,
): Promise<(url: string) => Promise<UploadRead>> {
  const root = await realpath(dir)
  return async (url) => {
    const raw = pathOf(url)
    if (raw === null) return 'missing'
    const path = plainRelative(raw)
    if (path === null) return 'outside'
    let real: string
    try {
      real = await realpath(resolve(root, path))
    } catch {
      return 'missing'
    }
    if (!real.startsWith(root + sep)) return 'outside'
    try {
      if (!(await stat(real)).isFile()) return 'outside'
      return { bytes: await readFile(real) }
    } catch {
      return 'missing'
    }
  }
}
