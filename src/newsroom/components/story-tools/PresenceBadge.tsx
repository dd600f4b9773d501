import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
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
  const { data: others = [] } = useQuery({
    queryKey: ['presence', id],
    queryFn: () =>
      data(api.POST('/api/v1/articles/{id}/presence', { params: { path: { id } } })).then(
        (answer) => answer.items,
      ),
    refetchInterval: heartbeatMs,
    refetchIntervalInBackground: true,
    staleTime: 0,
    retry: false,
  })
  useEffect(
    () => () => {
      // Leaving: others stop seeing this person at once instead of after the expiry.
      void api
        .DELETE('/api/v1/articles/{id}/presence', { params: { path: { id } } })
        .catch(() => undefined)
    },
    [id],
  )
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
