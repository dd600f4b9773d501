import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { api, data } from '../../api/client'

/** Finds published stories by words of their headline; choosing one hands it to `onPick`. */
export function StoryPicker({
  zoneName,
  onPick,
}: {
  zoneName: string
  onPick: (story: { id: string; headline: string }) => void
}) {
  const id = useId()
  const [q, setQ] = useState('')
  const search = q.trim()
  const found = useQuery({
    queryKey: ['curation', 'story-search', search],
    queryFn: () =>
      data(
        api.GET('/api/v1/articles', {
          params: { query: { q: search, status: 'published', kind: 'article', limit: 8 } },
        }),
      ),
    enabled: search.length >= 2,
  })
  const items = found.data?.items ?? []
  return (
    <div className="curation-picker-box">
      <label htmlFor={id} className="label">
        Pin a story in {zoneName}
      </label>
      <input
        id={id}
        type="search"
        placeholder="Words of the headline"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      {search.length >= 2 && (
        <ul className="curation-results" aria-label={`Stories matching ${search}`}>
          {found.isLoading && <li className="muted">Searching…</li>}
          {!found.isLoading && items.length === 0 && (
            <li className="muted">No published story matches.</li>
          )}
          {items.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="button small quiet"
                onClick={() => {
                  onPick({ id: a.id, headline: a.headline })
                  setQ('')
                }}
              >
                Pin “{a.headline}”
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
