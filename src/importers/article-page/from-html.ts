/**
 * Reads a saved article page: the body with Mozilla Readability (on linkedom, a light DOM), and
 * headline, dek, date, sections, author and hero from schema.org JSON-LD and Open Graph when
 * the page has them (they are what the publisher meant; Readability's guesses come second).
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { PageArticle } from './page-article.js'
import { emptyPage, readPageDate } from './page-article.js'

type Json = Record<string, unknown>

const isArticleType = (type: unknown): boolean =>
  (Array.isArray(type) ? type : [type]).some(
    (t) => typeof t === 'string' && /(Article|BlogPosting|Report)$/.test(t),
  )

/** The first schema.org article object in the page's JSON-LD (inside @graph too). */
function jsonLdArticle(document: Document): Json | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue // pages ship broken JSON-LD; the rest of the page still counts
    }
    const queue: unknown[] = [data]
    while (queue.length > 0) {
      const item = queue.shift()
      if (Array.isArray(item)) queue.push(...(item as unknown[]))
      else if (typeof item === 'object' && item !== null) {
        const obj = item as Json
        if (isArticleType(obj['@type'])) return obj
        if (obj['@graph'] !== undefined) queue.push(obj['@graph'])
      }
    }
  }
  return null
}

const str = (value: unknown): string => {
  if (typeof value === 'string') return value.trim()
  if (Array.isArray(value)) return str(value[0])
  if (typeof value === 'object' && value !== null) {
    const obj = value as Json
    return str(obj.name ?? obj.url ?? obj['@value'] ?? '')
  }
  return ''
}

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map(str).filter((s) => s !== '')

/** Parses page HTML into its parts. */
export function articleFromHtml(html: string): PageArticle {
  const { document } = parseHTML(html)
  const meta = (key: string): string =>
    document
      .querySelector(`meta[property="${key}"], meta[name="${key}"]`)
      ?.getAttribute('content')
      ?.trim() ?? ''
  const ld = jsonLdArticle(document)
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url')
  const language = document.documentElement.getAttribute('lang')
  const parsed = new Readability(document).parse()
  const page = emptyPage()
  page.headline = str(ld?.headline) || meta('og:title') || (parsed?.title ?? '').trim()
  page.dek = str(ld?.description) || meta('og:description') || (parsed?.excerpt ?? '').trim()
  page.sections = ld !== null ? list(ld.articleSection) : list(meta('article:section'))
  const date = readPageDate(
    str(ld?.datePublished) || meta('article:published_time') || (parsed?.publishedTime ?? ''),
  )
  page.publishedAt = date?.at ?? null
  page.datePrecision = date?.precision ?? null
  const author = str(ld?.author) || meta('author') || (parsed?.byline ?? '').trim()
  page.author = author === '' ? null : { name: author, bio: '' }
  const image = ld?.image
  page.heroUrl =
    str(
      typeof image === 'object' && image !== null && !Array.isArray(image)
        ? (image as Json).url
        : image,
    ) || meta('og:image')
  page.heroCaption = typeof image === 'object' && image !== null ? str((image as Json).caption) : ''
  page.heroCredit =
    typeof image === 'object' && image !== null
      ? str((image as Json).creditText ?? (image as Json).copyrightHolder)
      : ''
  page.bodyHtml = parsed?.content ?? ''
  page.canonicalUrl = /^https?:\/\//.test(canonical) ? canonical : null
  page.language = language !== null && language !== '' ? language : null
  return page
}
