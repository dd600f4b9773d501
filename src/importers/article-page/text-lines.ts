/**
 * What one line of a saved page's text is: a section label line, a photo credit, a byline, a
 * date line, a breadcrumb or title that repeats the headline, or body text. Hand-written
 * heuristics (no library reads page text dumps); each rule says what layout it stands for.
 */
import type { PageDate } from './page-article.js'
import { readPageDate } from './page-article.js'

/** Place words that start a two-word section name (“Eastern Europe”, “Middle East”, “Arab World”). */
const regionModifiers = new Set(
  'arab eastern western northern southern central middle latin north south east west far sub-saharan'.split(
    ' ',
  ),
)
const regions = new Set(
  'world europe east america americas asia africa pacific caribbean'.split(' '),
)

/**
 * Splits a line of section links printed with single spaces into names: a place modifier joins
 * the region after it; every other word is a name of its own. A heuristic, stated as such.
 */
export function splitSectionLine(line: string): string[] {
  const words = line.trim().split(/\s+/)
  const out: string[] = []
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? ''
    const next = words[i + 1]
    if (
      next !== undefined &&
      regionModifiers.has(word.toLowerCase()) &&
      regions.has(next.toLowerCase())
    ) {
      out.push(`${word} ${next}`)
      i += 1
    } else out.push(word)
  }
  return out
}

const words = (line: string): number => line.split(/\s+/).filter((w) => w !== '').length

/** “Source: …”, “Photo: …”, “Photo by …”, “Image courtesy of …”, “© …”: the picture's credit. */
export function creditOf(line: string): string | null {
  const found =
    /^\(?(?:source|photo(?:graph)?|image|credit|picture|illustration)s?\s*[:：]\s*(.+?)\)?$/i.exec(
      line,
    ) ??
    /^\(?(?:photo(?:graph)?|image|picture|illustration)\s+(?:by|courtesy(?:\s+of)?)\s+(.+?)\)?$/i.exec(
      line,
    ) ??
    /^[©Ⓒ]\s*(.+)$/.exec(line)
  return found?.[1]?.trim() || null
}

/** “By Lina Ortt”, “By Lina Ortt, harbour reporter”: the writer's name. */
export function bylineOf(line: string): string | null {
  const found = /^by\s+(.+)$/i.exec(line)
  if (found === null) return null
  const name = (found[1] ?? '').split(/\s*[,|–—]\s*|\s+-\s+/)[0]?.trim() ?? ''
  return words(name) >= 1 && words(name) <= 5 && !/[.!?]$/.test(name) ? name : null
}

/** A words-before-the-date prefix: “Published”, “Updated on”, “Posted:”, a bullet. */
const datePrefix =
  /^[\s•·*|-]*(?:(?:first\s+)?published|last\s+updated|updated|posted)(?:\s*on)?\s*:?/i

/** What a line says besides a date, a time and weekday, zone and ordinal words. */
const dateless = (line: string): string =>
  line
    .replace(
      /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(?:gmt|utc|[ap]\.?m\.?|at|st|nd|rd|th)\b/gi,
      ' ',
    )
    .replace(/[\d\s,.:|•·+()–-]+/g, ' ')
    .trim()

/** A line that is a date (with its words), or null: short, and little else in it. */
export function dateOf(line: string): (PageDate & { updated: boolean }) | null {
  const prefixed = datePrefix.test(line)
  if (!prefixed && (line.length > 60 || /[.!?]$/.test(line) || words(dateless(line)) > 1))
    return null
  const date = readPageDate(line.replace(datePrefix, ' '))
  if (date === null) return null
  return { ...date, updated: /^[\s•·*|-]*(?:last\s+)?updated/i.test(line) }
}

/** 1–8 capitalised words and no sentence punctuation: a section label line (or shouting). */
export const isLabelLine = (line: string): boolean =>
  /^(?:[\p{Lu}\d][\p{L}\d&'’-]*\s?){1,8}$/u.test(line.trim()) && !/[.,;:!?“”"]/.test(line)

/** Body text: a sentence of eight words or more, or a line too long for a headline. */
export const isBodyLine = (line: string): boolean =>
  line.length > 160 || (words(line) >= 8 && /[.!?…][”"’»)]?$/u.test(line))

/** Could be a headline: two words or more, not a label, credit, byline or date. */
export const isTitleLike = (line: string): boolean =>
  words(line) >= 2 &&
  line.length <= 200 &&
  creditOf(line) === null &&
  bylineOf(line) === null &&
  dateOf(line) === null

/** Separators of breadcrumbs (“World › Europe › …”) and of page titles (“… | The Ledger”). */
const crumb = /[›»>/]/
const titleSeparator = /[|–—·•:-]/

/**
 * When `line` holds `headline` beside separators (a breadcrumb trail or a page title), what else
 * it holds: the crumbs (section names) for a trail, nothing for a title. Null when it does not.
 */
export function aroundHeadline(line: string, headline: string): { crumbs: string[] } | null {
  if (line === headline || !line.includes(headline)) return null
  const rest = line.replace(headline, '\u0000')
  const [before = '', after = ''] = rest.split('\u0000')
  const edge = `${before.trim().slice(-1)}${after.trim().slice(0, 1)}`
  if (edge === '' || !(crumb.test(edge) || titleSeparator.test(edge))) return null
  if (!crumb.test(edge)) return { crumbs: [] }
  return {
    crumbs: `${before} ${after}`
      .split(crumb)
      .map((c) => c.trim())
      .filter((c) => c !== '' && !/^home$/i.test(c)),
  }
}

/**
 * The section names of a line above the headline: a row of labels (“Arab World Eastern Europe
 * Politics”), or a trail of them (“Home › World › Europe”, without “Home”). Null otherwise.
 */
export function sectionTrail(line: string): string[] | null {
  if (isLabelLine(line)) return splitSectionLine(line)
  const parts = line.split(crumb).map((c) => c.trim())
  if (parts.length < 2 || !parts.every((c) => c !== '' && isLabelLine(c))) return null
  return parts.filter((c) => !/^home$/i.test(c))
}
