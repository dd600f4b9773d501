import { describe, expect, it } from 'vitest'
import {
  allStories,
  authorList,
  listKeyOf,
  listKeyPrefix,
  listOf,
  listsOfStory,
  parseListKey,
  sectionList,
  tagList,
} from '../../src/domain/lists.js'

describe('list keys', () => {
  it('spells each kind of list as the news flow stores it', () => {
    expect(allStories).toBe('all')
    expect(sectionList('s1')).toBe('section:s1')
    expect(tagList('t1')).toBe('tag:t1')
    expect(authorList('a1')).toBe('author:a1')
    expect(listOf('tag', 't1')).toBe(tagList('t1'))
    expect(listKeyPrefix('section') + 's1').toBe(sectionList('s1'))
  })

  it('reads every key it builds back into the list it names', () => {
    for (const ref of [
      { kind: 'all' },
      { kind: 'section', id: '0190-a' },
      { kind: 'tag', id: 't:with:colons' },
      { kind: 'author', id: 'a1' },
    ] as const)
      expect(parseListKey(listKeyOf(ref))).toEqual(ref)
  })

  it('refuses what is not a list key', () => {
    for (const key of ['', 'section:', ':id', 'topic:x', 'All', 'sectionx'])
      expect(parseListKey(key), key).toBeNull()
  })

  it("puts a story in all, its tags' and authors' lists, and each section's with its ancestors", () => {
    const ancestors: Record<string, string[]> = { boats: ['boats', 'harbour'], city: ['city'] }
    const keys = listsOfStory(
      { sectionIds: ['boats', 'city'], tagIds: ['tides'], authorIds: ['ann', 'bo'] },
      (id) => ancestors[id] ?? [id],
    )
    expect(keys).toEqual([
      'all',
      'tag:tides',
      'author:ann',
      'author:bo',
      'section:boats',
      'section:harbour',
      'section:city',
    ])
  })

  it('names each list once, however many ways a story is in it', () => {
    const keys = listsOfStory(
      { sectionIds: ['boats', 'harbour'], tagIds: [], authorIds: [] },
      (id) => (id === 'boats' ? ['boats', 'harbour'] : [id]),
    )
    expect(keys).toEqual(['all', 'section:boats', 'section:harbour'])
  })
})
