import type { Kysely } from 'kysely'
import type { Database } from './schema.js'

type Db = Kysely<Database>

/** A published article as sitemaps list it: enough for the URL, dates and image entries. */
export interface ListedArticle {
  id: string
  kind: 'article' | 'page'
  slug: string
  headline: string
  publishedAt: string
  updatedAt: string | null
  heroMediaId: string | null
  primarySectionSlug: string | null
  language: string | null
}

/** Read-only listings of published content for sitemaps (index scans, no article bodies). */
export function publicListingsRepo(db: Db) {
  const listed = () =>
    db
      .selectFrom('articles as a')
      .leftJoin('sections as s', 's.id', 'a.primary_section_id')
      .select([
        'a.id',
        'a.kind',
        'a.slug',
        'a.headline',
        'a.published_at',
        'a.updated_at',
        'a.hero_media_id',
        's.slug as section_slug',
        'a.language',
      ])
      .where('a.status', '=', 'published')
      .where('a.noindex', '=', 0)
      .where('a.published_at', 'is not', null)
  const map = (r: {
    id: string
    kind: string
    slug: string
    headline: string
    published_at: string | null
    updated_at: string | null
    hero_media_id: string | null
    section_slug: string | null
    language: string | null
  }): ListedArticle => ({
    id: r.id,
    kind: r.kind === 'page' ? 'page' : 'article',
    slug: r.slug,
    headline: r.headline,
    publishedAt: String(r.published_at),
    updatedAt: r.updated_at === null ? null : String(r.updated_at),
    heroMediaId: r.hero_media_id,
    primarySectionSlug: r.section_slug,
    language: r.language,
  })
  return {
    /** Published, indexable instants (publication and update) oldest first, for grouping by month. */
    async publishedTimes(): Promise<{ publishedAt: string; updatedAt: string | null }[]> {
      const rows = await db
        .selectFrom('articles')
        .select(['published_at', 'updated_at'])
        .where('status', '=', 'published')
        .where('noindex', '=', 0)
        .where('published_at', 'is not', null)
        .orderBy('published_at')
        .execute()
      return rows.map((r) => ({
        publishedAt: String(r.published_at),
        updatedAt: r.updated_at === null ? null : String(r.updated_at),
      }))
    },

    /** Published articles with `from <= published_at < to`, oldest first, one page by offset. */
    async publishedBetween(
      from: string,
      to: string,
      limit: number,
      offset: number,
    ): Promise<ListedArticle[]> {
      const rows = await listed()
        .where('a.published_at', '>=', from)
        .where('a.published_at', '<', to)
        .orderBy('a.published_at')
        .orderBy('a.id')
        .limit(limit)
        .offset(offset)
        .execute()
      return rows.map(map)
    },

    /** Sections and authors with the newest publication date among their stories. */
    async lastPublishedBy(link: 'sections' | 'authors'): Promise<Map<string, string>> {
      const rows =
        link === 'sections'
          ? await db
              .selectFrom('article_sections as l')
              .innerJoin('articles as a', 'a.id', 'l.article_id')
              .select(['l.section_id as owner', (eb) => eb.fn.max('a.published_at').as('at')])
              .where('a.status', '=', 'published')
              .groupBy('l.section_id')
              .execute()
          : await db
              .selectFrom('article_authors as l')
              .innerJoin('articles as a', 'a.id', 'l.article_id')
              .select(['l.author_id as owner', (eb) => eb.fn.max('a.published_at').as('at')])
              .where('a.status', '=', 'published')
              .groupBy('l.author_id')
              .execute()
      return new Map(rows.flatMap((r) => (r.at === null ? [] : [[r.owner, String(r.at)]])))
    },
  }
}

export type PublicListingsRepo = ReturnType<typeof publicListingsRepo>
