import type { Kysely } from 'kysely'
import type { ArticleKind } from '../domain/article.js'
import type { Attribution } from '../domain/attribution.js'
import type { BlockDocument } from '../domain/block-document.js'
import type { Database } from './schema.js'

type Db = Kysely<Database>

/** A published story as the sourcing report reads it. */
export interface SourcingRow {
  id: string
  kind: ArticleKind
  slug: string
  headline: string
  publishedAt: string
  sections: { id: string; slug: string }[]
  body: BlockDocument
  attributions: Attribution[]
}

/** Reads behind the desk's sourcing report. */
export function attributionReadsRepo(db: Db) {
  return {
    /** Published stories (newest first, at most `scan`), published at or after `since` when given. */
    async published(since: string | null, scan: number): Promise<SourcingRow[]> {
      let q = db
        .selectFrom('articles')
        .select([
          'id',
          'kind',
          'slug',
          'headline',
          'published_at',
          'section_refs',
          'body',
          'attributions',
        ])
        .where('status', '=', 'published')
        .where('kind', '=', 'article')
        .orderBy('published_at', 'desc')
        .orderBy('id', 'desc')
        .limit(scan)
      if (since !== null) q = q.where('published_at', '>=', since)
      return (await q.execute()).map((r) => ({
        id: r.id,
        kind: r.kind as ArticleKind,
        slug: r.slug,
        headline: r.headline,
        publishedAt: r.published_at ?? '',
        sections: (JSON.parse(r.section_refs) as [string, string, string][]).map(([id, slug]) => ({
          id,
          slug,
        })),
        body: JSON.parse(r.body) as BlockDocument,
        attributions: JSON.parse(r.attributions) as Attribution[],
      }))
    },
  }
}
