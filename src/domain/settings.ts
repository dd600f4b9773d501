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
