/**
 * Every paged list of the API reads its `cursor` with the codec of its own meaning: garbage, or a
 * cursor another list gave out, is a 400 problem on `cursor`, never a 500 or a silent first page.
 */
import { describe, expect, it } from 'vitest'
import {
  encodeAuditPosition,
  encodeListPosition,
  encodeSearchPage,
} from '../../../src/domain/cursors.js'
import { make } from '../../support/make.js'
import { useApi } from './support.js'

const position = encodeListPosition({ at: '2026-01-01T00:00:00.000Z', id: 'x' })

describe('api cursors', () => {
  const api = useApi()

  it('answers a clear 400 problem for garbage and for another list’s cursor', async () => {
    const admin = await api.user('admin')
    const lists: [string, string[]][] = [
      ['/api/v1/articles', [encodeAuditPosition(4), encodeSearchPage(2)]],
      ['/api/v1/articles?q=harbour', [position, encodeAuditPosition(4)]],
      ['/api/v1/media', [encodeSearchPage(2), encodeAuditPosition(4)]],
      ['/api/v1/corrections', [encodeSearchPage(2)]],
      ['/api/v1/audit', [position, encodeSearchPage(2)]],
    ]
    for (const [path, others] of lists) {
      for (const cursor of ['not-a-cursor', '%25%25', 'e30', ...others]) {
        const join = path.includes('?') ? '&' : '?'
        const url = `${path}${join}cursor=${cursor}`
        const res = await api.call({ as: admin, url })
        expect(res.statusCode, url).toBe(400)
        expect(res.headers['content-type']).toContain('application/problem+json')
        expect(res.json(), url).toMatchObject({
          code: 'invalid-input',
          errors: [{ field: 'cursor' }],
        })
      }
    }
  })

  it('pages through search results and the keyset list with the cursors it gave out', async () => {
    for (let i = 0; i < 3; i += 1)
      await make.article(api.db, { status: 'published', headline: `Ferry pier ${i} reopens` })
    for (const path of ['/api/v1/articles?q=ferry&limit=2', '/api/v1/articles?limit=2']) {
      const first = (await api.call({ url: path })).json<{ nextCursor: string | null }>()
      expect(first.nextCursor, path).not.toBeNull()
      const next = await api.call({ url: `${path}&cursor=${first.nextCursor}` })
      expect(next.statusCode, path).toBe(200)
    }
  })
})
