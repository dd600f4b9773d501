import { describe, expect, it } from 'vitest'
import type { Media } from '../../src/domain/taxonomy.js'
import { imageInfo } from '../../src/render/media.js'

const media = (over: Partial<Media>): Media => ({
  id: '0190a0a0-0000-7000-8000-000000000001',
  storageKey: 'originals/ab/ab.jpg',
  mime: 'image/jpeg',
  size: 10,
  width: 1200,
  height: 800,
  sha256: 'ab',
  alt: 'A quay',
  caption: '',
  credit: 'Photo: Desk',
  copyright: '',
  focalX: 0.5,
  focalY: 0.5,
  sourceUrl: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...over,
})

describe('image URLs', () => {
  it('offers responsive variants for stored photos and links remote-only imports at their source', () => {
    const stored = imageInfo(media({}), 'https://news.example.com')
    expect(stored.src).toMatch(/^https:\/\/news\.example\.com\/media\/.+\/original-960\.jpg$/)
    expect(stored.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp'])
    const remote = imageInfo(
      media({
        storageKey: '',
        width: null,
        sourceUrl: 'https://old.example.org/wp-content/uploads/quay.jpg',
      }),
      'https://news.example.com',
    )
    expect(remote).toMatchObject({
      src: 'https://old.example.org/wp-content/uploads/quay.jpg',
      srcset: null,
      sources: [],
    })
  })
})
