import type {
  ArticleView,
  CorrectionsView,
  ErrorView,
  HomeView,
  ListView,
  SearchView,
} from './views.js'

/**
 * A theme turns page views into complete HTML documents. Themes get data, never the database:
 * a newsroom's own theme implements these six functions and ships one stylesheet and an icon.
 */
export interface Theme {
  readonly name: string
  /** The theme's whole stylesheet; served at a content-hashed, immutable URL. */
  readonly css: string
  /** The site icon (SVG); served at a content-hashed, immutable URL and named in every page's head. */
  readonly icon: string
  home(view: HomeView): string
  article(view: ArticleView): string
  list(view: ListView): string
  search(view: SearchView): string
  corrections(view: CorrectionsView): string
  error(view: ErrorView): string
}
