import type { ArticleKind } from './article.js'
import { InvalidInputError } from './errors.js'
import type { Settings } from './settings.js'
import { datePartsIn } from './time.js'

/** Tokens a permalink pattern may use, e.g. the default `/{yyyy}/{mm}/{dd}/{slug}/`. */
const permalinkTokens = ['yyyy', 'mm', 'dd', 'slug', 'section', 'id'] as const
type PermalinkToken = (typeof permalinkTokens)[number]
export const defaultPermalinkPattern = '/{yyyy}/{mm}/{dd}/{slug}/'

/**
 * What a story's public path is made of. An article, a card and a sitemap entry each have these
 * fields, so any of them is passed as it is. Only the first (primary) section's slug is read.
 */
export interface PermalinkSubject {
  id: string
  kind: ArticleKind
  slug: string
  publishedAt: string | null
  sections: readonly { readonly slug: string }[]
}

/**
 * The public path of a story (or the path it would have once published): a static page at
 * `/{slug}/`, an article under the publication's permalink pattern, dated in its time zone.
 */
export function articlePath(
  story: PermalinkSubject,
  settings: Pick<Settings, 'permalinkPattern' | 'timeZone'>,
): string {
  if (story.kind === 'page') return `/${story.slug}/`
  return renderPermalink(settings.permalinkPattern, story, settings.timeZone)
}

const tokenRegex = /\{([a-z]+)\}/g
const tokenValue: Record<PermalinkToken, string> = {
  yyyy: '(\\d{4})',
  mm: '(\\d{2})',
  dd: '(\\d{2})',
  slug: '([a-z0-9-]+)',
  section: '([a-z0-9-]+)',
  id: '([0-9a-f-]{36})',
}

/**
 * Checks a pattern: it starts and ends with '/', contains {slug} or {id}, and uses known tokens.
 * Throws InvalidInputError naming the problem.
 */
export function validatePermalinkPattern(pattern: string): void {
  const problems: string[] = []
  if (!pattern.startsWith('/') || !pattern.endsWith('/'))
    problems.push('must start and end with “/”')
  if (!pattern.includes('{slug}') && !pattern.includes('{id}'))
    problems.push('needs {slug} or {id}')
  for (const [, token] of pattern.matchAll(tokenRegex)) {
    if (!(permalinkTokens as readonly string[]).includes(token ?? '')) {
      problems.push(`unknown token {${token}}`)
    }
  }
  if (/[^a-z0-9{}/_.-]/.test(pattern))
    problems.push('may hold only a-z, 0-9, “-”, “_”, “.” and tokens')
  if (/[{}]/.test(pattern.replace(tokenRegex, '')))
    problems.push('has a “{” or “}” outside a token')
  // "//x/" would be read as another host, and "." or ".." segments are removed by browsers.
  if (
    pattern.length > 1 &&
    pattern
      .slice(1, -1)
      .split('/')
      .some((s) => ['', '.', '..'].includes(s))
  )
    problems.push('may not have empty, “.” or “..” segments')
  if (problems.length > 0) {
    throw new InvalidInputError(`Invalid permalink pattern: ${problems.join('; ')}.`, [
      { field: 'permalinkPattern', message: problems.join('; ') },
    ])
  }
}

/** The path of an article under a pattern, with dates in the publication's time zone. */
export function renderPermalink(
  pattern: string,
  article: PermalinkSubject,
  timeZone: string,
): string {
  const date = datePartsIn(article.publishedAt ?? epoch, timeZone)
  // Every card on a page links its story: no object per call, only the path itself.
  let path = ''
  for (const piece of piecesOf(pattern))
    path += piece.token === null ? piece.text : tokenOf(piece.token, article, date)
  return path
}

function tokenOf(
  token: PermalinkToken,
  article: PermalinkSubject,
  date: Readonly<Record<'yyyy' | 'mm' | 'dd', string>>,
): string {
  switch (token) {
    case 'yyyy':
    case 'mm':
    case 'dd':
      return date[token]
    case 'slug':
      return article.slug
    case 'section':
      return article.sections[0]?.slug ?? 'news'
    case 'id':
      return article.id
  }
}

const epoch = new Date(0).toISOString()

/** A pattern split into literal text and tokens once: every link on a page renders one. */
const pieces = new Map<string, { text: string; token: PermalinkToken | null }[]>()

function piecesOf(pattern: string): { text: string; token: PermalinkToken | null }[] {
  let found = pieces.get(pattern)
  if (found === undefined) {
    found = pattern
      .split(/(\{[a-z]+\})/)
      .filter((text) => text !== '')
      .map((text) => {
        const token = /^\{([a-z]+)\}$/.exec(text)?.[1]
        return (permalinkTokens as readonly string[]).includes(token ?? '')
          ? { text, token: token as PermalinkToken }
          : { text, token: null }
      })
    pieces.set(pattern, found)
  }
  return found
}

const compiled = new Map<string, { regex: RegExp; tokens: PermalinkToken[] }>()

/** Reads the token values back out of a path, or null when the path does not fit the pattern. */
export function parsePermalink(
  pattern: string,
  path: string,
): Partial<Record<PermalinkToken, string>> | null {
  let entry = compiled.get(pattern)
  if (entry === undefined) {
    const tokens: PermalinkToken[] = []
    const source = pattern
      .split(tokenRegex)
      .map((part, i) => {
        if (i % 2 === 1) {
          tokens.push(part as PermalinkToken)
          return tokenValue[part as PermalinkToken]
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      })
      .join('')
    entry = { regex: new RegExp(`^${source}$`), tokens }
    compiled.set(pattern, entry)
  }
  const match = entry.regex.exec(path)
  if (match === null) return null
  const result: Partial<Record<PermalinkToken, string>> = {}
  entry.tokens.forEach((token, i) => {
    result[token] = match[i + 1] ?? ''
  })
  return result
}
