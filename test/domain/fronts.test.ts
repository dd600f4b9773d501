import { describe, expect, it } from 'vitest'
import type { FrontCard, Zone } from '../../src/domain/fronts.js'
import {
  bannerIsLive,
  defaultHomeLayout,
  fillFront,
  isLinkTarget,
} from '../../src/domain/fronts.js'

const now = new Date('2026-06-10T12:00:00.000Z')
const card = (id: string, hoursAgo: number, extra: Partial<FrontCard> = {}): FrontCard => ({
  id,
  hero: null,
  sections: [],
  publishedAt: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString(),
  ...extra,
})
const zone = (id: string, max: number, parts: Partial<Zone> = {}): Zone => ({
  id,
  kind: 'block',
  title: null,
  pins: [],
  rule: { source: 'latest' },
  withPicture: false,
  excludeSectionIds: [],
  excludeWorkTypes: [],
  max,
  ...parts,
})

describe('fillFront', () => {
  const stories = [card('a', 1), card('b', 2, { hero: {} }), card('c', 3), card('d', 4)]

  it('gives each story to the first zone that claims it', () => {
    const filled = fillFront(
      { freshDays: 30, zones: [zone('one', 2), zone('two', 2), zone('three', 2)] },
      [0, 1, 2].map(() => ({ pinned: [], ranked: stories })),
      now,
    )
    expect(filled.zones.map((z) => z.items.map((c) => c.id))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })

  it('puts pins first and lets rules pass over stories without pictures or in excluded sections', () => {
    const opinion = card('op', 0.5, { hero: {}, sections: [{ id: 'opinion' }] })
    const filled = fillFront(
      {
        freshDays: 30,
        zones: [
          zone('lead', 1, { withPicture: true, excludeSectionIds: ['opinion'] }),
          zone('pinned', 2, { pins: [{ articleId: 'd', until: null }] }),
        ],
      },
      [
        { pinned: [], ranked: [opinion, ...stories] },
        { pinned: [stories[3] as FrontCard], ranked: [opinion, ...stories] },
      ],
      now,
    )
    expect(filled.zones.map((z) => z.items.map((c) => c.id))).toEqual([['b'], ['d', 'op']])
  })

  it('leaves out a stale zone unless it holds a pin, and says when the front next changes', () => {
    const old = [card('x', 24 * 40)]
    const until = new Date(now.getTime() + 3_600_000).toISOString()
    const filled = fillFront(
      {
        freshDays: 30,
        zones: [
          zone('stale', 3),
          zone('fresh', 3),
          zone('held', 1, { rule: { source: 'none' }, pins: [{ articleId: 'y', until }] }),
        ],
      },
      [
        { pinned: [], ranked: old },
        { pinned: [], ranked: [card('z', 1)] },
        { pinned: [card('y', 24 * 90)], ranked: [] },
      ],
      now,
    )
    expect(filled.zones.map((z) => z.zone.id)).toEqual(['fresh', 'held'])
    expect(filled.changesAt?.toISOString()).toBe(until)
  })

  it('fills a work-type zone only with stories of that type', () => {
    const filled = fillFront(
      {
        freshDays: 30,
        zones: [zone('views', 3, { rule: { source: 'workType', workType: 'opinion' } })],
      },
      [
        {
          pinned: [],
          ranked: [
            card('n', 1, { workType: 'news' }),
            card('o', 2, { workType: 'opinion' }),
            card('u', 3),
          ],
        },
      ],
      now,
    )
    expect(filled.zones[0]?.items.map((c) => c.id)).toEqual(['o'])
  })
})

describe('defaults and links', () => {
  it('keeps opinion off the default lead and gives each menu section a block', () => {
    const layout = defaultHomeLayout(['news', 'sport', 'opinion'], 'opinion')
    expect(layout.zones.map((z) => z.id)).toEqual([
      'lead',
      'latest',
      'section-1',
      'section-2',
      'opinion',
    ])
    expect(layout.zones[0]).toMatchObject({ withPicture: true, excludeSectionIds: ['opinion'] })
  })

  it.each([
    ['/about/', true],
    ['https://example.org/x', true],
    ['//evil.example', false],
    ['javascript:alert(1)', false],
    ['mailto:desk@example.org', false],
  ])('accepts %s as a link target: %s', (url, ok) => {
    expect(isLinkTarget(url)).toBe(ok)
  })

  it('shows a banner until its end', () => {
    const banner = { text: 'x', url: null, expiresAt: '2026-06-10T12:00:00.000Z' }
    expect(bannerIsLive(banner, new Date('2026-06-10T11:59:59.999Z'))).toBe(true)
    expect(bannerIsLive(banner, now)).toBe(false)
    expect(bannerIsLive({ ...banner, expiresAt: null }, now)).toBe(true)
  })
})
