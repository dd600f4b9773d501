import type { TypefaceName } from '../domain/theming.js'

/** One self-hosted font file: a weight and style of a typeface, Latin subset, WOFF2. */
export interface FontFile {
  /** The `@fontsource` package that ships it. */
  package: string
  /** Its name in the package's `files/` folder. */
  file: string
  weight: number
  style: 'normal' | 'italic'
  /** Preloaded by every page: the text face's regular and the headline weight. */
  preload: boolean
}

/**
 * A metric-matched stand-in shown until the web font arrives (or when it never does), so the
 * swap moves no text: a local font scaled to the web font's average width, with its ascent and
 * descent (the technique of Next.js's `next/font` and Fontaine). The numbers come from
 * @capsizecss/metrics; test/render/fonts.test.ts recomputes them.
 */
export interface MetricFallback {
  /** Local fonts with the same metrics, any one of which is installed on most systems. */
  locals: string[]
  sizeAdjust: string
  ascentOverride: string
  descentOverride: string
  lineGapOverride: string
}

export interface Typeface {
  /** The family name the font files declare. */
  family: string
  /** The generic and system families after it (the same as with no web font at all). */
  stack: string
  files: FontFile[]
  fallback: MetricFallback | null
}

/** Fontsource's Latin subset: the range its `latin` files cover. */
export const latinRange =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'

const serifStack = 'Georgia,"Times New Roman",Times,serif'
const sansStack = '-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif'

function files(pkg: string, name: string, cuts: [number, 'normal' | 'italic', boolean][]) {
  return cuts.map(([weight, style, preload]) => ({
    package: pkg,
    file: `${name}-latin-${weight}-${style}.woff2`,
    weight,
    style,
    preload,
  }))
}

/** Every typeface settings can name. */
export const typefaces: Record<TypefaceName, Typeface> = {
  // Adobe's serif for continuous reading on screens, with a news paper's proportions.
  'source-serif-4': {
    family: 'Source Serif 4',
    stack: serifStack,
    files: files('@fontsource/source-serif-4', 'source-serif-4', [
      [400, 'normal', true],
      [400, 'italic', false],
      [700, 'normal', true],
    ]),
    // Liberation Serif and Tinos are metric-compatible with Times New Roman (Linux, ChromeOS).
    fallback: {
      locals: ['Times New Roman', 'Liberation Serif', 'Tinos'],
      sizeAdjust: '117.91%',
      ascentOverride: '87.87%',
      descentOverride: '28.41%',
      lineGapOverride: '0.00%',
    },
  },
  // A revival of Franklin Gothic, the American newspaper sans.
  'libre-franklin': {
    family: 'Libre Franklin',
    stack: sansStack,
    files: files('@fontsource/libre-franklin', 'libre-franklin', [
      [400, 'normal', true],
      [400, 'italic', false],
      [800, 'normal', true],
    ]),
    // Liberation Sans and Arimo are metric-compatible with Arial.
    fallback: {
      locals: ['Arial', 'Liberation Sans', 'Arimo'],
      sizeAdjust: '104.31%',
      ascentOverride: '92.61%',
      descentOverride: '23.58%',
      lineGapOverride: '0.00%',
    },
  },
  'system-serif': { family: '', stack: serifStack, files: [], fallback: null },
  'system-sans': { family: '', stack: sansStack, files: [], fallback: null },
}

/** The CSS `font-family` value for a typeface: the web font, its fallback, then the stack. */
export function fontStack(face: Typeface): string {
  if (face.family === '') return face.stack
  const fallback = face.fallback !== null ? `,"${face.family} Fallback"` : ''
  return `"${face.family}"${fallback},${face.stack}`
}

/**
 * The `@font-face` rules for a typeface: each file at its URL with `font-display: swap`, so
 * text shows at once in the fallback and never waits for the font, and the metric fallback.
 */
export function fontFaces(face: Typeface, url: (file: FontFile) => string): string {
  const rules = face.files.map(
    (f) =>
      `@font-face{font-family:"${face.family}";font-style:${f.style};font-weight:${f.weight};font-display:swap;src:url(${url(f)}) format("woff2");unicode-range:${latinRange}}`,
  )
  const fb = face.fallback
  if (fb !== null)
    rules.push(
      `@font-face{font-family:"${face.family} Fallback";src:${fb.locals.map((l) => `local("${l}")`).join(',')};size-adjust:${fb.sizeAdjust};ascent-override:${fb.ascentOverride};descent-override:${fb.descentOverride};line-gap-override:${fb.lineGapOverride}}`,
    )
  return rules.join('\n')
}
