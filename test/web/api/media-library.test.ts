import { describe, expect, it } from 'vitest'
import { image } from '../../support/images.js'
import { make, systemTestActor as system } from '../../support/make.js'
import { rowCounts, useApi } from './support.js'

describe('api media library', () => {
  const api = useApi()

  it('lists and searches media newest first, with cursor pagination', async () => {
    const contributor = await api.user('contributor')
    for (const [i, caption] of [
      'Gulls over the quay',
      'Council chamber',
      'Gulls at dusk',
    ].entries()) {
      await api.db.services.media.ingest({
        actor: system,
        input: {
          bytes: await image('png', 30 + i, 30, 60 + i),
          caption,
          credit: 'Photo: Desk',
        },
      })
    }
    const page1 = await api.call({ as: contributor, url: '/api/v1/media?q=gulls&limit=1' })
    expect(page1.statusCode).toBe(200)
    const body1 = page1.json<{ items: { caption: string }[]; nextCursor: string | null }>()
    expect(body1.items.map((m) => m.caption)).toEqual(['Gulls at dusk'])
    const page2 = await api.call({
      as: contributor,
      url: `/api/v1/media?q=gulls&limit=1&cursor=${body1.nextCursor ?? ''}`,
    })
    expect(page2.json<{ items: { caption: string }[] }>().items.map((m) => m.caption)).toEqual([
      'Gulls over the quay',
    ])
    expect((await api.call({ url: '/api/v1/media' })).statusCode).toBe(401)
    const bad = await api.call({ as: contributor, url: '/api/v1/media?cursor=nonsense' })
    expect(bad.statusCode).toBe(400)
    expect(bad.headers['content-type']).toContain('application/problem+json')
  })

  it('updates texts and the focal point for authors, and validates them', async () => {
    const author = await api.user('author')
    const contributor = await api.user('contributor')
    const media = await make.media(api.db)
    const ok = await api.call({
      as: author,
      method: 'PATCH',
      url: `/api/v1/media/${media.id}`,
      payload: { credit: 'Photo: New Credit', focalX: 0.25, focalY: 0.75 },
    })
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toMatchObject({
      credit: 'Photo: New Credit',
      focalX: 0.25,
      focalY: 0.75,
      url: `/media/${media.id}/original.png`,
    })
    const outside = await api.call({
      as: author,
      method: 'PATCH',
      url: `/api/v1/media/${media.id}`,
      payload: { focalX: 1.5, extra: true },
    })
    expect(outside.statusCode).toBe(400)
    expect(
      outside
        .json<{ errors: { field: string }[] }>()
        .errors.map((e) => e.field)
        .sort(),
    ).toEqual(expect.arrayContaining(['focalX']))
    expect(
      (
        await api.call({
          as: contributor,
          method: 'PATCH',
          url: `/api/v1/media/${media.id}`,
          payload: { credit: 'x' },
        })
      ).statusCode,
    ).toBe(403)
  })

  it('refuses to delete a photo a published story uses, naming it, and deletes unused ones', async () => {
    const editor = await api.user('editor')
    const author = await api.user('author')
    const photo = await make.media(api.db)
    const story = await make.article(api.db, {
      status: 'published',
      headline: 'Tide tables revised',
      hero: { mediaId: photo.id },
    })
    const before = await rowCounts(api.db)
    const refused = await api.call({
      as: editor,
      method: 'DELETE',
      url: `/api/v1/media/${photo.id}`,
    })
    expect(refused.statusCode).toBe(409)
    expect(refused.json()).toMatchObject({
      code: 'conflict',
      usedBy: [{ id: story.id, headline: 'Tide tables revised', status: 'published' }],
    })
    expect(await rowCounts(api.db)).toEqual(before)
    const detail = await api.call({ as: author, url: `/api/v1/media/${photo.id}` })
    expect(detail.json<{ usedBy: { id: string }[] }>().usedBy.map((u) => u.id)).toEqual([story.id])
    const unused = await make.media(api.db)
    expect(
      (await api.call({ as: author, method: 'DELETE', url: `/api/v1/media/${unused.id}` }))
        .statusCode,
    ).toBe(403)
    expect(
      (await api.call({ as: editor, method: 'DELETE', url: `/api/v1/media/${unused.id}` }))
        .statusCode,
    ).toBe(204)
    expect((await api.call({ as: editor, url: `/api/v1/media/${unused.id}` })).statusCode).toBe(404)
  })
})
