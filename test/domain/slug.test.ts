import { describe, expect, it } from 'vitest'
import {
  isReservedSlug,
  isValidSlug,
  maxSlugLength,
  slugCandidates,
  slugify,
} from '../../src/domain/slug.js'

const take = (n: number, base: string): string[] => {
  const out: string[] = []
  for (const candidate of slugCandidates(base)) {
    out.push(candidate)
    if (out.length === n) break
  }
  return out
}

describe('slugify', () => {
  it.each([
    ['plain English', 'Council Approves New Budget', 'council-approves-new-budget'],
    ['German umlauts and ß', 'Über Straße Größe', 'ueber-strasse-groesse'],
    ['French accents', 'Ça déjà été élève à Noël', 'ca-deja-ete-eleve-a-noel'],
    ['Spanish and Portuguese', 'Mañana in São Paulo', 'manana-in-sao-paulo'],
    ['Scandinavian letters', 'Ærø Øst Åland', 'aero-ost-aland'],
    ['Cyrillic', 'Привет, мир', 'privet-mir'],
    ['Greek', 'Καλημέρα κόσμε', 'kalimera-kosme'],
    ['Polish', 'Zażółć gęślą jaźń Łódź', 'zazolc-gesla-jazn-lodz'],
    ['Turkish', 'Ağır şişli ığdır İzmir', 'agir-sisli-igdir-izmir'],
    ['emoji dropped', 'Hello 🌍 world 🎉', 'hello-world'],
    ['only emoji', '🎉🎉', ''],
    ['punctuation and spaces collapsed', '  "Quoted" -- and... spaced!  ', 'quoted-and-spaced'],
    ['numbers kept', '2026: 10 things', '2026-10-things'],
    ['camel case not split', 'iPhone launch', 'iphone-launch'],
    ['empty', '', ''],
  ])('%s: %j → %j', (_name, input, expected) => {
    expect(slugify(input)).toBe(expected)
    if (expected !== '') expect(isValidSlug(expected)).toBe(true)
  })

  it.each([
    ['many short words', 'word '.repeat(30).trim()],
    ['a word ending exactly at the limit', `${'a'.repeat(39)} ${'b'.repeat(40)} tail`],
    ['long words', `${'alpha'.repeat(10)} ${'beta'.repeat(10)} ${'gamma'.repeat(10)}`],
  ])('cuts %s at a word boundary, at most 80 characters', (_name, input) => {
    const slug = slugify(input)
    const full = input.split(' ').join('-') // these inputs are lower-case ASCII words already
    expect(slug.length).toBeLessThanOrEqual(maxSlugLength)
    expect(slug.length).toBeGreaterThan(maxSlugLength / 2)
    expect(isValidSlug(slug)).toBe(true)
    // A prefix of whole words: the full slug continues with a hyphen right after it.
    expect(full.startsWith(slug)).toBe(true)
    expect(full.charAt(slug.length)).toBe('-')
  })

  it('keeps exactly 80 characters when a word ends there', () => {
    expect(slugify(`${'a'.repeat(39)} ${'b'.repeat(40)} tail`)).toBe(
      `${'a'.repeat(39)}-${'b'.repeat(40)}`,
    )
  })

  it('cuts a single very long word hard at the limit', () => {
    expect(slugify('x'.repeat(200))).toBe('x'.repeat(80))
  })
})

describe('slugCandidates', () => {
  it.each([
    ['a free base first', 'harbour', ['harbour', 'harbour-2', 'harbour-3']],
    ['a reserved word skipped', 'search', ['search-2', 'search-3', 'search-4']],
    ['another reserved word', 'api', ['api-2', 'api-3', 'api-4']],
    ['untitled for an empty base', '', ['untitled', 'untitled-2', 'untitled-3']],
  ])('%s', (_name, base, expected) => {
    expect(take(3, base)).toEqual(expected)
  })

  it('keeps suffixed candidates within the limit', () => {
    const base = 'a'.repeat(80)
    const [first, second, , , , , , , , tenth] = take(10, base)
    expect(first).toBe(base)
    expect(second).toBe(`${'a'.repeat(78)}-2`)
    expect(tenth).toBe(`${'a'.repeat(77)}-10`)
    for (const candidate of take(120, base)) {
      expect(candidate.length).toBeLessThanOrEqual(maxSlugLength)
      expect(isValidSlug(candidate)).toBe(true)
    }
  })

  it('does not leave a double hyphen when the cut lands on one', () => {
    const base = `${'a'.repeat(77)}-bc`
    expect(take(2, base)[1]).toBe(`${'a'.repeat(77)}-2`)
  })
})

describe('isValidSlug and isReservedSlug', () => {
  it.each([
    ['bridge-reopens', true],
    ['a', true],
    ['2026', true],
    ['x'.repeat(80), true],
    ['x'.repeat(81), false],
    ['', false],
    ['Bridge', false],
    ['bridge--reopens', false],
    ['-bridge', false],
    ['bridge-', false],
    ['bridge_reopens', false],
    ['brücke', false],
    ['a/b', false],
  ])('%j valid: %s', (slug, valid) => {
    expect(isValidSlug(slug)).toBe(valid)
  })

  it.each([
    ['api', true],
    ['feed', true],
    ['sitemap', true],
    ['newsroom', true],
    ['news', false],
    ['apis', false],
  ])('%j reserved: %s', (slug, reserved) => {
    expect(isReservedSlug(slug)).toBe(reserved)
  })
})
