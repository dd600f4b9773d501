import type { ArticleCard } from '../../domain/article.js'
import { isViewWork } from '../../domain/fronts.js'
import type { Media } from '../../domain/media.js'
import type { Author } from '../../domain/taxonomy.js'
import type { Deps } from '../deps.js'
import { mediaById } from './article-page.js'

/** Reads byline profiles by id (held in memory for public pages). */
export type Profiles = (ids: readonly string[]) => Promise<Author[]>

/**
 * The byline portraits that cards of opinion and analysis show (a columnist's treatment), by
 * author id: the first byline of each such card that has a portrait. News cards show none, so a
 * front of news reads nothing here.
 */
export async function columnistPortraits(
  deps: Deps,
  profiles: Profiles,
  cards: readonly ArticleCard[],
): Promise<Map<string, Media>> {
  const ids = [
    ...new Set(
      cards.flatMap((c) =>
        c.kind === 'article' && isViewWork(c.workType) && c.authors[0] !== undefined
          ? [c.authors[0].id]
          : [],
      ),
    ),
  ]
  if (ids.length === 0) return new Map()
  const authors = await profiles(ids)
  const photoIds = authors.flatMap((a) => (a.photoMediaId !== null ? [a.photoMediaId] : []))
  const photos = await mediaById(deps, photoIds)
  const portraits = new Map<string, Media>()
  for (const a of authors) {
    const photo = a.photoMediaId === null ? undefined : photos.get(a.photoMediaId)
    if (photo !== undefined) portraits.set(a.id, photo)
  }
  return portraits
}
