import type { Article } from '../../domain/article.js'
import type { ListKind } from '../../domain/lists.js'
import type { Media } from '../../domain/media.js'
import type { Deps } from '../deps.js'
import type { PublicRead } from './depends-on.js'
import { dependsOn, mediaIds } from './depends-on.js'
import type { ListOwner } from './lists.js'
import { feedStories, findListOwner, ownerListKey } from './lists.js'

/** Which feed: the whole site's, or a section's, tag's or author's by slug. */
export type FeedRequest = { kind: 'all' } | { kind: ListKind; slug: string }

/** A feed's stories (whole, with every picture they show), newest first. */
interface FeedStories {
  owner: ListOwner
  items: Article[]
  media: Map<string, Media>
}

/** The newest `limit` stories of a feed, or null when its slug names nothing. */
export async function feedRead(
  deps: Deps,
  request: FeedRequest,
  limit: number,
): Promise<PublicRead<FeedStories> | null> {
  const owner: ListOwner | null =
    request.kind === 'all' ? { kind: 'all' } : await findListOwner(deps, request.kind, request.slug)
  if (owner === null) return null
  const { items, media } = await feedStories(deps, owner, limit)
  return {
    view: { owner, items, media },
    dependsOn: dependsOn({ lists: [ownerListKey(owner)], stories: items, media: mediaIds(media) }),
  }
}
