import type { FieldError } from './errors.js'

/**
 * The looks the public site ships: each reuses the default theme's templates with its own
 * colours and typeface (src/render/themes/looks.ts). Settings choose one by name.
 */
export const lookNames = ['default', 'modern'] as const
export type LookName = (typeof lookNames)[number]

/**
 * The typefaces a publication can choose: two self-hosted from `@fontsource` packages and two
 * system stacks that download nothing (src/render/fonts.ts).
 */
export const typefaceNames = [
  'source-serif-4',
  'libre-franklin',
  'system-serif',
  'system-sans',
] as const
export type TypefaceName = (typeof typefaceNames)[number]

/** The colour tokens a publication may override, each the name of a CSS custom property. */
export const colourTokens = ['ink', 'muted', 'rule', 'paper', 'accent', 'mark'] as const
export type ColourToken = (typeof colourTokens)[number]

/** Colour overrides, `#rrggbb`, for light pages and for dark pages (prefers-color-scheme). */
export interface ColourOverrides {
  light: Partial<Record<ColourToken, string>>
  dark: Partial<Record<ColourToken, string>>
}

/** How the reader's site looks: a look, optionally another typeface and some colours. */
export interface Theming {
  look: LookName
  /** Text and headlines; null: the look's own typeface. */
  typeface: TypefaceName | null
  colours: ColourOverrides
}

export const defaultTheming: Theming = {
  look: 'default',
  typeface: null,
  colours: { light: {}, dark: {} },
}

const hexColour = /^#[0-9a-f]{6}$/i

/** The WCAG 2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/** The WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** Each look's own colours; overrides are laid over them (src/render/themes/looks.ts). */
export const lookPalettes: Record<
  LookName,
  Record<'light' | 'dark', Record<ColourToken, string>>
> = {
  default: {
    light: {
      ink: '#121212',
      muted: '#5a5a5a',
      rule: '#d6d3cc',
      paper: '#fdfcf9',
      accent: '#8a1c1c',
      mark: '#fff1a8',
    },
    dark: {
      ink: '#ece9e2',
      muted: '#a8a49b',
      rule: '#3b3935',
      paper: '#151412',
      accent: '#f08a7e',
      mark: '#5b4a00',
    },
  },
  modern: {
    light: {
      ink: '#111111',
      muted: '#555555',
      rule: '#dddddd',
      paper: '#ffffff',
      accent: '#c8102e',
      mark: '#ffe14d',
    },
    dark: {
      ink: '#f2f2f2',
      muted: '#b0b0b0',
      rule: '#333333',
      paper: '#0d0d0d',
      accent: '#ff6b6b',
      mark: '#6b5600',
    },
  },
}

/** Each look's own typeface. */
export const lookTypefaces: Record<LookName, TypefaceName> = {
  default: 'source-serif-4',
  modern: 'libre-franklin',
}

/** Text on a background that must stay readable: WCAG AA asks for 4.5:1. */
const readablePairs = [
  ['ink', 'paper'],
  ['muted', 'paper'],
  ['accent', 'paper'],
  ['ink', 'mark'],
] as const

/**
 * Problems with a theming, as field errors: unknown names, colours that are not `#rrggbb`, and
 * overridden colours that leave text below WCAG AA's 4.5:1 contrast in either scheme (pages must
 * stay readable, and axe-clean, whatever an editor picks).
 */
export function themingErrors(theming: Theming): FieldError[] {
  const errors: FieldError[] = []
  if (!lookNames.includes(theming.look))
    errors.push({ field: 'theming.look', message: `must be one of ${lookNames.join(', ')}` })
  if (theming.typeface !== null && !typefaceNames.includes(theming.typeface))
    errors.push({
      field: 'theming.typeface',
      message: `must be one of ${typefaceNames.join(', ')}`,
    })
  for (const scheme of ['light', 'dark'] as const) {
    const given: Record<string, unknown> = theming.colours[scheme]
    for (const [token, value] of Object.entries(given)) {
      const field = `theming.colours.${scheme}.${token}`
      if (!colourTokens.includes(token as ColourToken))
        errors.push({ field, message: `is not a colour token (${colourTokens.join(', ')})` })
      else if (typeof value !== 'string' || !hexColour.test(value))
        errors.push({ field, message: 'must be a colour such as #8a1c1c' })
    }
  }
  if (errors.length > 0) return errors
  for (const scheme of ['light', 'dark'] as const) {
    const given = theming.colours[scheme]
    const colours = { ...lookPalettes[theming.look][scheme], ...given }
    for (const [text, background] of readablePairs) {
      if (given[text] === undefined && given[background] === undefined) continue
      if (contrastRatio(colours[text], colours[background]) >= 4.5) continue
      errors.push({
        field: `theming.colours.${scheme}.${given[text] !== undefined ? text : background}`,
        message: `leaves ${text} on ${background} below 4.5:1 contrast (WCAG AA)`,
      })
    }
  }
  return errors
}
