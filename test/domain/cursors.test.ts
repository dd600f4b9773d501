import { describe, expect, it } from 'vitest'
import {
  decodeAuditPosition,
  decodeListPosition,
  decodeSearchPage,
  encodeAuditPosition,
  encodeListPosition,
  encodeSearchPage,
} from '../../src/domain/cursors.js'

const garbage = [
  '',
  'not a cursor',
  '%%%',
  'zzz',
  'abc',
  'a'.repeat(201),
  '////',
  '__--',
  Buffer.from([0xff, 0xfe, 0x7c]).toString('base64url'),
  Buffer.from('null').toString('base64url'),
  Buffer.from('[1,2]').toString('base64url'),
  Buffer.from('{"page":1,"before":2}').toString('base64url'),
]

describe('list position cursors', () => {
  it('round-trips the times and ids the stores write', () => {
    for (const position of [
      { at: '2026-12-07T22:45:57.123Z', id: '0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b' },
      { at: '2024-01-01T00:00:00Z', id: 'imported-42' },
      { at: '2024-01-01T00:00:00.000+02:00', id: 'a_b' },
    ]) {
      const token = encodeListPosition(position)
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(decodeListPosition(token)).toEqual(position)
    }
  })

  it('refuses garbage, other kinds of cursor and positions that are not a time and an id', () => {
    const refused = [
      ...garbage,
      encodeSearchPage(2),
      encodeAuditPosition(17),
      Buffer.from('2026-12-07T22:45:57.123Z').toString('base64url'),
      Buffer.from('2026-12-07T22:45:57.123Z|id|more').toString('base64url'),
      Buffer.from('yesterday|0193a1b2').toString('base64url'),
      Buffer.from('2026-13-45T99:99:99Z|0193a1b2').toString('base64url'),
      Buffer.from('2026-12-07T22:45:57Z|id with spaces').toString('base64url'),
      Buffer.from("2026-12-07T22:45:57Z|x'; drop table articles").toString('base64url'),
    ]
    for (const token of refused) expect(decodeListPosition(token), token).toBeNull()
  })
})

describe('search page cursors', () => {
  it('round-trips page numbers', () => {
    for (const page of [1, 2, 500]) expect(decodeSearchPage(encodeSearchPage(page))).toBe(page)
  })

  it('refuses garbage, other kinds of cursor and pages that are not whole and positive', () => {
    const refused = [
      ...garbage,
      encodeAuditPosition(3),
      encodeListPosition({ at: '2026-12-07T22:45:57.123Z', id: 'a' }),
      encodeSearchPage(0),
      encodeSearchPage(-1),
      encodeSearchPage(1.5),
      Buffer.from('{"page":"2"}').toString('base64url'),
      Buffer.from('{"page":1e400}').toString('base64url'),
    ]
    for (const token of refused) expect(decodeSearchPage(token), token).toBeNull()
  })
})

describe('audit position cursors', () => {
  it('round-trips entry ids', () => {
    for (const id of [0, 1, 123_456_789])
      expect(decodeAuditPosition(encodeAuditPosition(id))).toBe(id)
  })

  it('refuses garbage, other kinds of cursor and ids that are not whole numbers', () => {
    const refused = [
      ...garbage,
      encodeSearchPage(3),
      encodeAuditPosition(-1),
      Buffer.from('{"before":"3"}').toString('base64url'),
    ]
    for (const token of refused) expect(decodeAuditPosition(token), token).toBeNull()
  })
})
