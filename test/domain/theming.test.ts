import { describe, expect, it } from 'vitest'
import { markTerms } from '../../src/domain/highlight.js'
import type { Theming } from '../../src/domain/theming.js'
import {
  contrastRatio,
  defaultTheming,
  lookPalettes,
  themingErrors,
} from '../../src/domain/theming.js'

const theming = (change: Partial<Theming>): Theming => ({ ...defaultTheming, ...change })
const colours = (light: Record<string, string>, dark: Record<string, string> = {}) => ({
  colours: { light, dark },
})

describe('themingErrors', () => {
  it.each([
    ['the default', theming({}), []],
    ['the modern look with a typeface', theming({ look: 'modern', typeface: 'system-serif' }), []],
    ['an unknown look', theming({ look: 'gothic' as Theming['look'] }), ['theming.look']],
    [
      'an unknown typeface',
      theming({ typeface: 'papyrus' as Theming['typeface'] }),
      ['theming.typeface'],
    ],
    ['a named colour', theming(colours({ accent: 'red' })), ['theming.colours.light.accent']],
    ['a short hex colour', theming(colours({}, { ink: '#fff' })), ['theming.colours.dark.ink']],
    ['an unknown token', theming(colours({ glow: '#ffffff' })), ['theming.colours.light.glow']],
    ['a readable accent', theming(colours({ accent: '#0b5394' })), []],
    ['a faint accent', theming(colours({ accent: '#ffcc00' })), ['theming.colours.light.accent']],
    [
      'a dark paper under dark ink',
      theming(colours({ paper: '#222222' })),
      ['theming.colours.light.paper'],
    ],
    [
      'a light paper in dark mode',
      theming(colours({}, { paper: '#ffffff' })),
      ['theming.colours.dark.paper'],
    ],
  ] as const)('accepts or refuses %s', (_name, given, fields) => {
    expect([...new Set(themingErrors(given).map((e) => e.field))]).toEqual(fields)
  })

  it('ships looks whose own text colours pass WCAG AA in both schemes', () => {
    for (const [look, schemes] of Object.entries(lookPalettes))
      for (const [scheme, c] of Object.entries(schemes))
        for (const [text, background] of [
          ['ink', 'paper'],
          ['muted', 'paper'],
          ['accent', 'paper'],
          ['ink', 'mark'],
        ] as const)
          expect(
            contrastRatio(c[text], c[background]),
            `${look} ${scheme} ${text}`,
          ).toBeGreaterThanOrEqual(4.5)
  })
})

describe('markTerms', () => {
  const marked = (text: string, query: string) =>
    markTerms(text, query).replaceAll('\u0002', '[').replaceAll('\u0003', ']')
  it.each([
    ['Harbour bridges close', 'bridge', 'Harbour [bridges] close'],
    ['Bridge closure ordered', 'closed bridge', '[Bridge] [closure] ordered'],
    ['Lamp supplies', 'lam', '[Lamp] supplies'],
    ['A day at the quay', 'a', '[A] day at the quay'],
    ['Council meets counsel', 'council', '[Council] meets counsel'],
    ['No match here', 'ferry', 'No match here'],
    ['Stray \u0002markers\u0003 removed', 'zzz', 'Stray markers removed'],
    ['Anything', '', 'Anything'],
  ])('marks %s for %s', (text, query, expected) => {
    expect(marked(text, query)).toBe(expected)
  })
})
