/** Schemas of fronts, the banner and menus (TypeBox → JSON Schema and OpenAPI). */
import type { Static } from 'typebox'
import { Type } from 'typebox'
import { NotFoundError } from '../../../domain/errors.js'
import type {
  Banner,
  FrontKey,
  FrontLayout,
  Menu,
  MenuItem,
  MenuName,
  Zone,
} from '../../../domain/fronts.js'
import { menuNames, zoneKinds } from '../../../domain/fronts.js'
import type { Curated, CurationRevision } from '../../../services/index.js'
import { closed, Id, Nullable } from './schemas.js'

const DateTime = Type.String({ format: 'date-time' })
const Label = Type.String({ minLength: 1, maxLength: 80 })
const LinkUrl = Type.String({
  minLength: 1,
  maxLength: 2000,
  description: 'An http(s) address, or a path on this site (`/about/`)',
})

const Rule = Type.Union([
  Type.Object({ source: Type.Literal('latest') }, closed),
  Type.Object({ source: Type.Literal('section'), sectionId: Id }, closed),
  Type.Object({ source: Type.Literal('tag'), tagId: Id }, closed),
  Type.Object(
    { source: Type.Literal('workType'), workType: Type.String({ minLength: 1, maxLength: 40 }) },
    closed,
  ),
  Type.Object({ source: Type.Literal('none') }, closed),
])
const ZoneBody = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9-]{1,40}$' }),
    kind: Type.Enum([...zoneKinds]),
    title: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 80 }))),
    pins: Type.Optional(
      Type.Array(
        Type.Object(
          {
            articleId: Id,
            until: Type.Optional(Nullable(DateTime)),
          },
          closed,
        ),
        { maxItems: 24 },
      ),
    ),
    rule: Rule,
    withPicture: Type.Optional(Type.Boolean()),
    excludeSectionIds: Type.Optional(Type.Array(Id, { maxItems: 50 })),
    excludeWorkTypes: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20 }),
    ),
    max: Type.Integer({ minimum: 1, maximum: 24 }),
  },
  closed,
)
export const LayoutBody = Type.Object(
  {
    zones: Type.Array(ZoneBody, { maxItems: 40 }),
    freshDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  },
  closed,
)
export const BannerBody = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 200 }),
    url: Type.Optional(Nullable(LinkUrl)),
    expiresAt: Type.Optional(Nullable(DateTime)),
  },
  closed,
)
const MenuItemBody = Type.Union([
  Type.Object(
    { kind: Type.Literal('section'), sectionId: Id, label: Type.Optional(Nullable(Label)) },
    closed,
  ),
  Type.Object(
    { kind: Type.Literal('page'), articleId: Id, label: Type.Optional(Nullable(Label)) },
    closed,
  ),
  Type.Object({ kind: Type.Literal('link'), url: LinkUrl, label: Label }, closed),
])
export const MenuBody = Type.Object({ items: Type.Array(MenuItemBody, { maxItems: 40 }) }, closed)
/** `If-Match: "<revision>"` on saves and restores (its absence is the route's 428). */
export const IfMatchHeader = Type.Object({
  'if-match': Type.Optional(Type.String({ maxLength: 40 })),
})
export const RestoreBody = Type.Object(
  { from: Type.Integer({ minimum: 1, description: 'The revision to bring back' }) },
  closed,
)
export const PreviewBody = Type.Object(
  {
    layout: Type.Optional(LayoutBody),
    banner: Type.Optional(Nullable(BannerBody)),
    menus: Type.Optional(
      Type.Object(
        Object.fromEntries(menuNames.map((m) => [m, Type.Optional(MenuBody)])) as Record<
          (typeof menuNames)[number],
          ReturnType<typeof Type.Optional<typeof MenuBody>>
        >,
        closed,
      ),
    ),
  },
  closed,
)
// Path parameters are checked by the services (404 for a front or menu that does not exist), so
// that a request's other mistakes are still reported by the schema.
export const FrontParams = Type.Object(
  {
    front: Type.String({
      minLength: 1,
      maxLength: 120,
      description: '`home`, or `section:` and a section id',
    }),
  },
  closed,
)
export const MenuParams = Type.Object(
  {
    menu: Type.String({
      minLength: 1,
      maxLength: 20,
      description: '`main`, `secondary` or `footer`',
    }),
  },
  closed,
)

const Saved = {
  revision: Type.Integer({ description: '0 when never saved (the value is the default)' }),
  savedAt: Nullable(DateTime),
  savedByName: Nullable(Type.String()),
}
export const FrontJson = Type.Object({ front: Type.String(), ...Saved, layout: LayoutBody })
export const BannerJson = Type.Object({ ...Saved, banner: Nullable(BannerBody) })
export const MenuJson = Type.Object({
  menu: Type.String(),
  ...Saved,
  items: MenuBody.properties.items,
})
export const ContentsBody = Type.Object(
  { layout: Type.Optional(LayoutBody) },
  { ...closed, description: 'An unsaved layout to fill; omitted, the saved one' },
)
export const ContentsJson = Type.Object({
  zones: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Nullable(Type.String()),
      isShown: Type.Boolean({ description: 'false when the front leaves it out (empty or stale)' }),
      stories: Type.Array(
        Type.Object({
          id: Type.String(),
          headline: Type.String(),
          publishedAt: Nullable(DateTime),
          isPinned: Type.Boolean(),
        }),
      ),
    }),
  ),
})
export const RevisionJson = Type.Object({
  revision: Type.Integer(),
  savedAt: DateTime,
  savedBy: Nullable(Type.String()),
  savedByName: Type.String(),
})

/** A layout as the API sends it, with the defaults of what it may leave out. */
export function toLayout(body: Static<typeof LayoutBody>): FrontLayout {
  return {
    freshDays: body.freshDays ?? 30,
    zones: body.zones.map((z): Zone => ({
      id: z.id,
      kind: z.kind,
      title: z.title ?? null,
      pins: (z.pins ?? []).map((p) => ({ articleId: p.articleId, until: p.until ?? null })),
      rule: z.rule,
      withPicture: z.withPicture ?? false,
      excludeSectionIds: z.excludeSectionIds ?? [],
      excludeWorkTypes: z.excludeWorkTypes ?? [],
      max: z.max,
    })),
  }
}

export const toBanner = (body: Static<typeof BannerBody>): Banner => ({
  text: body.text,
  url: body.url ?? null,
  expiresAt:
    body.expiresAt === undefined || body.expiresAt === null
      ? null
      : new Date(body.expiresAt).toISOString(),
})

export const toMenu = (body: Static<typeof MenuBody>): Menu => ({
  items: body.items.map((i): MenuItem =>
    i.kind === 'link' ? i : { ...i, label: i.label ?? null },
  ),
})

/** A front's key from the path; anything else is a front that does not exist. */
export function toFront(front: string): FrontKey {
  if (front === 'home' || /^section:[A-Za-z0-9_-]{1,100}$/.test(front)) return front as FrontKey
  throw new NotFoundError('front', front)
}

/** A menu's name from the path. */
export function toMenuName(menu: string): MenuName {
  if ((menuNames as readonly string[]).includes(menu)) return menu as MenuName
  throw new NotFoundError('menu', menu)
}

const saved = <T>(doc: Curated<T>) => ({
  revision: doc.revision,
  savedAt: doc.savedAt,
  savedByName: doc.savedByName,
})
export const presentFront = (front: string, doc: Curated<FrontLayout>) => ({
  front,
  ...saved(doc),
  layout: doc.value,
})
export const presentBanner = (doc: Curated<Banner | null>) => ({ ...saved(doc), banner: doc.value })
export const presentMenu = (menu: string, doc: Curated<Menu>) => ({
  menu,
  ...saved(doc),
  items: doc.value.items,
})
export const presentRevisions = (items: CurationRevision[]) => ({ items })
