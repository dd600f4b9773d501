/**
 * Reads the text of a saved article page (what “select all, copy” or a text dump leaves): the
 * line of section links, the headline (pages print it twice), the photo credit line, the
 * “Published” date line, body paragraphs, and the author box at the end.
 */
import type { PageArticle } from './page-article.js'
import { emptyPage, readDate } from './page-article.js'

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
function splitSectionLine(line: string): string[] {
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

const creditLine = /^(?:source|photo(?:graph)?|image|credit|picture)s?\s*:\s*(.+)$/i
const dateLine = /^[\s•·*-]*(?:published|updated|posted)(?:\s*on)?\s*:?/i
const blank = (line: string): boolean => line.replace(/[\s\u00a0]/g, '') === ''

/** Looks like a section line: 1–8 capitalised words, no sentence punctuation. */
const isLabelLine = (line: string): boolean =>
  /^(?:[A-Z][\p{L}&-]*\s?){1,8}$/u.test(line.trim()) && !/[.,;:!?“”"]/.test(line)

/** Parses page text into its parts. */
export function articleFromText(text: string): PageArticle {
  const page = emptyPage()
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n/)
    .reduce<string[][]>(
      (acc, line) => {
        if (blank(line)) acc.push([])
        else acc[acc.length - 1]?.push(line.trim())
        return acc
      },
      [[]],
    )
    .filter((b) => b.length > 0)
  const lines = blocks.map((b) => b.join('\n'))
  let i = 0
  if (lines.length > 2 && isLabelLine(lines[0] ?? '') && (lines[0] ?? '').split(' ').length > 1) {
    page.sections = splitSectionLine(lines[0] ?? '')
    i = 1
  }
  const head = (lines[i] ?? '').split('\n')
  page.headline = head.shift() ?? ''
  i += 1
  // The rest of the heading block and the next one: repeated headline, credit and date lines.
  const meta = [...head, ...(lines[i]?.split('\n') ?? [])]
  if (meta.some((l) => l === page.headline || creditLine.test(l) || dateLine.test(l))) i += 1
  for (const line of meta) {
    const credit = creditLine.exec(line)?.[1]
    if (credit !== undefined) page.heroCredit = credit.trim()
    else if (dateLine.test(line)) page.publishedAt = readDate(line.replace(dateLine, ' '))
  }
  const body = lines.slice(i).filter((l) => l !== page.headline)
  const author = authorBox(body)
  if (author !== null) {
    page.author = author
    body.splice(body.length - 2, 2)
  }
  page.paragraphs = body.map((p) => p.replace(/\n/g, ' '))
  return page
}

/** A short name line followed by a bio that starts with that name: the author box. */
function authorBox(body: string[]): { name: string; bio: string } | null {
  const name = body[body.length - 2]
  const bio = body[body.length - 1]
  if (name === undefined || bio === undefined) return null
  const first = name.split(' ')[0] ?? ''
  const looksLikeName = /^(?:[\p{Lu}][\p{L}'’.-]+\s?){2,4}$/u.test(name)
  return looksLikeName && (bio.startsWith(name) || bio.startsWith(first)) ? { name, bio } : null
}
