import type { ColourToken, LookName, Theming, TypefaceName } from '../../domain/theming.js'
import { lookPalettes, lookTypefaces } from '../../domain/theming.js'
import type { FontFile } from '../fonts.js'
import { fontFaces, fontStack, typefaces } from '../fonts.js'
import { modernCss } from './modern/style.js'

/**
 * A look: the default theme's templates with other tokens, a typeface and a few rules of its own
 * laid over the theme's stylesheet. Settings choose one (docs/theming.md).
 */
export interface Look {
  /** The face of labels, bylines and navigation (`--sans`); the text face is the look's typeface. */
  labels: TypefaceName
  /** Rules after the theme's own, for what tokens cannot say (empty for the default look). */
  css: string
}

export const looks: Record<LookName, Look> = {
  default: { labels: 'system-sans', css: '' },
  modern: { labels: 'libre-franklin', css: modernCss },
}

/** Custom properties from a palette: `--ink:#121212;…`. */
export function colourProperties(colours: Partial<Record<ColourToken, string>>): string {
  return Object.entries(colours)
    .map(([token, value]) => `--${token}:${value};`)
    .join('')
}

/** The typefaces a theming uses: text first (its files are preloaded), then labels. */
export function themingTypefaces(theming: Theming): TypefaceName[] {
  const text = theming.typeface ?? lookTypefaces[theming.look]
  const labels = looks[theming.look].labels
  return labels === text ? [text] : [text, labels]
}

/** The font files every page preloads: the text face's regular and headline weights. */
export function preloadedFonts(theming: Theming): FontFile[] {
  const [text] = themingTypefaces(theming)
  return text === undefined ? [] : typefaces[text].files.filter((f) => f.preload)
}

/**
 * The whole stylesheet for a theming: the fonts' `@font-face` rules, the theme's stylesheet, then
 * the look's tokens and rules and the publication's colour overrides, each scheme in its own
 * block so a light override never leaks into dark mode.
 */
export function lookStylesheet(
  themeCss: string,
  theming: Theming,
  fontUrl: (file: FontFile) => string,
): string {
  const look = looks[theming.look]
  const palette = lookPalettes[theming.look]
  const [text, labels] = themingTypefaces(theming).map((name) => typefaces[name])
  const faces = themingTypefaces(theming).map((name) => fontFaces(typefaces[name], fontUrl))
  const textStack = text !== undefined ? fontStack(text) : ''
  const labelStack = fontStack(labels ?? text ?? typefaces['system-sans'])
  const light = { ...palette.light, ...theming.colours.light }
  const dark = { ...palette.dark, ...theming.colours.dark }
  return [
    ...faces.filter((f) => f !== ''),
    themeCss,
    `:root{${colourProperties(light)}--serif:${textStack};--sans:${labelStack}}`,
    `@media (prefers-color-scheme:dark){:root{${colourProperties(dark)}}}`,
    look.css,
    '@media print{:root{--ink:#000;--paper:#fff;--muted:#333}}',
  ]
    .filter((part) => part !== '')
    .join('\n')
}
