import type {
  ArticleView,
  CorrectionsView,
  ErrorView,
  HomeView,
  ListView,
  SearchView,
} from './views.js'

/**
 * A complete HTML document: text, or its UTF-8 bytes (what the default theme gives, see
 * `renderDocument`).
 */
export type HtmlDocument = string | Buffer

/**
 * A theme turns page views into complete HTML documents. Themes get data, never the database:
 * a newsroom's own theme implements these six functions and ships one stylesheet and an icon.
 */
export interface Theme {
  readonly name: string
  /**
   * The theme's whole stylesheet. The site serves it after the chosen typeface's `@font-face`
   * rules and with the look's tokens and colours laid over it (docs/theming.md), at a
   * content-hashed, immutable URL.
   */
  readonly css: string
  /** The site icon (SVG); served at a content-hashed, immutable URL and named in every page's head. */
  readonly icon: string
  home(view: HomeView): HtmlDocument
  article(view: ArticleView): HtmlDocument
  list(view: ListView): HtmlDocument
  search(view: SearchView): HtmlDocument
  corrections(view: CorrectionsView): HtmlDocument
  error(view: ErrorView): HtmlDocument
}
