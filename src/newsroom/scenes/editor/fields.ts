/**
 * The editable fields of a story as the editor holds them, and their mapping to and from the
 * API's article JSON. What `PATCH /api/v1/articles/{id}` takes: sections and authors by slug,
 * tags by name (created on first use), the body as our block document.
 */
import type { BlockDocument } from '../../../domain/block-document.js'
import { articleLimits } from '../../../domain/article.js'
import type { Attribution, StorySource, WorkType } from '../../../domain/attribution.js'
import { documentText, isHttpUrl } from '../../../domain/block-document.js'
import { sendableAttributions, sendableSources } from './attribution/sendable'

export { articleLimits }

export interface HeroFields {
  mediaId: string
  caption: string | null
  credit: string | null
}

export interface StoryFields {
  kind: 'article' | 'page'
  headline: string
  dek: string
  body: BlockDocument
  excerpt: string
  slug: string
  sections: string[]
  tags: string[]
  authors: string[]
  hero: HeroFields | null
  seoTitle: string | null
  seoDescription: string | null
  canonicalUrl: string | null
  noindex: boolean
  language: string | null
  /** The trust label (docs/attribution.md, "Trust labels") and the place the story was filed. */
  workType: WorkType
  dateline: string | null
  /** Who said what (docs/attribution.md); sign-offs are the server's, never sent as edits. */
  attributions: Attribution[]
  sources: StorySource[]
}

/** The parts of the API's article JSON the editor reads. */
export interface ArticleLike {
  id: string
  kind: 'article' | 'page'
  slug: string
  status: 'draft' | 'in_review' | 'scheduled' | 'published' | 'unpublished'
  revision: number
  headline: string
  dek: string
  body: { type: 'doc'; content: unknown[] }
  excerpt: string
  hero: HeroFields | null
  sections: { slug: string; name: string }[]
  tags: { slug: string; name: string }[]
  authors: { slug: string; name: string }[]
  scheduledAt: string | null
  publishedAt: string | null
  seoTitle: string | null
  seoDescription: string | null
  canonicalUrl: string | null
  noindex: boolean
  language: string | null
  url: string | null
  workType?: WorkType
  dateline?: string | null
  returnNote?: { text: string; by?: string; at?: string } | null
  /** What the signed-in person may do with the story now (the server's workflow rules). */
  allowedActions?: string[]
  createdBy?: { id: string; name: string } | null
  attributions?: Attribution[]
  sources?: StorySource[]
}

export const emptyFields = (): StoryFields => ({
  kind: 'article',
  headline: '',
  dek: '',
  body: { type: 'doc', content: [] },
  excerpt: '',
  slug: '',
  sections: [],
  tags: [],
  authors: [],
  hero: null,
  seoTitle: null,
  seoDescription: null,
  canonicalUrl: null,
  noindex: false,
  language: null,
  workType: 'news',
  dateline: null,
  attributions: [],
  sources: [],
})

export function fieldsOf(article: ArticleLike): StoryFields {
  return {
    kind: article.kind,
    headline: article.headline,
    dek: article.dek,
    body: article.body as BlockDocument,
    excerpt: article.excerpt,
    slug: article.slug,
    sections: article.sections.map((s) => s.slug),
    tags: article.tags.map((t) => t.name),
    authors: article.authors.map((a) => a.slug),
    hero: article.hero,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    canonicalUrl: article.canonicalUrl,
    noindex: article.noindex,
    language: article.language,
    workType: article.workType ?? 'news',
    dateline: article.dateline ?? null,
    attributions: article.attributions ?? [],
    sources: article.sources ?? [],
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * The fields that differ from the base, ready for a PATCH. Empty optional texts go as null, and a
 * headline still empty is left out (the API needs one; the story keeps its working title).
 */
export function changedFields(base: StoryFields, edited: StoryFields): Partial<StoryFields> {
  const out: Partial<Record<keyof StoryFields, unknown>> = {}
  const next = {
    ...edited,
    body: sendableBody(edited.body),
    attributions: sendableAttributions(edited.attributions),
    sources: sendableSources(edited.sources),
  }
  for (const key of Object.keys(next) as (keyof StoryFields)[]) {
    if (same(base[key], next[key])) continue
    if (key === 'headline' && next.headline.trim() === '') continue
    if (key === 'slug' && next.slug.trim() === '') continue
    const value = next[key]
    out[key] =
      (key === 'seoTitle' ||
        key === 'seoDescription' ||
        key === 'canonicalUrl' ||
        key === 'language' ||
        key === 'dateline') &&
      value === ''
        ? null
        : value
  }
  return out as Partial<StoryFields>
}

export const isSame = same

/**
 * The body without a half-typed source URL: the writer sees the problem at the field, and the
 * rest of the story keeps saving meanwhile.
 */
export function sendableBody(body: BlockDocument): BlockDocument {
  const hasBadUrl = body.content.some(
    (b) =>
      b.type === 'blockquote' && b.attrs?.sourceUrl !== undefined && !isHttpUrl(b.attrs.sourceUrl),
  )
  if (!hasBadUrl) return body
  return {
    type: 'doc',
    content: body.content.map((b) => {
      if (
        b.type !== 'blockquote' ||
        b.attrs?.sourceUrl === undefined ||
        isHttpUrl(b.attrs.sourceUrl)
      )
        return b
      const { sourceUrl: _dropped, ...attrs } = b.attrs
      return Object.keys(attrs).length > 0 ? { ...b, attrs } : { type: b.type, content: b.content }
    }),
  }
}

/** The words of a version, for the conflict diff and the kept versions. */
export function plainText(fields: StoryFields): string {
  return [fields.headline, fields.dek, documentText(fields.body)]
    .filter((t) => t !== '')
    .join('\n\n')
}
