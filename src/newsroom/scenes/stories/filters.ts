import type { ArticleQuery, ArticleStatus } from '../../api/types'

export const storyFilterNames = ['q', 'status', 'section', 'author', 'tag'] as const
export type StoryFilterName = (typeof storyFilterNames)[number]

const statuses = new Set<string>(['draft', 'in_review', 'scheduled', 'published', 'unpublished'])

/** The API query for the filters in the address. */
export function toQuery(values: Record<StoryFilterName, string>): ArticleQuery {
  return {
    limit: 25,
    ...(values.q ? { q: values.q } : {}),
    ...(statuses.has(values.status) ? { status: values.status as ArticleStatus } : {}),
    ...(values.section ? { section: values.section } : {}),
    ...(values.author ? { author: values.author } : {}),
    ...(values.tag ? { tag: values.tag } : {}),
  }
}
