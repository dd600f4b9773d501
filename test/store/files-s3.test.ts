import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MediaFiles } from '../../src/store/files.js'
import { localFiles } from '../../src/store/files.js'
import { s3Files } from '../../src/store/files-s3.js'
import { testDbKind } from '../support/database.js'

async function read(files: MediaFiles, key: string): Promise<string | null> {
  const file = await files.get(key)
  if (file === null) return null
  const chunks: Buffer[] = []
  for await (const chunk of file.stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

// Media storage does not touch the database, so this suite runs once (in the SQLite project).
describe.runIf(testDbKind() === 'sqlite')('media storage backends', () => {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-files-'))
  let server: S3rver
  let endpoint = ''
  beforeAll(async () => {
    // s3rver: an S3-compatible server implementing the REST API on local disk, on 127.0.0.1.
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: join(dir, 's3'),
      configureBuckets: [{ name: 'newsroom-media' }],
    })
    const address = await server.run()
    endpoint = `http://127.0.0.1:${address.port}`
  })
  afterAll(async () => {
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const backends = (): [string, MediaFiles][] => [
    ['local folder', localFiles(join(dir, 'local'))],
    [
      'S3-compatible bucket',
      s3Files({
        bucket: 'newsroom-media',
        region: 'us-east-1',
        endpoint,
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
        forcePathStyle: true,
        prefix: 'site-a/',
      }),
    ],
  ]

  it('stores, reads, deletes and deletes by prefix on each backend', async () => {
    for (const [name, files] of backends()) {
      await files.put('originals/ab/abc.jpg', Buffer.from(`original on ${name}`))
      await files.put('variants/ab/abc/original-320.webp', Buffer.from('v1'))
      await files.put('variants/ab/abc/original-640.webp', Buffer.from('v2'))
      expect(await read(files, 'originals/ab/abc.jpg')).toBe(`original on ${name}`)
      expect((await files.get('originals/ab/abc.jpg'))?.size).toBe(`original on ${name}`.length)
      expect(await read(files, 'originals/ab/missing.jpg')).toBeNull()
      await files.deletePrefix('variants/ab/abc/')
      expect(await read(files, 'variants/ab/abc/original-320.webp')).toBeNull()
      await files.delete('originals/ab/abc.jpg')
      expect(await read(files, 'originals/ab/abc.jpg')).toBeNull()
      await expect(files.put('../outside.jpg', Buffer.from('x'))).rejects.toThrow(
        /Invalid media key/,
      )
    }
  })
})
