import type { Selectable } from 'kysely'
import type { Article, ArticleCard, ArticleKind, Ref } from '../domain/article.js'
import { isWorkType } from '../domain/attribution.js'
import type { Attribution, StorySource } from '../domain/attribution.js'
import type { BlockDocument } from '../domain/block-document.js'
import type { ArticleStatus } from '../domain/workflow.js'
import type { ArticlesTable } from './schema.js'

type Row = Selectable<ArticlesTable>

type Refs = { sections: Ref[]; tags: Ref[]; authors: Ref[] }

/** The columns of an article row except the body and its text: what a card needs. */
export const cardColumns = [
  'id',
  'kind',
  'slug',
  'status',
  'headline',
  'dek',
  'excerpt',
  'hero_media_id',
  'hero_caption',
  'hero_credit',
  'primary_section_id',
  'created_at',
  'edited_at',
  'published_at',
  'updated_at',
  'scheduled_at',
  'revision',
  'seo_title',
  'seo_description',
  'canonical_url',
  'noindex',
  'language',
  'created_by',
  'work_type',
  'dateline',
  'published_precision',
] as const satisfies readonly (keyof Row)[]

export type CardRow = Pick<Row, (typeof cardColumns)[number]>

/** An article row without its body, and its links, as the domain's ArticleCard. */
export function rowToCard(r: CardRow, refs: Omit<Refs, 'tags'>): ArticleCard {
  return {
    id: r.id,
    kind: r.kind as ArticleKind,
    slug: r.slug,
    status: r.status as ArticleStatus,
    headline: r.headline,
    dek: r.dek,
    excerpt: r.excerpt,
    hero:
      r.hero_media_id === null
        ? null
        : { mediaId: r.hero_media_id, caption: r.hero_caption, credit: r.hero_credit },
    primarySectionId: r.primary_section_id,
    sections: refs.sections,
    authors: refs.authors,
    createdAt: r.created_at,
    editedAt: r.edited_at,
    publishedAt: r.published_at,
    updatedAt: r.updated_at,
    scheduledAt: r.scheduled_at,
    revision: r.revision,
    seoTitle: r.seo_title,
    seoDescription: r.seo_description,
    canonicalUrl: r.canonical_url,
    noindex: r.noindex === 1,
    language: r.language,
    createdBy: r.created_by,
    workType: isWorkType(r.work_type) ? r.work_type : 'news',
    dateline: r.dateline,
    ...(r.published_precision === 'day' ? { publishedPrecision: 'day' as const } : {}),
  }
}

/** An article row and its links as the domain's Article. */
export function rowToArticle(r: Row, refs: Refs): Article {
  return {
    ...rowToCard(r, refs),
    tags: refs.tags,
    body: JSON.parse(r.body) as BlockDocument,
    bodyText: r.body_text,
    attributions: JSON.parse(r.attributions) as Attribution[],
    sources: JSON.parse(r.sources) as StorySource[],
  }
}

/** An article as the columns it writes; its refs are computed from its links (article-refs.ts). */
export function articleToRow(a: Article): Omit<Row, 'section_refs' | 'tag_refs' | 'author_refs'> {
  return {
    id: a.id,
    kind: a.kind,
    slug: a.slug,
    status: a.status,
    headline: a.headline,
    dek: a.dek,
    body: JSON.stringify(a.body),
    body_text: a.bodyText,
    excerpt: a.excerpt,
    hero_media_id: a.hero?.mediaId ?? null,
    hero_caption: a.hero?.caption ?? null,
    hero_credit: a.hero?.credit ?? null,
    primary_section_id: a.sections[0]?.id ?? null,
    created_at: a.createdAt,
    edited_at: a.editedAt,
    published_at: a.publishedAt,
    updated_at: a.updatedAt,
    scheduled_at: a.scheduledAt,
    revision: a.revision,
    seo_title: a.seoTitle,
    seo_description: a.seoDescription,
    canonical_url: a.canonicalUrl,
    noindex: a.noindex ? 1 : 0,
    language: a.language,
    created_by: a.createdBy,
    work_type: a.workType,
    dateline: a.dateline,
    published_precision: a.publishedAt !== null && a.publishedPrecision === 'day' ? 'day' : null,
    attributions: JSON.stringify(a.attributions),
    sources: JSON.stringify(a.sources),
  }
}
