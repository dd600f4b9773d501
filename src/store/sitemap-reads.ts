import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type { WorkType } from '../domain/attribution.js'
import { isWorkType } from '../domain/attribution.js'
import { listKeyPrefix } from '../domain/lists.js'
import type { Dialect } from './dialects/dialect.js'
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
  /** Its primary section, when it has one: all its permalink needs of its sections. */
  sections: { slug: string }[]
  language: string | null
  /** Its type of work: the Google News sitemap leaves sponsored stories out. */
  workType: WorkType
}

/** Read-only listings of published content for sitemaps (index scans, no article bodies). */
export function sitemapReadsRepo(db: Db, dialect: Pick<Dialect, 'name'>) {
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
        'a.work_type',
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
    work_type: string
  }): ListedArticle => ({
    id: r.id,
    kind: r.kind === 'page' ? 'page' : 'article',
    slug: r.slug,
    headline: r.headline,
    publishedAt: String(r.published_at),
    updatedAt: r.updated_at === null ? null : String(r.updated_at),
    heroMediaId: r.hero_media_id,
    sections: r.section_slug === null ? [] : [{ slug: r.section_slug }],
    language: r.language,
    workType: isWorkType(r.work_type) ? r.work_type : 'news',
  })
  return {
    /**
     * Published, indexable stories per calendar month (UTC, `yyyy-mm`), oldest first, with the
     * month's last publication or update. Read from `articles_sitemap_idx` alone (migration 008),
     * whose condition the WHERE repeats literally.
     */
    async monthlyCounts(): Promise<{ month: string; count: number; lastmod: string }[]> {
      const rows = await monthlyCountsQuery(dialect).execute(db)
      return rows.rows.map((r) => {
        const published = String(r.published)
        const updated = r.updated === null ? null : String(r.updated)
        return {
          month: r.month,
          count: Number(r.n),
          // A story's own lastmod is its update when later than its publication; the month's is
          // the latest of those, which is the later of the two maxima.
          lastmod: updated !== null && updated > published ? updated : published,
        }
      })
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

    /**
     * Sections and authors with the newest publication among the stories their pages list (a
     * section's includes its sub-sections'): one index seek per section or author, on the news
     * flow's `(list_key, published_at, article_id)` key, instead of grouping every link.
     */
    async lastPublishedBy(link: 'sections' | 'authors'): Promise<Map<string, string>> {
      const rows = await lastPublishedQuery(link).execute(db)
      return new Map(rows.rows.flatMap((r) => (r.at === null ? [] : [[r.owner, String(r.at)]])))
    },
  }
}

/**
 * Published, indexable stories per month with their latest times, from `articles_sitemap_idx`
 * alone (exported so that its plan can be checked). SQLite's planner would rather walk the status
 * index and read every row for the other columns; INDEXED BY holds it to the index (and fails
 * loudly if the index went missing).
 */
export function monthlyCountsQuery(dialect: Pick<Dialect, 'name'>) {
  const [month, from] =
    dialect.name === 'sqlite'
      ? [sql`substr(published_at, 1, 7)`, sql`articles INDEXED BY articles_sitemap_idx`]
      : [sql`to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM')`, sql`articles`]
  return sql<{ month: string; n: number | string; published: string; updated: string | null }>`
    SELECT ${month} AS month, count(*) AS n, max(published_at) AS published,
      max(updated_at) AS updated
    FROM ${from}
    WHERE status = 'published' AND noindex = 0 AND published_at IS NOT NULL
    GROUP BY 1 ORDER BY 1`
}

/** Each section's or author's newest listed story: one seek per owner on the news flow's key. */
export function lastPublishedQuery(link: 'sections' | 'authors') {
  const [owners, prefix] =
    link === 'sections'
      ? ['sections', listKeyPrefix('section')]
      : ['authors', listKeyPrefix('author')]
  return sql<{ owner: string; at: string | null }>`
    SELECT o.id AS owner, (SELECT max(f.published_at) FROM article_feed f
      WHERE f.list_key = ${sql.lit(prefix)} || o.id) AS at
    FROM ${sql.table(owners)} o`
}
