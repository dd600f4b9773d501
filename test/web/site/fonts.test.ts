import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import arial from '@capsizecss/metrics/arial'
import libreFranklin from '@capsizecss/metrics/libreFranklin'
import sourceSerif4 from '@capsizecss/metrics/sourceSerif4'
import timesNewRoman from '@capsizecss/metrics/timesNewRoman'
import { typefaces } from '../../../src/render/fonts.js'

const resolve = createRequire(import.meta.url).resolve

/** The fallback's overrides as Next.js's next/font computes them from capsize metrics. */
type Metrics = typeof arial

function overrides(font: Metrics, fallback: Metrics) {
  const scale = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm)
  const percent = (v: number) => `${((v / (font.unitsPerEm * scale)) * 100).toFixed(2)}%`
  return {
    sizeAdjust: `${(scale * 100).toFixed(2)}%`,
    ascentOverride: percent(font.ascent),
    descentOverride: percent(Math.abs(font.descent)),
    lineGapOverride: percent(font.lineGap),
  }
}

describe('self-hosted typefaces', () => {
  it('have every declared file in their @fontsource package, Latin WOFF2 only', () => {
    for (const face of Object.values(typefaces))
      for (const f of face.files) {
        expect(f.file).toMatch(/-latin-\d{3}-(normal|italic)\.woff2$/)
        expect(existsSync(resolve(`${f.package}/files/${f.file}`)), f.file).toBe(true)
      }
  })

  it('size their metric fallbacks from the fonts’ own metrics', () => {
    expect(typefaces['source-serif-4'].fallback).toMatchObject(
      overrides(sourceSerif4, timesNewRoman),
    )
    expect(typefaces['libre-franklin'].fallback).toMatchObject(overrides(libreFranklin, arial))
  })
})
