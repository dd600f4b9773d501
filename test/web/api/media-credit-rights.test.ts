import { describe, expect, it } from 'vitest'
import { make } from '../../support/make.js'
import { form, png } from './multipart.js'
import { useApi } from './support.js'

describe('api media: who may fix a credit', () => {
  const api = useApi()

  it('lets contributors fix their own uploads until a published story shows them', async () => {
    const contributor = await api.user('contributor')
    const other = await api.user('contributor')
    const editor = await api.user('editor')
    const uploaded = await api.call({
      as: contributor,
      method: 'POST',
      url: '/api/v1/media',
      ...form([{ name: 'file', value: await png(91, 61), filename: 'a.png' }]),
    })
    expect(uploaded.statusCode, uploaded.body).toBe(201)
    const { id } = uploaded.json<{ id: string }>()
    const patch = (as: typeof contributor, credit: string) =>
      api.call({ as, method: 'PATCH', url: `/api/v1/media/${id}`, payload: { credit } })

    const own = await patch(contributor, 'Photo: Sea Desk')
    expect(own.statusCode, own.body).toBe(200)
    expect(own.json()).toMatchObject({ credit: 'Photo: Sea Desk' })
    const notTheirs = await patch(other, 'Photo: Someone')
    expect(notTheirs.statusCode).toBe(403)
    expect(notTheirs.json()).toMatchObject({ code: 'forbidden' })

    await make.article(api.db, {
      status: 'published',
      headline: 'Harbour wall repaired',
      hero: { mediaId: id },
    })
    const live = await patch(contributor, 'Photo: Other Desk')
    expect(live.statusCode).toBe(403)
    expect(live.json()).toMatchObject({ code: 'forbidden' })
    expect(live.json<{ detail: string }>().detail).toMatch(/Harbour wall repaired/)
    expect(live.json<{ detail: string }>().detail).toMatch(/editor/)
    expect((await patch(editor, 'Photo: Other Desk')).statusCode).toBe(200)
  })
})
