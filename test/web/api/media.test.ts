import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { form, png } from './multipart.js'
import { rowCounts, useApi } from './support.js'

describe('api media upload', () => {
  // A small limit (0.05 MB ≈ 52 kB) keeps the oversized case cheap; the default is 25 MB.
  const api = useApi({ MASTHEAD_MEDIA_MAX_MB: '0.05' })

  it('stores an image with its credit, caption and alt text', async () => {
    const contributor = await api.user('contributor')
    const res = await api.call({
      as: contributor,
      method: 'POST',
      url: '/api/v1/media',
      ...form([
        { name: 'credit', value: 'Photo: Desk' },
        { name: 'file', value: await png(), filename: 'a.png' },
        { name: 'alt', value: 'A harbour' },
      ]),
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({
      mime: 'image/png',
      width: 40,
      height: 30,
      credit: 'Photo: Desk',
      alt: 'A harbour',
    })
  })

  it('answers 413 past the size limit and stores nothing', async () => {
    const contributor = await api.user('contributor')
    const before = await rowCounts(api.db)
    const big = await sharp({
      create: {
        width: 400,
        height: 400,
        channels: 3,
        background: { r: 0, g: 0, b: 0 },
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .png()
      .toBuffer()
    expect(big.length).toBeGreaterThan(0.05 * 1024 * 1024)
    const res = await api.call({
      as: contributor,
      method: 'POST',
      url: '/api/v1/media',
      ...form([{ name: 'file', value: big, filename: 'big.png' }]),
    })
    expect(res.statusCode).toBe(413)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(await rowCounts(api.db)).toEqual(before)
  })

  it('refuses anonymous uploads, non-images, missing files and unknown fields', async () => {
    const contributor = await api.user('contributor')
    const before = await rowCounts(api.db)
    expect(
      (
        await api.call({
          method: 'POST',
          url: '/api/v1/media',
          ...form([{ name: 'file', value: await png(41), filename: 'a.png' }]),
        })
      ).statusCode,
    ).toBe(401)
    const text = await api.call({
      as: contributor,
      method: 'POST',
      url: '/api/v1/media',
      ...form([{ name: 'file', value: 'not an image', filename: 'a.png' }]),
    })
    expect(text.json()).toMatchObject({ status: 415, code: 'unsupported-media' })
    expect(
      (
        await api.call({
          as: contributor,
          method: 'POST',
          url: '/api/v1/media',
          ...form([{ name: 'credit', value: 'x' }]),
        })
      ).statusCode,
    ).toBe(400)
    expect(
      (
        await api.call({
          as: contributor,
          method: 'POST',
          url: '/api/v1/media',
          ...form([
            { name: 'owner', value: 'x' },
            { name: 'file', value: await png(42), filename: 'a.png' },
          ]),
        })
      ).statusCode,
    ).toBe(400)
    expect(
      (
        await api.call({
          as: contributor,
          method: 'POST',
          url: '/api/v1/media',
          payload: { file: 'x' },
        })
      ).statusCode,
    ).toBe(400)
    expect(await rowCounts(api.db)).toEqual(before)
  })
})
