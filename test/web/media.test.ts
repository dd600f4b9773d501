import type { FastifyInstance } from 'fastify'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { originalPath, srcset, variantPath } from '../../src/domain/media.js'
import { buildApp } from '../../src/web/app.js'
import { useTestDatabase } from '../support/database.js'
import { make, systemTestActor as system } from '../support/make.js'

describe('media URLs', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildApp(db.config(), db.services, { logger: false })
  })
  afterAll(() => app.close())

  it('serves originals and variants with immutable caching, ETags and 304s', async () => {
    const media = await make.media(db, { width: 700, height: 500 })
    const original = await app.inject(originalPath(media))
    expect(original.statusCode).toBe(200)
    expect(original.headers['content-type']).toBe('image/png')
    expect(original.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(original.headers['x-content-type-options']).toBe('nosniff')
    const path = variantPath(media, { crop: '1x1', width: 640, format: 'webp' })
    const variant = await app.inject(path)
    expect(variant.statusCode).toBe(200)
    expect(variant.headers['content-type']).toBe('image/webp')
    expect((await sharp(variant.rawPayload).metadata()).width).toBe(500)
    const again = await app.inject({
      url: path,
      headers: { 'if-none-match': String(variant.headers.etag) },
    })
    expect(again.statusCode).toBe(304)
    expect(srcset(media, 'original', 'avif').split(', ')).toHaveLength(2)
  })

  it('answers 404 problems for unknown media and for variants it would not make', async () => {
    const media = await make.media(db, { width: 300, height: 200 })
    for (const url of [
      '/media/not-a-uuid/original.png',
      `/media/${media.id}/original-1920.jpg`,
      `/media/${media.id}/huge.jpg`,
      `/media/${media.id}/original.jpg`,
      '/media/0190a0a0-0000-7000-8000-000000000000/original-320.jpg',
    ]) {
      const res = await app.inject(url)
      expect(res.statusCode).toBe(404)
      expect(res.headers['content-type']).toContain('application/problem+json')
    }
  })

  it('serves SVG drawings with a sandboxing Content-Security-Policy', async () => {
    const svg = await db.services.media.ingest({
      actor: system,
      input: {
        bytes: Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10"/></svg>',
        ),
        credit: 'Graphic',
      },
    })
    const res = await app.inject(originalPath(svg))
    expect(res.headers['content-type']).toBe('image/svg+xml')
    expect(res.headers['content-security-policy']).toContain('sandbox')
  })
})
