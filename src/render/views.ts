import type { Crop, Media } from '../domain/media.js'
import type { PermalinkSubject } from '../domain/permalink.js'
import type { Article, ArticleCard, Correction } from '../domain/article.js'
import type { Banner } from '../domain/fronts.js'
import type { ZoneKind } from '../domain/fronts.js'
import type { Entity } from '../domain/entity.js'
import type { PolicyLink } from '../domain/settings.js'
import type { Author, Section } from '../domain/taxonomy.js'

/** A picture ready for `<img>`: URL, optional `srcset`, intrinsic size and text alternative. */
export interface ImageInfo {
  src: string
  srcset: string | null
  /** Modern formats for <picture>, best first (AVIF, WebP); empty when only `src` exists. */
  sources: readonly { readonly type: string; readonly srcset: string }[]
  width: number | null
  height: number | null
  alt: string
  mime: string
}

/** How pages link to things; the web layer builds it from settings and the public origin. */
export interface Links {
  /** The public origin, no trailing slash (`https://news.example.com`). */
  origin: string
  articlePath: (article: PermalinkSubject) => string
  sectionPath: (slug: string) => string
  tagPath: (slug: string) => string
  authorPath: (slug: string) => string
  /** Image URLs; `crop` frames it around the focal point (16x9 cards, 1x1 portraits). */
  image: (media: Media, crop?: Crop) => ImageInfo
  stylesheet: string
  /** The site icon's path. */
  icon: string
}

/** What every page knows about the publication. */
export interface SiteView {
  title: string
  tagline: string
  locale: string
  timeZone: string
  logo: Media | null
  /** The breaking-news banner while it is live. */
  banner: Banner | null
  /** The edited menus: main navigation, a secondary row and the footer. */
  menus: Record<'main' | 'secondary' | 'footer', MenuLink[]>
  /** The publication's policies, each a published page (footer, Organization JSON-LD). */
  policies: PolicyLink[]
  links: Links
}

/** One menu entry, ready to link. */
export interface MenuLink {
  label: string
  href: string
}

/** A zone of a front as themes draw it. */
export interface ZoneView {
  id: string
  kind: ZoneKind
  title: string | null
  section: Section | null
  items: ArticleCard[]
}

export interface HomeView {
  site: SiteView
  /** The moment of rendering, for the dateline. */
  now: string
  zones: ZoneView[]
  media: Map<string, Media>
  /** Byline portraits for opinion and analysis cards, by author id. */
  portraits: Map<string, Media>
}

/**
 * What cards need besides the story: pictures, columnists' portraits, and the moment the page was
 * rendered (`now`), which makes today's stories show their time of day; without it cards show
 * dates, right for as long as a page is cached.
 */
export interface CardContext {
  site: SiteView
  media: Map<string, Media>
  portraits?: Map<string, Media>
  now?: string
}

export interface ArticleView {
  site: SiteView
  article: Article
  authors: Author[]
  media: Map<string, Media>
  corrections: Correction[]
  related: ArticleCard[]
  /** The people and organisations its attributions name, by id (JSON-LD `creator`). */
  entities?: ReadonlyMap<string, Entity>
}

/** A section, tag or author page. */
export interface ListView {
  site: SiteView
  kind: 'section' | 'tag' | 'author'
  name: string
  description: string
  /** The list's own path (`/section/news/`), without query. */
  path: string
  author: Author | null
  items: ArticleCard[]
  media: Map<string, Media>
  page: number
  nextHref: string | null
  prevHref: string | null
  /** Parent sections, outermost first, for breadcrumbs. */
  trail: Section[]
  /** A section's sub-sections, linked from its page. */
  subsections: Section[]
  /** A section front's zones above the list (first page only). */
  zones: ZoneView[]
  /** The moment of rendering: cards show today's stories by their time of day. */
  now: string
  portraits: Map<string, Media>
}

export interface SearchView {
  site: SiteView
  query: string
  section: string
  author: string
  sections: Section[]
  authors: Author[]
  items: { article: ArticleCard; snippet: string }[]
  total: number
  /** More matches than `total` (broad searches are counted up to a cap). */
  moreThanTotal: boolean
  page: number
  nextHref: string | null
  prevHref: string | null
}

export interface CorrectionsView {
  site: SiteView
  items: { correction: Correction; article: ArticleCard }[]
}

export interface ErrorView {
  site: SiteView
  status: number
  title: string
  message: string
}
