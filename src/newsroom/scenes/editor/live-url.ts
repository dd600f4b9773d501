/** Where a story goes live: its public URL once published, else the one publishing now gives it. */
import { articlePath } from '../../../domain/permalink.js'
import type { PublicationSettings } from './article-api'

/**
 * The story's public address: the server's `url` when it is live, else the address the site's
 * permalink pattern gives it if published now (the server's own rule, from `src/domain`).
 */
export function liveUrl(
  story: {
    id: string
    kind: 'article' | 'page'
    slug: string
    publishedAt: string | null
    url: string | null
    primarySection: string | null
  },
  settings: Pick<PublicationSettings, 'publicUrl' | 'permalinkPattern' | 'timeZone'> | undefined,
  now = new Date(),
): string {
  if (story.url !== null) return story.url
  const origin = (settings?.publicUrl ?? window.location.origin).replace(/\/$/, '')
  if (story.kind === 'page') return `${origin}/${story.slug}/`
  if (settings === undefined) return `${origin}/…/${story.slug}/`
  const path = articlePath(
    {
      id: story.id,
      kind: story.kind,
      slug: story.slug,
      // Republishing keeps the first publication date; a first publish takes today's.
      publishedAt: story.publishedAt ?? now.toISOString(),
      sections: story.primarySection === null ? [] : [{ slug: story.primarySection }],
    },
    settings,
  )
  return `${origin}${path}`
}
