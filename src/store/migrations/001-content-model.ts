import type { Kysely } from 'kysely'
import type { Dialect } from '../dialects/dialect.js'

/** The first content model of DESIGN.md, on both databases. */
export function contentModel(dialect: Dialect) {
  const ts = dialect.timestampType
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .addColumn('disabled_at', ts)
        .execute()

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('expires_at', ts, (c) => c.notNull())
        .addColumn('last_seen_at', ts, (c) => c.notNull())
        .addColumn('revoked_at', ts)
        .addColumn('ip', 'text')
        .addColumn('user_agent', 'text')
        .execute()
      await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute()

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('last_used_at', ts)
        .addColumn('revoked_at', ts)
        .execute()

      await db.schema
        .createTable('audit_log')
        .addColumn('id', dialect.name === 'sqlite' ? 'integer' : 'bigserial', (c) => c.primaryKey())
        .addColumn('at', ts, (c) => c.notNull())
        .addColumn('actor_user_id', 'text')
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject_type', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text')
        .addColumn('detail', 'text')
        .addColumn('ip', 'text')
        .execute()
      await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute()
      await db.schema
        .createIndex('audit_log_subject_idx')
        .on('audit_log')
        .columns(['subject_type', 'subject_id'])
        .execute()

      await db.schema
        .createTable('media')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('storage_key', 'text', (c) => c.notNull())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('width', 'integer')
        .addColumn('height', 'integer')
        .addColumn('sha256', 'text', (c) => c.notNull().unique())
        .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('credit', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('copyright', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('focal_x', 'real', (c) => c.notNull().defaultTo(0.5))
        .addColumn('focal_y', 'real', (c) => c.notNull().defaultTo(0.5))
        .addColumn('source_url', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .execute()

      await db.schema
        .createTable('authors')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('photo_media_id', 'text', (c) => c.references('media.id').onDelete('set null'))
        .addColumn('links', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('user_id', 'text', (c) => c.unique().references('users.id').onDelete('set null'))
        .addColumn('is_wire', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('sections')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('parent_id', 'text', (c) => c.references('sections.id').onDelete('restrict'))
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('tags')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()

      await createArticles(db, ts)
      await dialect.createSearchIndex(db)
    },
  }
}

async function createArticles(db: Kysely<unknown>, ts: 'text' | 'timestamptz'): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('article'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('dek', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('excerpt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('hero_media_id', 'text', (c) => c.references('media.id').onDelete('restrict'))
    .addColumn('hero_caption', 'text')
    .addColumn('hero_credit', 'text')
    .addColumn('primary_section_id', 'text', (c) =>
      c.references('sections.id').onDelete('set null'),
    )
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('edited_at', ts, (c) => c.notNull())
    .addColumn('published_at', ts)
    .addColumn('updated_at', ts)
    .addColumn('scheduled_at', ts)
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('seo_title', 'text')
    .addColumn('seo_description', 'text')
    .addColumn('canonical_url', 'text')
    .addColumn('noindex', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('language', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute()
  // Keyset pagination over the news flow: newest first, id as the tie-breaker.
  await db.schema
    .createIndex('articles_status_published_idx')
    .on('articles')
    .columns(['status', 'published_at', 'id'])
    .execute()
  await db.schema
    .createIndex('articles_status_scheduled_idx')
    .on('articles')
    .columns(['status', 'scheduled_at'])
    .execute()
  await db.schema
    .createIndex('articles_edited_idx')
    .on('articles')
    .columns(['edited_at', 'id'])
    .execute()

  for (const [table, column, target] of [
    ['article_sections', 'section_id', 'sections.id'],
    ['article_tags', 'tag_id', 'tags.id'],
    ['article_authors', 'author_id', 'authors.id'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('article_id', 'text', (c) =>
        c.notNull().references('articles.id').onDelete('cascade'),
      )
      .addColumn(column, 'text', (c) => c.notNull().references(target).onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['article_id', column])
      .execute()
    await db.schema
      .createIndex(`${table}_${column}_idx`)
      .on(table)
      .columns([column, 'article_id'])
      .execute()
  }

  await db.schema
    .createTable('revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addUniqueConstraint('revisions_article_revision_uq', ['article_id', 'revision'])
    .execute()

  await db.schema
    .createTable('corrections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute()
  await db.schema
    .createIndex('corrections_article_idx')
    .on('corrections')
    .columns(['article_id', 'created_at'])
    .execute()
  await db.schema
    .createIndex('corrections_created_idx')
    .on('corrections')
    .columns(['created_at', 'id'])
    .execute()

  await db.schema
    .createTable('redirects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('from_path', 'text', (c) => c.notNull().unique())
    .addColumn('to_path', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull().defaultTo(301))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute()
}
