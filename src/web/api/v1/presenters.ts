/** Domain objects → API JSON, with the schema of each shape beside its presenter. */
import type { Static } from 'typebox'
import { Type } from 'typebox'
import { originalPath } from '../../../domain/media.js'
import type { Article, Correction, ReturnNote, Revision } from '../../../domain/article.js'
import type { Settings } from '../../../domain/settings.js'
import type { ArticleViewer } from '../../../services/articles/viewer.js'
import type { Author, Section, Tag } from '../../../domain/taxonomy.js'
import type { Media } from '../../../domain/media.js'
import type { Redirect } from '../../../domain/redirects.js'
import type { User } from '../../../domain/user.js'
import type { AuditEntry, SessionRecord, TokenRecord } from '../../../services/index.js'
import type { ArticleJson, CorrectionJson, UserJson } from './schemas.js'
import { Nullable, Role } from './schemas.js'

type ArticlePath = (article: Article, settings: Settings) => string

/**
 * An article as the API shows it; `url` only once the story is live. Corrections and the return
 * note appear when given (one article's read, the workflow actions).
 */
export function presentArticle(
  article: Article,
  link: { origin: string; settings: Settings; path: ArticlePath },
  extras: {
    corrections?: Correction[]
    returnNote?: ReturnNote | null
    viewer?: ArticleViewer | undefined
  } = {},
): ArticleJson {
  const { corrections, returnNote, viewer } = extras
  const ref = ({ slug, name }: { slug: string; name: string }) => ({ slug, name })
  return {
    id: article.id,
    kind: article.kind,
    slug: article.slug,
    status: article.status,
    revision: article.revision,
    headline: article.headline,
    dek: article.dek,
    body: article.body,
    excerpt: article.excerpt,
    hero: article.hero,
    sections: article.sections.map(ref),
    tags: article.tags.map(ref),
    authors: article.authors.map(ref),
    createdAt: article.createdAt,
    editedAt: article.editedAt,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    scheduledAt: article.scheduledAt,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    canonicalUrl: article.canonicalUrl,
    noindex: article.noindex,
    language: article.language,
    workType: article.workType,
    dateline: article.dateline,
    url:
      article.status === 'published' ? `${link.origin}${link.path(article, link.settings)}` : null,
    attributions: article.attributions,
    sources: article.sources,
    ...(corrections !== undefined
      ? {
          corrections: corrections.map(presentCorrection),
        }
      : {}),
    ...(returnNote !== undefined ? { returnNote } : {}),
    ...(viewer !== undefined ? viewer : {}),
  }
}

export const presentCorrection = (c: Correction): CorrectionJson => ({
  id: c.id,
  kind: c.kind,
  text: c.text,
  createdAt: c.createdAt,
  editedAt: c.editedAt,
  history: c.history,
  withdrawn: c.withdrawn,
})

export const presentUser = (u: User): UserJson => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  createdAt: u.createdAt,
  disabled: u.disabledAt !== null,
  mustChangePassword: u.mustChangePassword,
})

export const SessionJson = Type.Object({
  id: Type.String(),
  createdAt: Type.String(),
  expiresAt: Type.String(),
  lastSeenAt: Type.String(),
  ip: Nullable(Type.String()),
  userAgent: Nullable(Type.String()),
  current: Type.Boolean(),
})
export const presentSession = (
  s: SessionRecord,
  currentId: string | null,
): Static<typeof SessionJson> => ({
  id: s.id,
  createdAt: s.createdAt,
  expiresAt: s.expiresAt,
  lastSeenAt: s.lastSeenAt,
  ip: s.ip,
  userAgent: s.userAgent,
  current: s.id === currentId,
})

export const TokenJson = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: Role,
  createdAt: Type.String(),
  lastUsedAt: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
})
export const presentToken = (t: TokenRecord): Static<typeof TokenJson> => ({
  id: t.id,
  name: t.name,
  role: t.role,
  createdAt: t.createdAt,
  lastUsedAt: t.lastUsedAt,
  revokedAt: t.revokedAt,
})

export const SectionJson = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  parent: Nullable(Type.String({ description: 'Slug of the parent section' })),
  position: Type.Integer(),
})
export const presentSection = (
  s: Section,
  all: readonly Section[],
): Static<typeof SectionJson> => ({
  id: s.id,
  slug: s.slug,
  name: s.name,
  description: s.description,
  parent: all.find((p) => p.id === s.parentId)?.slug ?? null,
  position: s.position,
})

export const TagJson = Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() })
export const presentTag = (t: Tag): Static<typeof TagJson> => ({
  id: t.id,
  slug: t.slug,
  name: t.name,
})

export const AuthorJson = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  bio: Type.String(),
  photoMediaId: Nullable(Type.String()),
  links: Type.Array(Type.Object({ label: Type.String(), url: Type.String() })),
  isWire: Type.Boolean(),
  jobTitle: Nullable(Type.String()),
  expertise: Type.Array(Type.String()),
  profileLinks: Type.Array(Type.String()),
  userId: Type.Optional(Nullable(Type.String({ description: 'Shown to the newsroom only' }))),
})
export const presentAuthor = (a: Author, isNewsroom: boolean): Static<typeof AuthorJson> => ({
  id: a.id,
  slug: a.slug,
  name: a.name,
  bio: a.bio,
  photoMediaId: a.photoMediaId,
  links: a.links,
  isWire: a.isWire,
  jobTitle: a.jobTitle,
  expertise: a.expertise,
  profileLinks: a.profileLinks,
  ...(isNewsroom ? { userId: a.userId } : {}),
})

export const RevisionJson = Type.Object({
  revision: Type.Integer(),
  status: Type.String(),
  headline: Type.String(),
  createdAt: Type.String(),
  actorUserId: Nullable(Type.String()),
  actorName: Type.String(),
})
export const presentRevision = (r: Revision): Static<typeof RevisionJson> => ({
  revision: r.revision,
  status: r.snapshot.status,
  headline: r.snapshot.headline,
  createdAt: r.createdAt,
  actorUserId: r.actorUserId,
  actorName: r.actorName,
})

export const RedirectJson = Type.Object({
  id: Type.String(),
  from: Type.String(),
  to: Type.String(),
  statusCode: Type.Integer(),
  source: Type.String(),
})
export const presentRedirect = (r: Redirect): Static<typeof RedirectJson> => ({
  id: r.id,
  from: r.fromPath,
  to: r.toPath,
  statusCode: r.statusCode,
  source: r.source,
})

export const AuditJson = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorUserId: Nullable(Type.String()),
  actorName: Type.String(),
  action: Type.String(),
  subjectType: Type.String(),
  subjectId: Nullable(Type.String()),
  detail: Nullable(Type.Record(Type.String(), Type.Unknown())),
  ip: Nullable(Type.String()),
})
export const presentAudit = (e: AuditEntry & { id: number }): Static<typeof AuditJson> => ({
  id: e.id,
  at: e.at,
  actorUserId: e.actorUserId,
  actorName: e.actorName,
  action: e.action,
  subjectType: e.subjectType,
  subjectId: e.subjectId,
  detail: e.detail ?? null,
  ip: e.ip ?? null,
})

export const MediaJson = Type.Object({
  id: Type.String(),
  mime: Type.String(),
  size: Type.Integer(),
  width: Nullable(Type.Integer()),
  height: Nullable(Type.Integer()),
  sha256: Type.String(),
  alt: Type.String(),
  caption: Type.String(),
  credit: Type.String(),
  copyright: Type.String(),
  focalX: Type.Number(),
  focalY: Type.Number(),
  /** Path of the original file; variants: see docs/media.md. */
  url: Type.String(),
  createdAt: Type.String(),
})
export const presentMedia = (m: Media): Static<typeof MediaJson> => ({
  copyright: m.copyright,
  focalX: m.focalX,
  focalY: m.focalY,
  url: originalPath(m),
  id: m.id,
  mime: m.mime,
  size: m.size,
  width: m.width,
  height: m.height,
  // A remote-only picture has no file of ours, so no content hash.
  sha256: m.file.kind === 'stored' ? m.file.sha256 : '',
  alt: m.alt,
  caption: m.caption,
  credit: m.credit,
  createdAt: m.createdAt,
})
