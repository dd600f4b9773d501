import { describe, expect, it } from 'vitest'
import type { Section } from '../../src/domain/taxonomy.js'
import { sectionWithDescendants, wouldCycle } from '../../src/domain/taxonomy.js'

const section = (id: string, parentId: string | null): Section => ({
  id,
  slug: id,
  name: id,
  description: '',
  parentId,
  position: 0,
})
// news ─┬─ city ── courts
//       └─ world
// sport
const tree = [
  section('courts', 'city'),
  section('news', null),
  section('city', 'news'),
  section('world', 'news'),
  section('sport', null),
]

describe('sections', () => {
  it.each([
    ['news', ['news', 'city', 'world', 'courts']],
    ['city', ['city', 'courts']],
    ['courts', ['courts']],
    ['sport', ['sport']],
  ])('%s with its descendants', (root, ids) => {
    expect(sectionWithDescendants(tree, root).sort()).toEqual([...ids].sort())
  })

  it.each([
    ['news', 'courts', true],
    ['news', 'news', true],
    ['city', 'courts', true],
    ['courts', 'world', false],
    ['world', 'sport', false],
    ['sport', null, false],
    ['city', 'unknown', false],
  ])('moving %s under %s cycles: %s', (id, parent, cycles) => {
    expect(wouldCycle(tree, id, parent)).toBe(cycles)
  })

  it('stops on a cycle already in the data', () => {
    const broken = [section('a', 'b'), section('b', 'a')]
    expect(sectionWithDescendants(broken, 'a').sort()).toEqual(['a', 'b'])
    expect(wouldCycle(broken, 'c', 'a')).toBe(false)
  })
})
