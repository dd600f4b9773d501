import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { withIptc } from '../../support/iptc.js'
import { form, png } from './multipart.js'
import { rowCounts, useApi } from './support.js'

const upload = { method: 'POST' as const, url: '/api/v1/media' }

/** Every file left in a folder tree (temporary files included). */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))

describe('api media upload: concurrency, fields and malformed forms', () => {
  const api = useApi({ MASTHEAD_MEDIA_MAX_MB: '1' })

  it('answers 201 with one record to ten simultaneous uploads of the same new file', async () => {
    const contributor = await api.user('contributor')
    const bytes = await png(77, 55)
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.call({
          as: contributor,
          ...upload,
          ...form([{ name: 'file', value: bytes, filename: 'a.png' }]),
        }),
      ),
    )
    expect(answers.map((r) => r.statusCode)).toEqual(Array.from({ length: 10 }, () => 201))
    const ids = new Set(answers.map((r) => r.json<{ id: string }>().id))
    expect(ids.size).toBe(1)
    const left = filesUnder(join(api.db.dataDir, 'media'))
    expect(left.filter((f) => f.endsWith('.png'))).toHaveLength(1)
    expect(left.filter((f) => f.includes('.tmp'))).toEqual([])
  })

  it('accepts copyright as an upload field, as documented', async () => {
    const contributor = await api.user('contributor')
    const res = await api.call({
      as: contributor,
      ...upload,
      ...form([
        { name: 'file', value: await png(78, 55), filename: 'a.png' },
        { name: 'copyright', value: '© 2026 Harbour Desk' },
      ]),
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({ copyright: '© 2026 Harbour Desk' })
  })

  it('answers 400 (one file per request) to two files, and stores neither', async () => {
    const contributor = await api.user('contributor')
    const before = await rowCounts(api.db)
    const res = await api.call({
      as: contributor,
      ...upload,
      ...form([
        { name: 'file', value: await png(79, 55), filename: 'a.png' },
        { name: 'file', value: await png(80, 55), filename: 'b.png' },
      ]),
    })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json()).toMatchObject({ code: 'invalid-input', errors: [{ field: 'file' }] })
    expect(res.json<{ detail: string }>().detail).toMatch(/one file/i)
    expect(await rowCounts(api.db)).toEqual(before)
  })

  it('answers 400 problem+json to a multipart body without a boundary', async () => {
    const contributor = await api.user('contributor')
    const body = form([{ name: 'file', value: await png(81, 55), filename: 'a.png' }])
    for (const type of [
      'multipart/form-data',
      'multipart/form-data; boundary=',
      'multipart/form-data; charset=utf-8',
    ]) {
      const res = await api.call({
        as: contributor,
        ...upload,
        payload: body.payload,
        headers: { 'content-type': type },
      })
      expect(res.statusCode, `${type}: ${res.body}`).toBe(400)
      expect(res.headers['content-type']).toContain('application/problem+json')
      expect(res.json()).toMatchObject({ code: 'invalid-input' })
    }
  })

  it('refuses typed texts over 2,000 characters, as the library does', async () => {
    const contributor = await api.user('contributor')
    const before = await rowCounts(api.db)
    const res = await api.call({
      as: contributor,
      ...upload,
      ...form([
        { name: 'file', value: await png(82, 55), filename: 'a.png' },
        { name: 'credit', value: 'x'.repeat(2001) },
      ]),
    })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'invalid-input', errors: [{ field: 'credit' }] })
    expect(await rowCounts(api.db)).toEqual(before)
  })

  it('truncates a long prefilled caption at a word and says so in the answer', async () => {
    const contributor = await api.user('contributor')
    const words = Array.from({ length: 1500 }, (_, i) => `word${i}`).join(' ') // ≈ 11,000 chars
    const jpeg = await sharp({ create: { width: 60, height: 40, channels: 3, background: 'teal' } })
      .jpeg()
      .toBuffer()
    const res = await api.call({
      as: contributor,
      ...upload,
      ...form([
        {
          name: 'file',
          value: withIptc(jpeg, { caption: words, credit: 'Desk' }),
          filename: 'a.jpg',
        },
      ]),
    })
    expect(res.statusCode, res.body).toBe(201)
    const body = res.json<{ caption: string; credit: string; truncated: string[] }>()
    expect(body.truncated).toEqual(['caption'])
    expect(body.credit).toBe('Desk')
    expect(body.caption.length).toBeLessThanOrEqual(2000)
    expect(body.caption.endsWith('…')).toBe(true)
    const kept = body.caption.slice(0, -1)
    expect(words.startsWith(`${kept} `)).toBe(true) // cut between two words
  })
})
