import { describe, expect, it } from 'vitest'
import { truncateAtWord } from '../../src/domain/media-text.js'

describe('truncateAtWord', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['one two three four', 12, 'one two…'],
    ['one two   three four', 12, 'one two…'],
    ['abcdefghijklmnop', 8, 'abcdefg…'],
    ['a bcdefghijklmnop', 8, 'a bcdef…'],
    ['😀😀😀😀 😀😀', 6, '😀😀😀😀…'],
  ])('%j at %i → %j', (text, limit, expected) => {
    const out = truncateAtWord(text, limit)
    expect(out).toBe(expected)
    expect([...out].length).toBeLessThanOrEqual(limit)
  })
})
