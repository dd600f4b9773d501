import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Media } from '../../src/domain/media.js'
import { useTestDatabase } from '../support/database.js'

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

const media = (id: string, file: Media['file']): Media => ({
  id,
  file,
  mime: 'image/jpeg',
  size: 0,
  width: null,
  height: null,
  alt: '',
  caption: 'A quay',
  credit: 'Photo: Desk',
  copyright: '',
  focalX: 0.5,
  focalY: 0.5,
  sourceUrl: file.kind === 'remote' ? file.url : null,
  createdAt: '2026-01-01T00:00:00.000Z',
})

// A media item's file is stored or remote; the rows keep the representation they always had
// (an empty storage key and a `url:` identity for a remote-only picture), so rows written before
// the tagged file read as the same media.
describe('media files in the store', () => {
  const db = useTestDatabase()

  it('reads back a stored file, a linked picture and one without a URL as they were written', async () => {
    const stored = media('0190a0a0-0000-7000-8000-0000000000a1', {
      kind: 'stored',
      key: `originals/ab/${sha('a')}.jpg`,
      sha256: sha('a'),
    })
    const linked = media('0190a0a0-0000-7000-8000-0000000000a2', {
      kind: 'remote',
      url: 'https://old.example.org/quay.jpg',
    })
    const unknown = media('0190a0a0-0000-7000-8000-0000000000a3', { kind: 'remote', url: null })
    for (const m of [stored, linked, unknown]) await db.store.media.insert(m, null)
    for (const m of [stored, linked, unknown])
      expect(await db.store.media.findById(m.id)).toStrictEqual(m)
    expect((await db.store.media.findBySha(sha('a')))?.id).toBe(stored.id)
    expect((await db.store.media.findRemote('https://old.example.org/quay.jpg'))?.id).toBe(
      linked.id,
    )
    expect(await db.store.media.findRemote('https://old.example.org/other.jpg')).toBeNull()
  })

  it('reads a remote-only row written before files were tagged, and finds it by its URL', async () => {
    const url = 'https://old.example.org/wp-content/uploads/harbour.jpg'
    await db.store.db
      .insertInto('media')
      .values({
        id: '0190a0a0-0000-7000-8000-0000000000b1',
        storage_key: '',
        mime: 'image/jpeg',
        size: 0,
        width: null,
        height: null,
        sha256: `url:${sha(url)}`,
        alt: '',
        caption: '',
        credit: '',
        copyright: '',
        focal_x: 0.5,
        focal_y: 0.5,
        source_url: url,
        created_at: '2025-06-01T00:00:00.000Z',
        created_by: null,
      })
      .execute()
    const found = await db.store.media.findRemote(url)
    expect(found?.id).toBe('0190a0a0-0000-7000-8000-0000000000b1')
    expect(found?.file).toStrictEqual({ kind: 'remote', url })
  })
})
