/**
 * Shared request and response schemas (TypeBox → JSON Schema). The same objects validate
 * requests, type the handlers and presenters, and become the OpenAPI document.
 */
import type { Static, TSchema } from 'typebox'
import { Type } from 'typebox'
import { articleLimits, correctionKinds } from '../../../domain/article.js'
import { workTypes } from '../../../domain/attribution.js'
import { roles } from '../../../domain/roles.js'
import { articleActions, articleStatuses } from '../../../domain/workflow.js'
import { attributionInputFields, attributionOutputFields } from './attribution-schemas.js'

export const closed = { additionalProperties: false } as const
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const Str = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max })
const DateTime = Type.String({ format: 'date-time' })

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(Type.Object({ field: Type.String(), message: Type.String() })),
    ),
    requestId: Type.Optional(Type.String()),
    currentRevision: Type.Optional(Type.Integer()),
  },
  { additionalProperties: true, description: 'An RFC 9457 problem document' },
)

/** Every route may answer with a problem document. */
export const problems = { '4xx': Problem, '5xx': Problem }
export const NoContent = Type.Null({ description: 'No content' })

export const Id = Str(100, 1)
export const IdParams = Type.Object({ id: Id }, closed)
export const Role = Type.Enum([...roles])
export const Status = Type.Enum([...articleStatuses])

const RefJson = Type.Object({ slug: Type.String(), name: Type.String() })
const HeroJson = Type.Object({
  mediaId: Type.String(),
  caption: Nullable(Type.String()),
  credit: Nullable(Type.String()),
})
export const CorrectionJson = Type.Object({
  id: Type.String(),
  kind: Type.Enum([...correctionKinds]),
  text: Type.String({ description: 'The current wording' }),
  createdAt: DateTime,
  editedAt: Nullable(DateTime),
  history: Type.Array(Type.Object({ text: Type.String(), replacedAt: DateTime }), {
    description: 'Earlier wordings, oldest first, each with the time it was replaced',
  }),
  withdrawn: Nullable(
    Type.Object(
      { at: DateTime, note: Type.String() },
      { description: 'Withdrawn, with a public note' },
    ),
  ),
})

export type CorrectionJson = Static<typeof CorrectionJson>

const ReturnNoteJson = Type.Object(
  {
    text: Type.String(),
    by: Type.String({ description: "The editor's name" }),
    at: DateTime,
  },
  { description: 'Why an editor returned the story; shown until the next submit' },
)

const WorkTypeJson = Type.Enum([...workTypes], {
  description:
    'The type of work: a label for readers and the JSON-LD type (news is unlabelled; sponsored is paid content)',
})

export const ArticleJson = Type.Object({
  id: Type.String(),
  kind: Type.Enum(['article', 'page']),
  slug: Type.String(),
  status: Status,
  revision: Type.Integer(),
  headline: Type.String(),
  dek: Type.String(),
  body: Type.Object({ type: Type.Literal('doc'), content: Type.Array(Type.Unknown()) }),
  excerpt: Type.String(),
  hero: Nullable(HeroJson),
  sections: Type.Array(RefJson),
  tags: Type.Array(RefJson),
  authors: Type.Array(RefJson),
  createdAt: DateTime,
  editedAt: DateTime,
  publishedAt: Nullable(DateTime),
  updatedAt: Nullable(DateTime),
  scheduledAt: Nullable(DateTime),
  seoTitle: Nullable(Type.String()),
  seoDescription: Nullable(Type.String()),
  canonicalUrl: Nullable(Type.String()),
  noindex: Type.Boolean(),
  language: Nullable(Type.String()),
  workType: WorkTypeJson,
  dateline: Nullable(Type.String({ description: 'Where the story was reported from ("KYIV")' })),
  url: Nullable(Type.String({ description: 'Public URL, once published' })),
  ...attributionOutputFields,
  corrections: Type.Optional(Type.Array(CorrectionJson)),
  returnNote: Type.Optional(Nullable(ReturnNoteJson)),
  allowedActions: Type.Optional(
    Type.Array(Type.Enum([...articleActions]), {
      description:
        'What the signed-in caller may do with this story now, by the rules the server enforces (single-story answers to a signed-in caller only)',
    }),
  ),
  createdBy: Type.Optional(
    Nullable(
      Type.Object(
        { id: Type.String(), name: Type.String() },
        { description: 'The account that created the story (signed-in callers only)' },
      ),
    ),
  ),
})
export type ArticleJson = Static<typeof ArticleJson>

const articleFields = {
  kind: Type.Enum(['article', 'page']),
  headline: Str(articleLimits.headline, 1),
  dek: Str(articleLimits.dek),
  body: Type.Object(
    { type: Type.Literal('doc'), content: Type.Array(Type.Unknown(), { maxItems: 5000 }) },
    closed,
  ),
  excerpt: Str(articleLimits.excerpt),
  slug: Str(80, 1),
  sections: Type.Array(Str(80, 1), { maxItems: 20 }),
  tags: Type.Array(Str(80, 1), { maxItems: 50 }),
  authors: Type.Array(Str(80, 1), { maxItems: 20 }),
  hero: Nullable(
    Type.Object(
      {
        mediaId: Id,
        caption: Type.Optional(Nullable(Str(1000))),
        credit: Type.Optional(Nullable(Str(300))),
      },
      closed,
    ),
  ),
  seoTitle: Nullable(Str(articleLimits.seoTitle)),
  seoDescription: Nullable(Str(articleLimits.seoDescription)),
  canonicalUrl: Nullable(Str(2000)),
  noindex: Type.Boolean(),
  language: Nullable(Str(35)),
  workType: WorkTypeJson,
  dateline: Nullable(Str(articleLimits.dateline)),
  ...attributionInputFields,
}
const { headline, ...optionalFields } = articleFields
const allOptional = Object.fromEntries(
  Object.entries(articleFields).map(([k, v]) => [k, Type.Optional(v)]),
) as {
  [K in keyof typeof articleFields]: ReturnType<typeof Type.Optional<(typeof articleFields)[K]>>
}
const restOptional = Object.fromEntries(
  Object.entries(optionalFields).map(([k, v]) => [k, Type.Optional(v)]),
) as {
  [K in keyof typeof optionalFields]: ReturnType<typeof Type.Optional<(typeof optionalFields)[K]>>
}

export const CreateArticleBody = Type.Object({ headline, ...restOptional }, closed)
export const UpdateArticleBody = Type.Object(allOptional, closed)

export const UserJson = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Role,
  createdAt: DateTime,
  disabled: Type.Boolean(),
  /** True while the account signs in with a one-time password: change it with POST /me/password. */
  mustChangePassword: Type.Boolean(),
})
export type UserJson = Static<typeof UserJson>

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Nullable(Type.String()) })
export const List = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) })
