/**
 * Row types of every table, as Kysely sees them. Dates are ISO-8601 UTC strings on both
 * databases (PostgreSQL timestamptz values are parsed back to ISO strings in its dialect);
 * booleans are 0/1 integers; JSON is stored as text.
 */
import type { Generated } from 'kysely'

export interface SettingsTable {
  key: string
  value: string
}

export interface UsersTable {
  id: string
  email: string
  name: string
  role: string
  password_hash: string | null
  created_at: string
  updated_at: string
  disabled_at: string | null
  must_change_password: Generated<number>
}

export interface SessionsTable {
  id: string // sha256 of the cookie value
  user_id: string
  csrf_token: string
  created_at: string
  expires_at: string
  last_seen_at: string
  revoked_at: string | null
  ip: string | null
  user_agent: string | null
}

export interface ApiTokensTable {
  id: string
  user_id: string
  name: string
  token_hash: string
  role: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  actor_user_id: string | null
  actor_name: string
  action: string
  subject_type: string
  subject_id: string | null
  detail: string | null
  ip: string | null
}

export interface AuthorsTable {
  id: string
  slug: string
  name: string
  bio: string
  photo_media_id: string | null
  links: string
  user_id: string | null
  is_wire: number
  created_at: string
  updated_at: string
  job_title: string | null
  /** JSON list of subjects (migration 014). */
  expertise: Generated<string>
  /** JSON list of http(s) URLs of the same person elsewhere (migration 014). */
  profile_links: Generated<string>
}

export interface SectionsTable {
  id: string
  slug: string
  name: string
  description: string
  parent_id: string | null
  position: number
  created_at: string
  updated_at: string
}

export interface TagsTable {
  id: string
  slug: string
  name: string
  created_at: string
}

export interface MediaTable {
  id: string
  storage_key: string
  mime: string
  size: number
  width: number | null
  height: number | null
  sha256: string
  alt: string
  caption: string
  credit: string
  copyright: string
  focal_x: number
  focal_y: number
  source_url: string | null
  created_at: string
  created_by: string | null
}

export interface ArticlesTable {
  id: string
  kind: string
  slug: string
  status: string
  headline: string
  dek: string
  body: string
  body_text: string
  excerpt: string
  hero_media_id: string | null
  hero_caption: string | null
  hero_credit: string | null
  primary_section_id: string | null
  created_at: string
  edited_at: string
  published_at: string | null
  updated_at: string | null
  scheduled_at: string | null
  revision: number
  seo_title: string | null
  seo_description: string | null
  canonical_url: string | null
  noindex: number
  language: string | null
  created_by: string | null
  /** news, analysis, opinion, review, explainer or sponsored (migration 014). */
  work_type: Generated<string>
  dateline: string | null
  /** 'day' when only the date of publication is known (migration 017), else null. */
  published_precision: string | null
  /** The article's sections, in order, as JSON `[[id, slug, name], …]` (see article-refs.ts). */
  section_refs: Generated<string>
  /** Its tags, likewise. */
  tag_refs: Generated<string>
  /** Its bylines, likewise. */
  author_refs: Generated<string>
  /** Its attributions as JSON (migration 012). */
  attributions: Generated<string>
  /** Its sources as JSON (migration 012). */
  sources: Generated<string>
}

interface ArticleLinksTable {
  article_id: string
  position: number
}
export interface ArticleSectionsTable extends ArticleLinksTable {
  section_id: string
}
export interface ArticleTagsTable extends ArticleLinksTable {
  tag_id: string
}
export interface ArticleAuthorsTable extends ArticleLinksTable {
  author_id: string
}

/**
 * The public news flow, denormalised for keyset pagination: one row per published article and
 * list it appears in (`all`, `section:ID` for its sections and their ancestors, `tag:ID`,
 * `author:ID`), so every list page is one index range, page 500 as cheap as page 1.
 */
export interface ArticleFeedTable {
  list_key: string
  published_at: string
  article_id: string
}

export interface RevisionsTable {
  id: string
  article_id: string
  revision: number
  snapshot: string
  created_at: string
  actor_user_id: string | null
  actor_name: string
}

export interface CorrectionsTable {
  id: string
  article_id: string
  kind: string
  text: string
  created_at: string
  created_by: string | null
  edited_at: string | null
  withdrawn_at: string | null
  withdrawn_note: string | null
  withdrawn_by: string | null
}

/** Each earlier wording of a correction, with the time the next one replaced it. */
export interface CorrectionVersionsTable {
  id: string
  correction_id: string
  text: string
  replaced_at: string
  replaced_by: string | null
}

/** Why an editor returned a story to its writer, until the story moves on. */
export interface ReturnNotesTable {
  article_id: string
  text: string
  by_user_id: string | null
  by_name: string
  created_at: string
}

export interface RedirectsTable {
  id: string
  from_path: string
  to_path: string
  status_code: number
  source: string
  created_at: string
}

/** Failed sign-ins per account (`account:EMAIL`) or address (`ip:ADDR`) in the current window. */
export interface LoginThrottleTable {
  key: string
  failures: number
  window_start: string
  blocked_until: string | null
}

/** Single-use links: invitations and password resets, by the SHA-256 of the token. */
export interface AccountTokensTable {
  id: string
  kind: string
  user_id: string
  token_hash: string
  created_at: string
  expires_at: string
  used_at: string | null
  created_by: string | null
}

export interface ImportSourcesTable {
  source: string
  kind: string
  external_id: string
  target_id: string
  fingerprint: string
  created_at: string
  updated_at: string
}

export interface ImportedCommentsTable {
  id: string
  source: string
  external_id: string
  article_id: string
  data: string
  created_at: string
}

/** SQLite only: the FTS5 table (PostgreSQL keeps a generated tsvector on `articles`). */
export interface ArticlesFtsTable {
  article_id: string
  headline: string
  dek: string
  body_text: string
}

/** A link showing an outside reader a story's latest saved version (the secret kept hashed). */
export interface ShareLinksTable {
  id: string
  article_id: string
  token_hash: string
  created_by: string | null
  created_at: string
  expires_at: string
  revoked_at: string | null
}

/** Who has a story open in the editor, refreshed by heartbeats. */
export interface ArticlePresenceTable {
  article_id: string
  user_id: string
  name: string
  since: string
  last_seen_at: string
}

/** A curated document's current version (a front, the banner, a menu), its value JSON. */
export interface CurationTable {
  key: string
  revision: number
  value: string
  saved_at: string
  saved_by: string | null
  saved_by_name: string
}

export interface AttributionSuggestionsTable {
  id: string
  article_id: string
  position: number
  status: string
  origin: string
  speaker_name: string | null
  role: string | null
  sourcing: string
  relayed: string | null
  description: string | null
  quote: string | null
  trigger: string
  block: number
  start_offset: number
  end_offset: number
  created_at: string
  decided_at: string | null
  decided_by: string | null
}

export interface Database {
  settings: SettingsTable
  users: UsersTable
  sessions: SessionsTable
  api_tokens: ApiTokensTable
  audit_log: AuditLogTable
  authors: AuthorsTable
  sections: SectionsTable
  tags: TagsTable
  media: MediaTable
  articles: ArticlesTable
  article_sections: ArticleSectionsTable
  article_tags: ArticleTagsTable
  article_authors: ArticleAuthorsTable
  article_feed: ArticleFeedTable
  revisions: RevisionsTable
  corrections: CorrectionsTable
  correction_versions: CorrectionVersionsTable
  return_notes: ReturnNotesTable
  redirects: RedirectsTable
  articles_fts: ArticlesFtsTable
  login_throttle: LoginThrottleTable
  account_tokens: AccountTokensTable
  import_sources: ImportSourcesTable
  imported_comments: ImportedCommentsTable
  share_links: ShareLinksTable
  article_presence: ArticlePresenceTable
  curation: CurationTable
  curation_revisions: CurationTable
  attribution_suggestions: AttributionSuggestionsTable
  entities: EntitiesTable
}

/** People and organisations stories quote (migration 012). */
export interface EntitiesTable {
  id: string
  kind: string
  name: string
  /** JSON array of strings. */
  aliases: string
  description: string | null
  wikidata_id: string | null
  merged_into: string | null
  /** Name and aliases folded (lower case, no diacritics), one per line. */
  search_key: string
  created_at: string
  updated_at: string
}
