import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Theming } from '../../domain/theming.js'
import type { FontFile } from '../../render/fonts.js'
import { typefaces } from '../../render/fonts.js'
import type { Theme } from '../../render/theme.js'
import { lookStylesheet, preloadedFonts } from '../../render/themes/looks.js'

/** A theming's stylesheet as pages link it. */
export interface StylesheetLink {
  path: string
  /** Font files to preload, by path. */
  fonts: string[]
}

/**
 * A theme's files at content-hashed, immutable paths: the stylesheet of each theming asked for
 * (a change of look, typeface or colours is a new URL), the self-hosted fonts and the icon.
 */
export interface ThemeAssets {
  stylesheet(theming: Theming): StylesheetLink
  /** The stylesheet at this path, if one was made. */
  css(path: string): string | undefined
  /** A font file by path. */
  font(path: string): Buffer | undefined
  icon: string
}

const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 12)
const resolve = createRequire(import.meta.url).resolve
// A publication tries a few colours and looks; old stylesheets stay for pages cached elsewhere.
const keptStylesheets = 32
const made = new WeakMap<Theme, ThemeAssets>()

/** The theme's assets, made once per theme: every page links them. */
export function themeAssets(theme: Theme): ThemeAssets {
  let assets = made.get(theme)
  if (assets === undefined) {
    assets = makeAssets(theme)
    made.set(theme, assets)
  }
  return assets
}

function makeAssets(theme: Theme): ThemeAssets {
  const fontPaths = new Map<FontFile, string>()
  const fonts = new Map<string, Buffer>()
  for (const face of Object.values(typefaces)) {
    for (const file of face.files) {
      const bytes = readFileSync(resolve(`${file.package}/files/${file.file}`))
      const path = `/assets/fonts/${file.file.replace(/\.woff2$/, '')}.${hash(bytes)}.woff2`
      fontPaths.set(file, path)
      fonts.set(path, bytes)
    }
  }
  const fontUrl = (file: FontFile) => fontPaths.get(file) ?? ''
  const byTheming = new Map<string, StylesheetLink>()
  const stylesheets = new Map<string, string>()
  return {
    stylesheet(theming) {
      const key = JSON.stringify(theming)
      let link = byTheming.get(key)
      if (link === undefined) {
        const css = lookStylesheet(theme.css, theming, fontUrl)
        link = {
          path: `/assets/${theme.name}-${theming.look}.${hash(css)}.css`,
          fonts: preloadedFonts(theming).map(fontUrl),
        }
        if (byTheming.size >= keptStylesheets) {
          byTheming.clear()
          stylesheets.clear()
        }
        byTheming.set(key, link)
        stylesheets.set(link.path, css)
      }
      return link
    },
    css: (path) => stylesheets.get(path),
    font: (path) => fonts.get(path),
    icon: `/assets/${theme.name}-icon.${hash(theme.icon)}.svg`,
  }
}
