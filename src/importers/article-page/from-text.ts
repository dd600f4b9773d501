/**
 * Reads the text of a saved article page (what “select all, copy” or a text dump leaves). Pages
 * differ in what they print above the story and in which order: section labels or a breadcrumb,
 * the headline (often twice: in a trail or title and as the heading), a photo credit, a byline,
 * a date line. Those lines are told apart one by one (text-lines.ts), wherever they stand; the
 * body starts at the first sentence-like line; an author box may close the page.
 */
import type { PageArticle } from './page-article.js'
import { emptyPage } from './page-article.js'
import {
  aroundHeadline,
  bylineOf,
  creditOf,
  dateOf,
  isBodyLine,
  isLabelLine,
  isTitleLike,
  sectionTrail,
} from './text-lines.js'

/** How far down the headline is looked for, in non-blank lines. */
const topLines = 15

interface Line {
  text: string
  /** Its index among all lines, blank ones included (paragraphs are split at blanks). */
  at: number
}

/** A line printed twice near the top, or once more inside a trail or title: the longest such. */
function repeatedHeadline(top: readonly Line[]): string {
  let best = ''
  for (const { text } of top) {
    if (!isTitleLike(text) || text.length <= best.length) continue
    const again = top.filter((o) => o.text === text || aroundHeadline(o.text, text) !== null)
    if (again.length >= 2) best = text
  }
  return best
}

/**
 * Without a repeat: the longest title-like line above the body, preferring one that reads as a
 * sentence over a row of capitalised labels, and never the first line when that is a label row
 * with other candidates after it.
 */
function longestTitle(head: readonly Line[]): string {
  const candidates = head.map((l) => l.text).filter(isTitleLike)
  const prose = candidates.filter((t) => !isLabelLine(t))
  const labels = candidates.filter(
    (t, i) => !(i === 0 && t === head[0]?.text && candidates.length > 1),
  )
  const pool = prose.length > 0 ? prose : labels.filter((t) => t.split(/\s+/).length >= 3)
  return pool.reduce((a, b) => (b.length > a.length ? b : a), '')
}

/** Where the headline is and where the body starts, among the non-blank lines. */
function locateHeadline(filled: readonly Line[]): { headline: string; bodyStart: number } {
  let headline = repeatedHeadline(filled.slice(0, topLines))
  const last = filled.findLastIndex(
    (l, k) =>
      k < topLines &&
      headline !== '' &&
      (l.text === headline || aroundHeadline(l.text, headline) !== null),
  )
  const isMeta = (t: string): boolean =>
    creditOf(t) !== null || bylineOf(t) !== null || dateOf(t) !== null
  let bodyStart = filled.findIndex((l, k) => k > last && isBodyLine(l.text) && !isMeta(l.text))
  if (bodyStart === -1) bodyStart = filled.length
  if (headline === '') headline = longestTitle(filled.slice(0, bodyStart))
  const first = filled[bodyStart]?.text ?? ''
  if (headline === '' && /\?[”"’]?$/.test(first) && first.length <= 150) {
    headline = first // a question as headline, and nothing above it that could be one
    bodyStart += 1
  }
  return { headline, bodyStart }
}

/**
 * Reads the lines above the body into `page` (sections, credit, byline, date), in any order;
 * returns what stands below the headline and is none of those, to open the body.
 */
function readTop(top: readonly Line[], page: PageArticle): string[] {
  const headlineAt = top.findIndex((l) => l.text === page.headline)
  const lead: string[] = []
  let updated: ReturnType<typeof dateOf> = null
  let published: ReturnType<typeof dateOf> = null
  for (const [k, { text: line }] of top.entries()) {
    if (line === page.headline) continue
    const around = page.headline === '' ? null : aroundHeadline(line, page.headline)
    const credit = creditOf(line)
    const byline = bylineOf(line)
    const date = dateOf(line)
    const trail = k < headlineAt ? sectionTrail(line) : null
    if (around !== null) page.sections.push(...around.crumbs)
    else if (credit !== null) page.heroCredit ||= credit
    else if (byline !== null) page.author ??= { name: byline, bio: '' }
    else if (date !== null && date.updated) updated ??= date
    else if (date !== null) published ??= date
    else if (trail !== null) page.sections.push(...trail)
    else if (k > headlineAt) lead.push(line)
    else page.leftOut.push(line)
  }
  const date = published ?? updated
  page.publishedAt = date?.at ?? null
  page.datePrecision = date?.precision ?? null
  return lead
}

/** Parses page text into its parts. */
export function articleFromText(text: string): PageArticle {
  const page = emptyPage()
  const all = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
  const filled: Line[] = all.flatMap((t, at) => (t === '' ? [] : [{ text: t, at }]))
  const { headline, bodyStart } = locateHeadline(filled)
  page.headline = headline
  const lead = readTop(filled.slice(0, bodyStart), page)
  const body = [...lead, ...bodyParagraphs(all.slice(filled[bodyStart]?.at ?? all.length), page)]
  const author = authorBox(body)
  if (author !== null) {
    page.author = author
    body.splice(body.length - 2, 2)
  }
  page.paragraphs = body
  return page
}

/**
 * The body's paragraphs (lines between blanks, joined). A credit or date line the top did not
 * give, standing in the first paragraphs, is taken out and read: never glued into the text.
 */
function bodyParagraphs(lines: readonly string[], page: PageArticle): string[] {
  const blocks: string[][] = [[]]
  for (const line of lines) {
    if (line === '') blocks.push([])
    else blocks[blocks.length - 1]?.push(line)
  }
  return blocks
    .filter((b) => b.length > 0)
    .map((block, n) =>
      block.filter((line) => {
        if (line === page.headline) return false
        if (n > 2) return true
        const credit = creditOf(line)
        if (credit !== null && page.heroCredit === '') page.heroCredit = credit
        const date = credit === null ? dateOf(line) : null
        if (date !== null && page.publishedAt === null) {
          page.publishedAt = date.at
          page.datePrecision = date.precision
        }
        return credit === null && date === null
      }),
    )
    .filter((b) => b.length > 0)
    .map((b) => b.join(' '))
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
