import { defaultPermalinkPattern } from './permalink.js'
import type { Theming } from './theming.js'
import { defaultTheming } from './theming.js'

/**
 * The publication's policies, each a static page: what schema.org's NewsMediaOrganization calls
 * `ethicsPolicy`, `correctionsPolicy`, `unnamedSourcesPolicy`, `diversityPolicy`,
 * `ownershipFundingInfo` and `masthead`, in the order the footer lists them.
 */
export const policyKinds = [
  'ethics',
  'corrections',
  'unnamedSources',
  'diversity',
  'ownershipFunding',
  'masthead',
] as const
export type PolicyKind = (typeof policyKinds)[number]

/** The id of the page holding each policy, or null while there is none. */
export type PolicyPages = Record<PolicyKind, string | null>

export const noPolicyPages: PolicyPages = {
  ethics: null,
  corrections: null,
  unnamedSources: null,
  diversity: null,
  ownershipFunding: null,
  masthead: null,
}

/** A policy as the public site links it: its kind and the public path of its page. */
export interface PolicyLink {
  kind: PolicyKind
  path: string
}

/** Publication-wide settings, stored as key/value rows. */
export interface Settings {
  title: string
  tagline: string
  locale: string
  timeZone: string
  publicUrl: string | null
  permalinkPattern: string
  logoMediaId: string | null
  policies: PolicyPages
  /** The reader's site's look, typeface and colours (docs/theming.md). */
  theming: Theming
}

export const defaultSettings: Settings = {
  title: 'Masthead',
  tagline: 'News, published properly.',
  locale: 'en-GB',
  timeZone: 'UTC',
  publicUrl: null,
  permalinkPattern: defaultPermalinkPattern,
  logoMediaId: null,
  policies: noPolicyPages,
  theming: defaultTheming,
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
