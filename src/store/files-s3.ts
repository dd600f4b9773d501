import type { Readable } from 'node:stream'
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import type { MediaFiles } from './files.js'

export interface S3Settings {
  bucket: string
  region: string
  endpoint: string | null
  accessKeyId: string | null
  secretAccessKey: string | null
  /** Path-style URLs (`endpoint/bucket/key`), which most self-hosted S3-compatible servers need. */
  forcePathStyle: boolean
  /** Key prefix inside the bucket, e.g. `masthead/`. */
  prefix: string
}

/** Media files in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2, …). */
export function s3Files(settings: S3Settings): MediaFiles {
  const client = new S3Client({
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.endpoint !== null ? { endpoint: settings.endpoint } : {}),
    ...(settings.accessKeyId !== null && settings.secretAccessKey !== null
      ? {
          credentials: {
            accessKeyId: settings.accessKeyId,
            secretAccessKey: settings.secretAccessKey,
          },
        }
      : {}),
  })
  const Bucket = settings.bucket
  const keyOf = (key: string): string => {
    if (key.includes('..') || key.startsWith('/') || key.includes('\0'))
      throw new Error(`Invalid media key: ${key}`)
    return `${settings.prefix}${key}`
  }
  return {
    async put(key, bytes) {
      await client.send(new PutObjectCommand({ Bucket, Key: keyOf(key), Body: bytes }))
    },
    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: keyOf(key) }))
        if (out.Body === undefined) return null
        return { stream: out.Body as Readable, size: out.ContentLength ?? 0 }
      } catch (error) {
        const name = (error as { name?: string }).name
        if (name === 'NoSuchKey' || name === 'NotFound') return null
        throw error
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: keyOf(key) }))
    },
    async deletePrefix(prefix) {
      let token: string | undefined
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: keyOf(prefix), ContinuationToken: token }),
        )
        const keys = (page.Contents ?? []).flatMap((o) =>
          o.Key === undefined ? [] : [{ Key: o.Key }],
        )
        if (keys.length > 0)
          await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: keys } }))
        token = page.IsTruncated === true ? page.NextContinuationToken : undefined
      } while (token !== undefined)
    },
  }
}
