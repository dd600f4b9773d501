import type { Article, ArticleCard, Correction } from '../../domain/article.js'
import { documentMediaIds } from '../../domain/block-document.js'
import type { ListKey } from '../../domain/lists.js'
import { sectionList, tagList } from '../../domain/lists.js'
import { articlePath, parsePermalink } from '../../domain/permalink.js'
import type { Settings } from '../../domain/settings.js'
import type { Author } from '../../domain/taxonomy.js'
import type { Media } from '../../domain/media.js'
import type { Deps } from '../deps.js'
import type { PublicRead } from './depends-on.js'
import { dependsOn, mediaIds } from './depends-on.js'

/** A story as its page shows it: the article and its public corrections, read together. */
export interface Story {
  article: Article
  corrections: Correction[]
}

/** What a public path resolves to: a story, a story taken down, a redirect, or nothing. */
export type PathResolution =
  | ({ kind: 'article' } & Story)
  | { kind: 'gone'; article: Article }
  | { kind: 'redirect'; to: string; status: number }
  | { kind: 'none' }

/**
 * Finds what a normalised public path shows: a published article under the permalink pattern,
 * a static page at `/{slug}/`, a stored redirect, or a story that was unpublished (410).
 */
export async function resolvePublicPath(
  deps: Deps,
  settings: Settings,
  path: string,
): Promise<PathResolution> {
  const story = await candidateFor(deps, settings, path)
  if (story !== null) {
    const { article } = story
    if (article.status === 'published') {
      const canonical = articlePath(article, settings)
      if (canonical === path) return { kind: 'article', ...story }
      return { kind: 'redirect', to: canonical, status: 301 }
    }
    if (article.status === 'unpublished') return { kind: 'gone', article }
  }
  const redirect = await storedRedirect(deps, path)
  if (redirect !== null) return { kind: 'redirect', to: redirect, status: 301 }
  return { kind: 'none' }
}

/**
 * The stored redirect from a path, as written or with its percent escapes in lower case: old
 * sites (WordPress's non-Latin slugs) store them lower case, browsers send them upper case.
 */
export async function storedRedirect(deps: Deps, path: string): Promise<string | null> {
  const found = await deps.store.redirects.findByPath(path)
  if (found !== null) return found.toPath
  const lower = path.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())
  if (lower === path) return null
  return (await deps.store.redirects.findByPath(lower))?.toPath ?? null
}

async function candidateFor(deps: Deps, settings: Settings, path: string): Promise<Story | null> {
  const parts = parsePermalink(settings.permalinkPattern, path)
  if (parts?.id !== undefined) {
    const byId = await deps.store.articles.findStory('id', parts.id)
    if (byId?.article.kind === 'article') return byId
  }
  if (parts?.slug !== undefined) {
    const bySlug = await deps.store.articles.findStory('slug', parts.slug)
    if (bySlug?.article.kind === 'article') return bySlug
  }
  const page = /^\/([a-z0-9-]+)\/$/.exec(path)
  if (page?.[1] !== undefined) {
    const bySlug = await deps.store.articles.findStory('slug', page[1])
    if (bySlug?.article.kind === 'page') return bySlug
  }
  return null
}

/** Everything an article page shows besides the article itself. */
export interface ArticleContext {
  authors: Author[]
  media: Map<string, Media>
  corrections: Correction[]
  related: ArticleCard[]
}

/** Reads byline profiles by id (held in memory for public pages). */
type Profiles = (ids: readonly string[]) => Promise<Author[]>

/** The bylines' profiles, the pictures and related stories of a story (its corrections come with it). */
export async function articleContext(
  deps: Deps,
  story: Story,
  profiles: Profiles,
): Promise<ArticleContext> {
  return (await storyContext(deps, story, profiles)).view
}

/**
 * A story's page besides the story, and what the page shows: the story, its related stories and
 * the lists they were chosen from, and every picture.
 */
async function storyContext(
  deps: Deps,
  { article, corrections }: Story,
  profiles: Profiles,
): Promise<PublicRead<ArticleContext>> {
  const authors = await profiles(article.authors.map((a) => a.id))
  const pictures = [
    ...(article.hero !== null ? [article.hero.mediaId] : []),
    ...documentMediaIds(article.body),
    ...authors.flatMap((a) => (a.photoMediaId !== null ? [a.photoMediaId] : [])),
  ]
  const related = await relatedStories(deps, article, 4)
  // One read for every picture on the page, the related stories' heroes included.
  const media = await mediaById(deps, [
    ...pictures,
    ...related.items.flatMap((a) => (a.hero !== null ? [a.hero.mediaId] : [])),
  ])
  return {
    view: { authors, media, corrections, related: related.items },
    dependsOn: dependsOn({
      lists: related.lists,
      stories: [article, ...related.items],
      media: mediaIds(media),
    }),
  }
}

/** What a story's permalink answers: its page, or what `resolvePublicPath` found instead. */
type StoryPage =
  | ({ kind: 'article' } & PublicRead<{ story: Story; context: ArticleContext }>)
  | Exclude<PathResolution, { kind: 'article' }>

/** The public page at a normalised path, with what it shows when it is a story. */
export async function storyPage(
  deps: Deps,
  settings: Settings,
  path: string,
  profiles: Profiles,
): Promise<StoryPage> {
  const found = await resolvePublicPath(deps, settings, path)
  if (found.kind !== 'article') return found
  const story = { article: found.article, corrections: found.corrections }
  const { view, dependsOn } = await storyContext(deps, story, profiles)
  return { kind: 'article', view: { story, context: view }, dependsOn }
}

/** Media rows by id, for the pictures a page shows. */
export async function mediaById(deps: Deps, ids: readonly string[]): Promise<Map<string, Media>> {
  const unique = [...new Set(ids)]
  return new Map((await deps.store.media.findManyByIds(unique)).map((m) => [m.id, m]))
}

/**
 * Up to `limit` other published stories sharing the first tag, then the primary section, and the
 * lists they come from (a story entering or leaving either changes them).
 */
async function relatedStories(
  deps: Deps,
  article: Article,
  limit: number,
): Promise<{ items: ArticleCard[]; lists: ListKey[] }> {
  const base = { statuses: ['published' as const], kind: 'article' as const }
  const tag = article.tags[0]
  const section = article.sections[0]
  const items = await deps.store.articles.firstDistinct(
    [
      ...(tag !== undefined ? [{ ...base, tagId: tag.id }] : []),
      ...(section !== undefined ? [{ ...base, sectionId: section.id }] : []),
    ],
    limit,
    article.id,
  )
  const lists = [
    ...(tag !== undefined ? [tagList(tag.id)] : []),
    ...(section !== undefined ? [sectionList(section.id)] : []),
  ]
  return { items, lists }
}
