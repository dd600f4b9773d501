/** The API shapes of attributed reporting (docs/attribution.md), shared by the article schemas. */
import type { Static } from 'typebox'
import { Type } from 'typebox'
import { attributionLimits, sourceKinds, sourcings } from '../../../domain/attribution.js'
import { entityKinds, entityLimits } from '../../../domain/entity.js'

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()])
const Str = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max })
const DateTime = Type.String({ format: 'date-time' })
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' })
const LocalId = Type.String({
  pattern: '^[a-z0-9-]{1,40}$',
  description: 'Unique within the story: 1 to 40 lower-case letters, digits or hyphens',
})
const closed = { additionalProperties: false } as const

export const SourcingJson = Type.Enum([...sourcings])
const SpeakerJson = Type.Object(
  { entityId: Nullable(Str(100, 1)), name: Str(attributionLimits.name, 1) },
  {
    ...closed,
    description: 'Who said it: a name, linked to a person or organisation record when known',
  },
)
const RelayedJson = Type.Object(
  {
    outlet: Str(attributionLimits.outlet, 1),
    url: Nullable(Str(attributionLimits.url)),
    date: Nullable(Day),
  },
  { ...closed, description: 'Reported by another outlet or agency' },
)
const SignOffJson = Type.Object(
  { userId: Type.String(), name: Type.String(), at: DateTime },
  { description: "An editor's sign-off on an unnamed source (set by the sign-off endpoint only)" },
)

export const AttributionJson = Type.Object({
  id: LocalId,
  speaker: Nullable(SpeakerJson),
  role: Nullable(Type.String()),
  sourcing: SourcingJson,
  description: Nullable(Type.String()),
  relayed: Nullable(RelayedJson),
  documentUrl: Nullable(Type.String()),
  sourceIds: Type.Array(Type.String()),
  event: Nullable(Type.String()),
  saidOn: Nullable(Type.String()),
  signOff: Nullable(SignOffJson),
})

/** An attribution as a save sends it: missing fields are null; a `signOff` sent is ignored. */
export const AttributionInput = Type.Object(
  {
    id: LocalId,
    speaker: Type.Optional(Nullable(SpeakerJson)),
    role: Type.Optional(Nullable(Str(attributionLimits.role))),
    sourcing: SourcingJson,
    description: Type.Optional(Nullable(Str(attributionLimits.description))),
    relayed: Type.Optional(Nullable(RelayedJson)),
    documentUrl: Type.Optional(Nullable(Str(attributionLimits.url))),
    sourceIds: Type.Optional(Type.Array(LocalId, { maxItems: 50 })),
    event: Type.Optional(Nullable(Str(attributionLimits.event))),
    saidOn: Type.Optional(Nullable(Day)),
    signOff: Type.Optional(Type.Unknown({ description: 'Ignored: the server keeps sign-offs' })),
  },
  closed,
)

export const StorySourceJson = Type.Object({
  id: LocalId,
  kind: Type.Enum([...sourceKinds]),
  title: Type.String(),
  url: Nullable(Type.String()),
  retrievedAt: Nullable(DateTime),
})

export const StorySourceInput = Type.Object(
  {
    id: LocalId,
    kind: Type.Enum([...sourceKinds]),
    title: Str(attributionLimits.title, 1),
    url: Type.Optional(Nullable(Str(attributionLimits.url))),
    retrievedAt: Type.Optional(Nullable(DateTime)),
  },
  closed,
)

/** The article fields a create or save may send. */
export const attributionInputFields = {
  attributions: Type.Array(AttributionInput, { maxItems: attributionLimits.attributions }),
  sources: Type.Array(StorySourceInput, { maxItems: attributionLimits.sources }),
}

/** The article fields an answer carries. */
export const attributionOutputFields = {
  attributions: Type.Array(AttributionJson),
  sources: Type.Array(StorySourceJson),
}

export const AttributionSummaryJson = Type.Object({
  quotes: Type.Integer({ description: 'Attributed blockquotes and quote marks' }),
  onRecord: Type.Integer(),
  background: Type.Integer(),
  anonymous: Type.Integer(),
  document: Type.Integer(),
  relayed: Type.Integer(),
  withoutSpeaker: Type.Integer(),
  unsigned: Type.Integer({ description: 'Background/anonymous attributions quoted, unsigned' }),
  anonymousOrRelayedShare: Type.Number({ minimum: 0, maximum: 1 }),
})

export const SourcingReportJson = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      headline: Type.String(),
      path: Type.String(),
      publishedAt: DateTime,
      summary: AttributionSummaryJson,
    }),
  ),
})

export const EntityKindJson = Type.Enum([...entityKinds])
export const EntityJson = Type.Object({
  id: Type.String(),
  kind: EntityKindJson,
  name: Type.String(),
  aliases: Type.Array(Type.String()),
  description: Nullable(Type.String()),
  wikidataId: Nullable(Type.String()),
  mergedInto: Nullable(Type.String()),
  createdAt: DateTime,
  updatedAt: DateTime,
})
export type EntityJson = Static<typeof EntityJson>

const entityFields = {
  kind: EntityKindJson,
  name: Str(entityLimits.name, 1),
  aliases: Type.Array(Str(entityLimits.alias, 1), { maxItems: entityLimits.aliases }),
  description: Nullable(Str(entityLimits.description)),
  wikidataId: Nullable(Type.String({ pattern: '^Q[1-9][0-9]{0,11}$' })),
}
export const CreateEntityBody = Type.Object(
  {
    kind: entityFields.kind,
    name: entityFields.name,
    aliases: Type.Optional(entityFields.aliases),
    description: Type.Optional(entityFields.description),
    wikidataId: Type.Optional(entityFields.wikidataId),
  },
  closed,
)
export const UpdateEntityBody = Type.Object(
  {
    kind: Type.Optional(entityFields.kind),
    name: Type.Optional(entityFields.name),
    aliases: Type.Optional(entityFields.aliases),
    description: Type.Optional(entityFields.description),
    wikidataId: Type.Optional(entityFields.wikidataId),
  },
  closed,
)
