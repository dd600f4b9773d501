import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  UnsupportedMediaError,
} from '../../src/domain/errors.js'
import { useTestDatabase } from '../support/database.js'
import { gifBomb, image } from '../support/images.js'
import { withIptc } from '../support/iptc.js'
import { make, systemTestActor as system } from '../support/make.js'

const files = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
  } catch {
    return []
  }
}

describe('media ingest', () => {
  const db = useTestDatabase()
  const mediaCount = async () =>
    Number(
      (
        await db.store.db
          .selectFrom('media')
          .select(db.store.db.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  it.each(['jpeg', 'png', 'webp', 'avif', 'gif'] as const)(
    'accepts %s, detected from the bytes',
    async (format) => {
      const media = await db.services.media.ingest({
        actor: system,
        input: {
          bytes: await image(format, 640, 480, format.length * 30),
          credit: 'Photo: Desk',
        },
      })
      expect(media).toMatchObject({
        width: 640,
        height: 480,
        mime: format === 'jpeg' ? 'image/jpeg' : `image/${format}`,
      })
    },
  )

  it('prefills credit, copyright and caption from IPTC, and lets the uploader override them', async () => {
    const tagged = withIptc(await image('jpeg', 320, 200, 7), {
      byline: 'Jo Lensman',
      credit: 'Harbour Photo Agency',
      copyright: '© 2026 Jo Lensman',
      caption: 'Trawlers at first light',
      dateCreated: '20260301',
    })
    const media = await db.services.media.ingest({ actor: system, input: { bytes: tagged } })
    expect(media).toMatchObject({
      credit: 'Harbour Photo Agency',
      copyright: '© 2026 Jo Lensman',
      caption: 'Trawlers at first light',
    })
    const other = withIptc(await image('jpeg', 320, 200, 8), {
      byline: 'Jo Lensman',
      caption: 'Original caption',
    })
    const overridden = await db.services.media.ingest({
      actor: system,
      input: {
        bytes: other,
        caption: 'Edited caption',
      },
    })
    expect(overridden).toMatchObject({ caption: 'Edited caption', credit: 'Photo: Jo Lensman' })
  })

  it('stores the same file once', async () => {
    const bytes = await image('png', 100, 100, 99)
    const a = await db.services.media.ingest({ actor: system, input: { bytes, credit: 'A' } })
    const b = await db.services.media.ingest({ actor: system, input: { bytes, credit: 'B' } })
    expect(b.id).toBe(a.id)
    expect(a.file.kind).toBe('stored')
    const sha256 = a.file.kind === 'stored' ? a.file.sha256 : ''
    expect(files(join(db.dataDir, 'media')).filter((f) => f.includes(sha256))).toHaveLength(1)
  })

  it.each([
    [
      'a text file',
      async () => Buffer.from('just some words, not a picture'),
      UnsupportedMediaError,
    ],
    [
      'a PDF',
      async () => Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'),
      UnsupportedMediaError,
    ],
    [
      'a truncated JPEG',
      async () => (await image('jpeg', 900, 700, 3)).subarray(0, 2000),
      InvalidInputError,
    ],
    ['a decompression bomb', async () => gifBomb(), InvalidInputError],
    [
      'a JPEG with HTML appended',
      async () =>
        Buffer.concat([
          await image('jpeg', 50, 50, 4),
          Buffer.from('<html><script>alert(1)</script></html>'),
        ]),
      InvalidInputError,
    ],
    [
      'a PNG with a ZIP appended',
      async () =>
        Buffer.concat([
          await image('png', 50, 50, 5),
          Buffer.from(
            'PK\u0003\u0004zip-entry…PK\u0005\u0006\u0000\u0000\u0000\u0000\u0001\u0000\u0001\u0000',
          ),
        ]),
      InvalidInputError,
    ],
    [
      'an SVG with a script',
      async () =>
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
        ),
      InvalidInputError,
    ],
    [
      'an SVG with an event handler',
      async () =>
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><rect width="5" height="5"/></svg>',
        ),
      InvalidInputError,
    ],
    [
      'an SVG loading a remote file',
      async () =>
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image xlink:href="https://example.com/x.png"/></svg>',
        ),
      InvalidInputError,
    ],
    [
      'an SVG with entities',
      async () =>
        Buffer.from(
          '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">&x;</svg>',
        ),
      InvalidInputError,
    ],
  ])('refuses %s, leaving no file and no row', async (_name, make, errorType) => {
    const before = await mediaCount()
    const filesBefore = files(join(db.dataDir, 'media')).length
    await expect(
      db.services.media.ingest({ actor: system, input: { bytes: await make(), credit: 'x' } }),
    ).rejects.toBeInstanceOf(errorType)
    expect(await mediaCount()).toBe(before)
    expect(files(join(db.dataDir, 'media'))).toHaveLength(filesBefore)
  })

  it('accepts a plain SVG drawing', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60"><rect width="120" height="60" fill="#036"/><use href="#a"/></svg>',
    )
    expect(
      await db.services.media.ingest({
        actor: system,
        input: { bytes: svg, credit: 'Graphic: Desk' },
      }),
    ).toMatchObject({ mime: 'image/svg+xml', width: 120, height: 60 })
  })

  it('refuses uploads from readers and keys that climb out of the media folder', async () => {
    await expect(
      db.services.media.ingest({
        actor: { kind: 'user', userId: 'x', role: 'contributor', authorIds: [] },
        input: { bytes: Buffer.from('x') },
      }),
    ).rejects.toBeInstanceOf(UnsupportedMediaError)
    await expect(db.deps.files.put('../../escape.txt', Buffer.from('x'))).rejects.toThrow(
      /Invalid media key/,
    )
  })
})

describe('media variants and library', () => {
  const db = useTestDatabase()

  it('makes variants once, never wider than the original, without metadata and upright', async () => {
    // 600×400 stored sideways with EXIF orientation 6 (rotate 90°), plus camera metadata.
    const sideways = await sharp({
      create: { width: 600, height: 400, channels: 3, background: '#a33' },
    })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Artist: 'Camera Owner' } })
      .withIccProfile('p3')
      .toBuffer()
    const media = await db.services.media.ingest({
      actor: system,
      input: { bytes: sideways, credit: 'Photo: Desk' },
    })
    expect([media.width, media.height]).toEqual([400, 600])
    const v = await db.services.media.variant({ id: media.id, name: 'original-320.webp' })
    const meta = await sharp(v.bytes).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 320, 480])
    expect(meta.exif).toBeUndefined()
    expect(meta.icc).toBeDefined()
    await expect(
      db.services.media.variant({ id: media.id, name: 'original-640.jpg' }),
    ).rejects.toBeInstanceOf(NotFoundError)
    await expect(
      db.services.media.variant({ id: media.id, name: 'original-333.jpg' }),
    ).rejects.toBeInstanceOf(NotFoundError)
    const again = await db.services.media.variant({ id: media.id, name: 'original-320.webp' })
    expect(again.bytes.equals(v.bytes)).toBe(true)
  })

  it('crops around the focal point, and a new focal point gives new URLs', async () => {
    const media = await make.media(db, { width: 1000, height: 1000 })
    const moved = await db.services.media.update({
      actor: system,
      id: media.id,
      changes: { focalX: 0.5, focalY: 0.9 },
    })
    await expect(
      db.services.media.variant({ id: media.id, name: '16x9-640-f50x50.jpg' }),
    ).rejects.toBeInstanceOf(NotFoundError)
    const crop = await db.services.media.variant({ id: moved.id, name: '16x9-640-f50x90.avif' })
    const meta = await sharp(crop.bytes).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['heif', 640, 360])
    await expect(
      db.services.media.update({ actor: system, id: media.id, changes: { focalX: 2 } }),
    ).rejects.toBeInstanceOf(InvalidInputError)
  })

  it('searches the library by caption and credit', async () => {
    await db.services.media.ingest({
      actor: system,
      input: {
        bytes: await image('png', 40, 40, 201),
        caption: 'Lifeboat crew training',
        credit: 'Photo: Sea Desk',
      },
    })
    await db.services.media.ingest({
      actor: system,
      input: {
        bytes: await image('png', 40, 40, 202),
        caption: 'Market day',
        credit: 'Photo: Town Desk',
      },
    })
    const byCaption = await db.services.media.list({ actor: system, q: 'LIFEBOAT' })
    expect(byCaption.items.map((m) => m.caption)).toEqual(['Lifeboat crew training'])
    expect((await db.services.media.list({ actor: system, q: 'town desk' })).items).toHaveLength(1)
    expect((await db.services.media.list({ actor: system, q: '100%_' })).items).toHaveLength(0)
  })

  it('refuses to delete a photo a published story uses, naming the story', async () => {
    const photo = await make.media(db)
    const story = await make.article(db, {
      status: 'published',
      headline: 'Storm closes the pier',
      hero: { mediaId: photo.id },
    })
    const error = await db.services.media
      .delete({ actor: system, id: photo.id })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConflictError)
    expect((error as ConflictError).details.usedBy).toEqual([
      { id: story.id, headline: 'Storm closes the pier', status: 'published' },
    ])
    const unused = await make.media(db)
    await db.services.media.variant({ id: unused.id, name: 'original-64.jpg' })
    await db.services.media.delete({ actor: system, id: unused.id })
    expect(await db.store.media.findById(unused.id)).toBeNull()
    const sha256 = unused.file.kind === 'stored' ? unused.file.sha256 : ''
    expect(sha256).not.toBe('')
    expect(files(join(db.dataDir, 'media')).filter((f) => f.includes(sha256))).toEqual([])
  })
})
