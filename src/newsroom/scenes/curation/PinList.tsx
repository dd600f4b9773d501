import { useQueries } from '@tanstack/react-query'
import { api, data } from '../../api/client'
import type { ZoneJson } from '../../api/types'
import { moved } from './menu-labels'
import { ZonedTimeField } from './ZonedTimeField'
import { MoveButtons } from './MoveButtons'

type Pin = NonNullable<ZoneJson['pins']>[number]

/** A zone's pinned stories in order, each with its end, its place and a way out. */
export function PinList({
  pins,
  timeZone,
  onChange,
}: {
  pins: Pin[]
  timeZone: string
  onChange: (pins: Pin[]) => void
}) {
  const headlines = useQueries({
    queries: pins.map((p) => ({
      queryKey: ['curation', 'headline', p.articleId],
      queryFn: async () =>
        (await data(api.GET('/api/v1/articles/{id}', { params: { path: { id: p.articleId } } })))
          .headline,
      staleTime: 5 * 60_000,
    })),
  })
  if (pins.length === 0) return <p className="muted small">No pinned stories: the rule fills it.</p>
  return (
    <ol className="curation-list" aria-label="Pinned stories">
      {pins.map((pin, i) => {
        const name = headlines[i]?.data ?? 'Loading…'
        return (
          <li key={pin.articleId} className="curation-item">
            <div className="curation-item-main">
              <span className="curation-item-name">{name}</span>
              <span className="badge">pinned</span>
            </div>
            <ZonedTimeField
              label="Pin ends"
              value={pin.until ?? null}
              timeZone={timeZone}
              noneText="Pinned until removed."
              onChange={(until) => onChange(pins.map((p, j) => (j === i ? { ...p, until } : p)))}
            />
            <div className="row">
              <MoveButtons
                what={`pin ${name}`}
                index={i}
                count={pins.length}
                onMove={(by) => onChange(moved(pins, i, by))}
              />
              <button
                type="button"
                className="button small danger"
                aria-label={`Remove pin ${name}`}
                onClick={() => onChange(pins.filter((_, j) => j !== i))}
              >
                Remove pin
              </button>
            </div>
          </li>
        )
      })}
    </ol>
  )
}
