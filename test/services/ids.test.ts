import { validate, version } from 'uuid'
import { describe, expect, it } from 'vitest'
import { randomIds } from '../../src/services/deps.js'

describe('random ids', () => {
  it('makes valid UUIDv7s, each greater than the one before, none repeated', () => {
    const ids = Array.from({ length: 20_000 }, () => randomIds.uuid())
    for (const id of ids) expect(validate(id) && version(id)).toBe(7)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? ''))).toBe(true)
    const now = Date.now()
    const first = parseInt((ids[0] ?? '').replace(/-/g, '').slice(0, 12), 16)
    expect(Math.abs(now - first)).toBeLessThan(60_000)
  })
})
