/** `masthead import article FILE…`: saved article pages (HTML, or their text) as articles. */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Block, BlockDocument } from '../../domain/block-document.js'
import { parseDocument } from '../../domain/block-document.js'
import { InvalidInputError } from '../../domain/errors.js'
import type { Actor } from '../../domain/roles.js'
import { slugify } from '../../domain/slug.js'
import type { Services } from '../../services/index.js'
import type { ImportWriter } from '../../services/import/import-batch.js'
import type { ImportReport } from '../../services/import/report.js'
import { countSkip, countWarning, emptyReport } from '../../services/import/report.js'
import { htmlToBlocks } from '../../domain/html-to-blocks.js'
import { articleFromHtml } from './from-html.js'
import { articleFromText } from './from-text.js'
import type { PageArticle } from './page-article.js'
import type { Section } from '../../domain/taxonomy.js'
import { placeLabels } from './section-labels.js'

const source = 'article-page'

/** A page in which no headline was found: skipped, and warned about. */
class NoHeadlineError extends InvalidInputError {}

/** How pages are imported (`masthead import article` flags). */
export interface PageImportOptions {
  dryRun?: boolean
  /** Publish dated pages on their date; without it every page comes in as a draft to review. */
  publish?: boolean
  /** Section labels that match no section become tags instead of new sections. */
  labelsAsTags?: boolean
  onProgress?: (done: number, total: number) => void
}

/** Reads a page file (gzip allowed) and tells HTML from text. Throws InvalidInputError. */
export async function readPage(file: string): Promise<PageArticle> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes)
  } catch (error) {
    throw new InvalidInputError(`Cannot read ${file}: ${(error as Error).message}.`, [], {
      cause: error,
    })
  }
  if (bytes.includes(0)) throw new InvalidInputError(`${file} is not a text or HTML file.`)
  const text = bytes.toString('utf8')
  const isHtml =
    /^\s*(?:<!doctype html|<html|<head|<body|<meta|<!--)/i.test(text) || /<\/p>|<\/div>/i.test(text)
  const page = isHtml ? articleFromHtml(text) : articleFromText(text)
  if (page.headline === '')
    throw new NoHeadlineError(`${file}: no headline found; is it an article page?`)
  return page
}

/** Text paragraphs as blocks; a paragraph that is one quotation becomes a quote. */
export function paragraphsToBlocks(paragraphs: readonly string[]): BlockDocument {
  const content: Block[] = paragraphs
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((text) =>
      /^[“"«].+[”"»]$/u.test(text) && !/[”"»].*[“"«]/u.test(text.slice(1, -1))
        ? {
            type: 'blockquote',
            content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
          }
        : { type: 'paragraph', content: [{ type: 'text', text }] },
    )
  return parseDocument({ type: 'doc', content })
}

/** Reports what the page lacks or what was left of it: nothing missing, no warning. */
function warnMissing(w: ImportWriter, page: PageArticle, file: string): void {
  if (page.author === null) w.warn('no-byline', `${file}: no byline or author found`)
  if (page.publishedAt === null) w.warn('no-date', `${file}: no publication date found`)
  for (const line of page.leftOut) w.warn('left-out', `${file}: left out the line “${line}”`)
}

async function writePage(
  w: ImportWriter,
  page: PageArticle,
  file: string,
  options: PageImportOptions & { sections: readonly Section[] },
): Promise<void> {
  const externalId =
    page.canonicalUrl ?? `${slugify(page.headline)}:${page.publishedAt ?? basename(file)}`
  const labels = await placeLabels(w, {
    labels: page.sections,
    existing: options.sections,
    asTags: options.labelsAsTags === true,
    file,
  })
  const authors: string[] = []
  if (page.author !== null)
    authors.push(
      (
        await w.author({
          externalId: slugify(page.author.name),
          name: page.author.name,
          bio: page.author.bio,
        })
      ).slug,
    )
  // No picture, no hero: a credit without one is reported, never a picture that is not there.
  const hasHero = page.heroUrl !== ''
  if (!hasHero && page.heroCredit !== '')
    w.warn('credit-without-picture', `${file}: credit “${page.heroCredit}” has no picture; no hero`)
  warnMissing(w, page, file)
  const status = page.publishedAt !== null && options.publish === true ? 'published' : 'draft'
  const hero = hasHero
    ? await w.media({
        externalId: page.heroUrl || `${externalId}#hero`,
        url: /^https?:\/\//.test(page.heroUrl) ? page.heroUrl : '',
        caption: page.heroCaption,
        credit: page.heroCredit,
      })
    : null
  await w.article({
    externalId,
    kind: 'article',
    status,
    headline: page.headline,
    dek: page.dek,
    body:
      page.bodyHtml !== null
        ? htmlToBlocks(page.bodyHtml, { warn: (k, d) => w.warn(k, `${file}: ${d}`) })
        : paragraphsToBlocks(page.paragraphs),
    sections: labels.sections,
    tags: labels.tags,
    authors,
    hero:
      hero === null
        ? null
        : { mediaId: hero.id, caption: page.heroCaption || null, credit: page.heroCredit || null },
    publishedAt: status === 'published' ? page.publishedAt : null,
    publishedPrecision: page.datePrecision === 'day' ? 'day' : null,
    createdAt: page.publishedAt,
    canonicalUrl: page.canonicalUrl,
    language: page.language,
  })
}

/** Imports each page in its own transaction; a page that cannot be read is skipped with its reason. */
export async function importArticlePages(
  services: Services,
  actor: Actor,
  files: readonly string[],
  options: PageImportOptions = {},
): Promise<ImportReport> {
  const report = emptyReport(options.dryRun ?? false)
  for (const [i, file] of files.entries()) {
    let page: PageArticle
    try {
      page = await readPage(file)
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error
      countSkip(report, error.message)
      if (error instanceof NoHeadlineError) countWarning(report, 'no-headline', error.message)
      continue
    }
    const sections = await services.taxonomy.listSections()
    await services.imports.importBatch({
      actor,
      source,
      dryRun: report.dryRun,
      report,
      body: (w) => writePage(w, page, file, { ...options, sections }),
    })
    options.onProgress?.(i + 1, files.length)
  }
  return report
}
