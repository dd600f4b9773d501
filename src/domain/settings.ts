import { defaultPermalinkPattern } from './permalink.js'

/** Publication-wide settings, stored as key/value rows. */
export interface Settings {
  title: string
  tagline: string
  locale: string
  timeZone: string
  publicUrl: string | null
  permalinkPattern: string
  logoMediaId: string | null
}

export const defaultSettings: Settings = {
  title: 'Masthead',
  tagline: 'News, published properly.',
  locale: 'en-GB',
  timeZone: 'UTC',
  publicUrl: null,
  permalinkPattern: defaultPermalinkPattern,
  logoMediaId: null,
}

/**
 * The canonical form of a BCP 47 language tag (RFC 5646), e.g. `en-gb` → `en-GB`, or null when
 * it is not one. `Intl.getCanonicalLocales` checks the syntax; a primary language subtag of 4 to
 * 8 letters is well-formed but reserved or unregistered, and is refused too (it would let
 * `english` through).
 */
export function canonicalLocale(tag: string): string | null {
  let canonical: string | undefined
  try {
    canonical = Intl.getCanonicalLocales(tag.trim())[0]
  } catch {
    return null
  }
  if (canonical === undefined || !/^[a-z]{2,3}(?:-|$)/.test(canonical)) return null
  return canonical
}
