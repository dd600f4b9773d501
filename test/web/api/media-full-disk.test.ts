import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { form } from './multipart.js'
import { rowCounts, useApi } from './support.js'

const noisyPng = (width = 300, height = 300) =>
  sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: 0, g: 0, b: 0 },
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png()
    .toBuffer()

/** Media storage on a 2 MB tmpfs, so a full disk is real (ENOSPC from the kernel), not simulated. */
describe('api media upload on a full disk', () => {
  const api = useApi({ MASTHEAD_MEDIA_MAX_MB: '4' })
  let root = ''
  let unavailable = ''
  beforeAll(() => {
    root = join(api.db.dataDir, 'media')
    mkdirSync(root, { recursive: true })
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', root], { stdio: 'pipe' })
    } catch (error) {
      unavailable = `mounting a tmpfs is not permitted here (${String(error).split('\n')[0]})`
      console.log(`skipping the full-disk tests: ${unavailable}`)
    }
  })
  beforeEach((ctx) => {
    if (unavailable !== '') ctx.skip(unavailable)
  })
  afterAll(() => {
    if (unavailable === '' && root !== '') execFileSync('umount', [root])
  })
  const filler = () => join(root, 'filler.bin')
  /** Leaves 48 kB free: less than any upload or variant in these tests. */
  const fill = () => {
    const { bavail, bsize } = statfsSync(root)
    writeFileSync(filler(), Buffer.alloc(bavail * bsize - 48 * 1024))
  }
  const entries = () => readdirSync(root, { recursive: true }).map(String)

  it('answers 507 insufficient-storage, keeps nothing, and works again once space returns', async () => {
    const contributor = await api.user('contributor')
    const bytes = await noisyPng()
    expect(bytes.length).toBeGreaterThan(100 * 1024)
    fill()
    const before = await rowCounts(api.db)
    const full = await api.call({
      as: contributor,
      method: 'POST',
      url: '/api/v1/media',
      ...form([{ name: 'file', value: bytes, filename: 'a.png' }]),
    })
    expect(full.statusCode, full.body).toBe(507)
    expect(full.headers['content-type']).toContain('application/problem+json')
    expect(full.json()).toMatchObject({ status: 507, code: 'insufficient-storage' })
    expect(await rowCounts(api.db)).toEqual(before)
    expect(entries().filter((e) => e.endsWith('.tmp') || e.endsWith('.png'))).toEqual([])
    rmSync(filler())
    const again = await api.call({
      as: contributor,
      method: 'POST',
      url: '/api/v1/media',
      ...form([{ name: 'file', value: bytes, filename: 'a.png' }]),
    })
    expect(again.statusCode, again.body).toBe(201)
  })

  it('still serves a variant it cannot keep, and leaves no partial file', async () => {
    const contributor = await api.user('contributor')
    const res = await api.call({
      as: contributor,
      method: 'POST',
      url: '/api/v1/media',
      ...form([{ name: 'file', value: await noisyPng(700, 500), filename: 'b.png' }]),
    })
    expect(res.statusCode, res.body).toBe(201)
    fill()
    try {
      const { id } = res.json<{ id: string }>()
      const variant = await api.app.inject({ url: `/media/${id}/original-640.webp` })
      expect(variant.statusCode, variant.body).toBe(200)
      expect(variant.headers['content-type']).toBe('image/webp')
      expect(entries().filter((e) => e.endsWith('.tmp') || e.endsWith('.webp'))).toEqual([])
    } finally {
      rmSync(filler())
    }
  })
})
