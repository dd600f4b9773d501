import type { ImageInfo } from '../views.js'

/** One entry of a feed, in absolute URLs, rendered to RSS, Atom and JSON Feed alike. */
export interface FeedItem {
  id: string
  url: string
  title: string
  summary: string
  /** The full story as HTML (already escaped by the renderer). */
  contentHtml: string
  published: string
  updated: string | null
  authors: { name: string; url: string }[]
  categories: string[]
  image: (ImageInfo & { credit: string; caption: string }) | null
}

export interface FeedView {
  title: string
  description: string
  /** The page the feed mirrors, absolute. */
  homeUrl: string
  /** Absolute URL of the feed folder (`https://…/section/news/`); file names are appended. */
  base: string
  language: string
  /** Newest change among the items (or now, for an empty feed). */
  updated: string
  items: FeedItem[]
}
