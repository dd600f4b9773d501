import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { api, data } from '../../api/client'
import type { StoryToolProps } from './format'
import { formatTime, listNames } from './format'
import './story-tools.css'

/** How often the editor says it still has the story open (the server forgets after 60 s). */
export const heartbeatMs = 20_000

/**
 * Says who else has this story open ("Ana Ruiz is also editing (since 10:42)"), and keeps the
 * signed-in person listed for others with a heartbeat while mounted. Advisory only: saves are
 * still guarded by their revision.
 */
export function PresenceBadge({ article }: StoryToolProps) {
  const id = article.id
  // A leave still on its way: a heartbeat waits for it, so the two never cross.
  const leaving = useRef<Promise<unknown> | null>(null)
  const { data: others = [], refetch } = useQuery({
    queryKey: ['presence', id],
    queryFn: async () => {
      await leaving.current
      const answer = await data(
        api.POST('/api/v1/articles/{id}/presence', { params: { path: { id } } }),
      )
      return answer.items
    },
    refetchInterval: heartbeatMs,
    refetchIntervalInBackground: true,
    staleTime: 0,
    retry: false,
  })
  useEffect(() => {
    // Mounted again after leaving (a remount): say so at once rather than at the next beat.
    if (leaving.current !== null) void refetch()
    return () => {
      // Leaving: others stop seeing this person at once instead of after the expiry.
      leaving.current = api
        .DELETE('/api/v1/articles/{id}/presence', { params: { path: { id } } })
        .catch(() => undefined)
    }
  }, [id, refetch])
  const first = others[0]
  // The live region stays in the page so that someone arriving is announced.
  return (
    <div role="status" aria-live="polite">
      {first !== undefined && (
        <p className="presence-badge">
          {`${listNames(others.map((p) => p.name))} ${others.length === 1 ? 'is' : 'are'} also editing (since ${formatTime(first.since)})`}
        </p>
      )}
    </div>
  )
}
