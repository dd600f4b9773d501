import type { WorkType } from './attribution.js'
import type { Attribution, StorySource } from './attribution.js'
import type { BlockDocument } from './block-document.js'
import type { ArticleStatus } from './workflow.js'

/** A post is an `article` (dated, in the news flow) or a static `page` (About us, Contact). */
export type ArticleKind = 'article' | 'page'

/** A named link to a section, tag or author, as an article lists them (in byline order). */
export interface Ref {
  id: string
  slug: string
  name: string
}

export interface Hero {
  mediaId: string
  caption: string | null
  credit: string | null
}

export interface Article {
  id: string
  kind: ArticleKind
  slug: string
  status: ArticleStatus
  headline: string
  dek: string
  body: BlockDocument
  bodyText: string
  excerpt: string
  hero: Hero | null
  primarySectionId: string | null
  sections: Ref[]
  tags: Ref[]
  authors: Ref[]
  createdAt: string
  editedAt: string
  publishedAt: string | null
  updatedAt: string | null
  scheduledAt: string | null
  revision: number
  seoTitle: string | null
  seoDescription: string | null
  canonicalUrl: string | null
  noindex: boolean
  language: string | null
  createdBy: string | null
  /** The type of work (news, opinion, sponsored …): a label for readers, the JSON-LD type. */
  workType: WorkType
  /** Where the story was reported from ("KYIV"), printed before the first paragraph. */
  dateline: string | null
  /**
   * 'day' when an import's source gave the publication date without a time: readers see the date
   * alone. Absent when `publishedAt` is exact.
   */
  publishedPrecision?: 'day'
  /** Who said what in the story (docs/attribution.md). */
  attributions: Attribution[]
  /** What the story relies on. */
  sources: StorySource[]
}

/**
 * An article without its body and tags: what lists, related stories and search results show.
 * Reading bodies for every story on a home page was most of its database time and its garbage.
 */
export type ArticleCard = Omit<Article, 'body' | 'bodyText' | 'tags' | 'attributions' | 'sources'>

/** The editable fields of an article, as a save or create sends them. */
export interface ArticleFields {
  headline: string
  dek: string
  body: BlockDocument
  excerpt: string
  slug: string
  hero: Hero | null
  sectionIds: string[]
  tagIds: string[]
  authorIds: string[]
  seoTitle: string | null
  seoDescription: string | null
  canonicalUrl: string | null
  noindex: boolean
  language: string | null
  workType: WorkType
  dateline: string | null
  attributions: Attribution[]
  sources: StorySource[]
}

/** What a revision keeps: every editable field, so any revision can be restored in full. */
export type RevisionSnapshot = ArticleFields & { status: ArticleStatus }

export const correctionKinds = ['correction', 'update', 'clarification'] as const
export type CorrectionKind = (typeof correctionKinds)[number]

/** An earlier wording of a correction, and when the next one replaced it. */
export interface CorrectionVersion {
  text: string
  replacedAt: string
}

/**
 * A public, dated note on a published story. Editors may reword it (the earlier wordings stay
 * public as its history) or withdraw it with a public note; it is never deleted.
 */
export interface Correction {
  id: string
  articleId: string
  kind: CorrectionKind
  text: string
  createdAt: string
  editedAt: string | null
  /** Earlier wordings, oldest first. */
  history: CorrectionVersion[]
  withdrawn: { at: string; note: string } | null
}

/** Why an editor sent a story back to its writer: shown to the newsroom until the next submit. */
export interface ReturnNote {
  text: string
  /** The editor's name. */
  by: string
  at: string
}

export interface Revision {
  id: string
  articleId: string
  revision: number
  snapshot: RevisionSnapshot
  createdAt: string
  actorUserId: string | null
  actorName: string
}

/** The editable fields of an article as they stand, for a revision snapshot. */
export function snapshotOf(article: Article): RevisionSnapshot {
  return {
    status: article.status,
    headline: article.headline,
    dek: article.dek,
    body: article.body,
    excerpt: article.excerpt,
    slug: article.slug,
    hero: article.hero,
    sectionIds: article.sections.map((s) => s.id),
    tagIds: article.tags.map((t) => t.id),
    authorIds: article.authors.map((a) => a.id),
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    canonicalUrl: article.canonicalUrl,
    noindex: article.noindex,
    language: article.language,
    workType: article.workType,
    dateline: article.dateline,
    attributions: article.attributions,
    sources: article.sources,
  }
}

export const articleLimits = {
  headline: 300,
  dek: 600,
  excerpt: 1000,
  seoTitle: 200,
  seoDescription: 400,
  returnNote: 2000,
  correction: 4000,
  withdrawalNote: 2000,
  dateline: 80,
}
