import { randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import type { Readable } from 'node:stream'
import { InsufficientStorageError } from '../domain/errors.js'

/** Where media bytes live: the data folder by default, an S3-compatible bucket at scale. */
export interface MediaFiles {
  put(key: string, bytes: Buffer): Promise<void>
  /** A stream of the file, or null when it does not exist. */
  get(key: string): Promise<{ stream: Readable; size: number } | null>
  delete(key: string): Promise<void>
  /** Deletes every file whose key starts with `prefix` (a media item's variants). */
  deletePrefix(prefix: string): Promise<void>
}

/** Files under `root`; keys are relative paths and may never climb out of it. */
export function localFiles(root: string): MediaFiles {
  const base = resolve(root)
  const pathOf = (key: string): string => {
    const path = resolve(base, key)
    if (!path.startsWith(base + sep) || key.includes('\0'))
      throw new Error(`Invalid media key: ${key}`)
    return path
  }
  return {
    async put(key, bytes) {
      const path = pathOf(key)
      // Write to a temporary name of its own, then rename: a crash never leaves a half-written
      // original, and two writers of the same key (the same file uploaded twice at once) never
      // share a temporary file. The rename is atomic, so the last one simply wins.
      const tmp = `${path}.${randomUUID()}.tmp`
      try {
        await mkdir(dirname(path), { recursive: true })
        await writeFile(tmp, bytes)
        await rename(tmp, path)
      } catch (error) {
        await rm(tmp, { force: true })
        throw isStorageFull(error) ? new InsufficientStorageError({ cause: error }) : error
      }
    },
    async get(key) {
      const path = pathOf(key)
      try {
        const info = await stat(path)
        return { stream: createReadStream(path), size: info.size }
      } catch {
        return null
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true })
    },
    async deletePrefix(prefix) {
      if (!prefix.endsWith('/')) throw new Error(`A prefix must name a folder: ${prefix}`)
      await rm(pathOf(prefix), { recursive: true, force: true })
    },
  }
}

/** A full disk or an exhausted quota: the write may succeed once space returns. */
const isStorageFull = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && (error.code === 'ENOSPC' || error.code === 'EDQUOT')

export const mediaRoot = (dataDir: string): string => join(dataDir, 'media')
