import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type { Dialect } from '../dialects/dialect.js'

/** The denormalised news flow behind every public list (see ArticleFeedTable), filled from existing rows. */
export function articleFeed(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('article_feed')
        .addColumn('list_key', 'text', (c) => c.notNull())
        .addColumn('published_at', dialect.timestampType, (c) => c.notNull())
        .addColumn('article_id', 'text', (c) =>
          c.notNull().references('articles.id').onDelete('cascade'),
        )
        .addPrimaryKeyConstraint('article_feed_pk', ['list_key', 'published_at', 'article_id'])
        .execute()
      await db.schema
        .createIndex('article_feed_article_idx')
        .on('article_feed')
        .column('article_id')
        .execute()
      const live = sql`FROM articles a WHERE a.status = 'published' AND a.kind = 'article' AND a.published_at IS NOT NULL`
      await sql`INSERT INTO article_feed (list_key, published_at, article_id) SELECT 'all', a.published_at, a.id ${live}`.execute(
        db,
      )
      await sql`INSERT INTO article_feed (list_key, published_at, article_id)
        SELECT DISTINCT 'section:' || x.id, a.published_at, a.id
        FROM articles a JOIN article_sections s ON s.article_id = a.id
        JOIN (WITH RECURSIVE up(start, id) AS (
                SELECT id, id FROM sections
                UNION ALL SELECT up.start, p.parent_id FROM up JOIN sections p ON p.id = up.id WHERE p.parent_id IS NOT NULL)
              SELECT start, id FROM up) x ON x.start = s.section_id
        WHERE a.status = 'published' AND a.kind = 'article' AND a.published_at IS NOT NULL`.execute(
        db,
      )
      await sql`INSERT INTO article_feed (list_key, published_at, article_id)
        SELECT 'tag:' || t.tag_id, a.published_at, a.id FROM articles a JOIN article_tags t ON t.article_id = a.id
        WHERE a.status = 'published' AND a.kind = 'article' AND a.published_at IS NOT NULL`.execute(
        db,
      )
      await sql`INSERT INTO article_feed (list_key, published_at, article_id)
        SELECT 'author:' || w.author_id, a.published_at, a.id FROM articles a JOIN article_authors w ON w.article_id = a.id
        WHERE a.status = 'published' AND a.kind = 'article' AND a.published_at IS NOT NULL`.execute(
        db,
      )
    },
  }
}
