import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api, data } from './client'
import type { ArticleQuery } from './types'

/** Query keys in one place, so a mutation knows what to invalidate. */
export const keys = {
  settings: ['settings'] as const,
  articles: (query: ArticleQuery) => ['articles', query] as const,
  allArticles: ['articles'] as const,
  sections: ['sections'] as const,
  authors: ['authors'] as const,
  tags: ['tags'] as const,
  media: (q: string) => ['media', q] as const,
  allMedia: ['media'] as const,
  mediaItem: (id: string) => ['media-item', id] as const,
  corrections: (limit: number) => ['corrections', limit] as const,
}

export function useSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => data(api.GET('/api/v1/settings')),
    staleTime: 5 * 60_000,
  })
}

/** One page of stories (the Desk's panels). */
export function useArticles(query: ArticleQuery) {
  return useQuery({
    queryKey: keys.articles(query),
    queryFn: () => data(api.GET('/api/v1/articles', { params: { query } })),
  })
}

/** The newest corrections and updates across every story (the Desk's panel). */
export function useRecentCorrections(limit: number) {
  return useQuery({
    queryKey: keys.corrections(limit),
    queryFn: () => data(api.GET('/api/v1/corrections', { params: { query: { limit } } })),
  })
}

/** Stories page by page along the API's keyset cursor (the Stories screen). */
export function useArticlePages(query: ArticleQuery) {
  return useInfiniteQuery({
    queryKey: [...keys.articles(query), 'pages'],
    queryFn: ({ pageParam }) =>
      data(
        api.GET('/api/v1/articles', {
          params: { query: { ...query, ...(pageParam !== null ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  })
}

export function useSections() {
  return useQuery({
    queryKey: keys.sections,
    queryFn: () => data(api.GET('/api/v1/sections')),
    staleTime: 5 * 60_000,
  })
}

export function useAuthors() {
  return useQuery({
    queryKey: keys.authors,
    queryFn: () => data(api.GET('/api/v1/authors')),
    staleTime: 5 * 60_000,
  })
}

export function useTags() {
  return useQuery({
    queryKey: keys.tags,
    queryFn: () => data(api.GET('/api/v1/tags', { params: { query: { limit: 100 } } })),
    staleTime: 5 * 60_000,
  })
}
