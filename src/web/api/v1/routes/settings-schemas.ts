import { Type } from 'typebox'
import type { PolicyKind } from '../../../../domain/settings.js'
import { policyKinds } from '../../../../domain/settings.js'
import type { ColourToken } from '../../../../domain/theming.js'
import { colourTokens, lookNames, typefaceNames } from '../../../../domain/theming.js'
import { closed, Nullable } from '../schemas.js'

const Colour = Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: 'A colour, #rrggbb' })
const Colours = Type.Object(
  Object.fromEntries(colourTokens.map((t) => [t, Type.Optional(Colour)])) as Record<
    ColourToken,
    ReturnType<typeof Type.Optional<typeof Colour>>
  >,
  { ...closed, description: 'Overrides of the look’s colours (CSS custom properties)' },
)
const Look = Type.Enum([...lookNames], {
  description: 'The look: default (a quality paper) or modern (a bold sans-serif tabloid)',
})
const Typeface = Nullable(
  Type.Enum([...typefaceNames], {
    description: 'Text and headline typeface; null: the look’s own',
  }),
)
const ThemingJson = Type.Object(
  {
    look: Look,
    typeface: Typeface,
    colours: Type.Object({ light: Colours, dark: Colours }, closed),
  },
  { ...closed, description: 'How the reader’s site looks (docs/theming.md)' },
)
const ThemingPatch = Type.Object(
  {
    look: Type.Optional(Look),
    typeface: Type.Optional(Typeface),
    colours: Type.Optional(
      Type.Object(
        { light: Type.Optional(Colours), dark: Type.Optional(Colours) },
        { ...closed, description: 'A scheme given replaces its overrides; {} removes them' },
      ),
    ),
  },
  { ...closed, minProperties: 1 },
)

const PolicyPage = Nullable(Type.String({ maxLength: 100 }))
export const SettingsJson = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  tagline: Type.String({ maxLength: 300 }),
  locale: Type.String({ minLength: 2, maxLength: 35 }),
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  publicUrl: Nullable(Type.String({ maxLength: 300 })),
  permalinkPattern: Type.String({ minLength: 1, maxLength: 200 }),
  logoMediaId: Nullable(Type.String({ maxLength: 100 })),
  policies: Type.Object(
    Object.fromEntries(policyKinds.map((k) => [k, PolicyPage])) as Record<
      PolicyKind,
      typeof PolicyPage
    >,
    {
      ...closed,
      description:
        'The static page (its id) holding each of the publication’s policies, or null; shown in the site footer and the Organization JSON-LD',
    },
  ),
  theming: ThemingJson,
})
const { policies: _policies, theming: _theming, ...plainSettings } = SettingsJson.properties
export const SettingsPatch = Type.Object(
  {
    ...(Object.fromEntries(
      Object.entries(plainSettings).map(([k, v]) => [k, Type.Optional(v)]),
    ) as {
      [K in keyof typeof plainSettings]: ReturnType<typeof Type.Optional<(typeof plainSettings)[K]>>
    }),
    policies: Type.Optional(
      Type.Object(
        Object.fromEntries(policyKinds.map((k) => [k, Type.Optional(PolicyPage)])) as Record<
          PolicyKind,
          ReturnType<typeof Type.Optional<typeof PolicyPage>>
        >,
        { ...closed, description: 'The policies to change; the others stay' },
      ),
    ),
    theming: Type.Optional(ThemingPatch),
  },
  { ...closed, minProperties: 1 },
)
