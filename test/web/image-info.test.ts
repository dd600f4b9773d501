import { describe, expect, it } from 'vitest'
import type { Media } from '../../src/domain/media.js'
import { imageInfo } from '../../src/render/media.js'

const media = (over: Partial<Media>): Media => ({
  id: '0190a0a0-0000-7000-8000-000000000001',
  file: { kind: 'stored', key: 'originals/ab/ab.jpg', sha256: 'ab' },
  mime: 'image/jpeg',
  size: 10,
  width: 1200,
  height: 800,
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
        file: { kind: 'remote', url: 'https://old.example.org/wp-content/uploads/quay.jpg' },
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

  it('remembers URLs only by what they are built from: alt text, focal point, size and origin all count', () => {
    const origin = 'https://news.example.com'
    const first = imageInfo(media({}), origin, '16x9')
    const again = imageInfo(media({ alt: 'The quay at dawn' }), origin, '16x9')
    expect(again.alt).toBe('The quay at dawn')
    expect(again.srcset).toBe(first.srcset)
    const moved = imageInfo(media({ focalX: 0.2 }), origin, '16x9')
    expect(moved.src).toContain('-f20x50.jpg')
    expect(moved.src).not.toBe(first.src)
    const smaller = imageInfo(media({ width: 600, height: 400 }), origin, '16x9')
    expect(smaller.srcset).not.toContain(' 960w')
    expect(imageInfo(media({}), 'https://other.example.org', '16x9').src).toMatch(
      /^https:\/\/other\.example\.org\//,
    )
    // Shared entries are frozen: a caller cannot change another page's URLs.
    expect(Object.isFrozen(first.sources)).toBe(true)
  })
})
