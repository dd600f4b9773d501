import type { MediaJson } from '../../api/types'

interface MediaGridProps {
  items: MediaJson[]
  selectedId: string | null
  onSelect: (id: string) => void
}

/** Thumbnails; choosing one opens its details beside the grid. */
export function MediaGrid({ items, selectedId, onSelect }: MediaGridProps) {
  return (
    <ul className="media-grid">
      {items.map((m) => (
        <li key={m.id}>
          <button
            type="button"
            className="media-tile"
            aria-pressed={m.id === selectedId}
            onClick={() => onSelect(m.id)}
          >
            <img
              src={m.url}
              alt={m.caption || m.alt || 'Untitled image'}
              loading="lazy"
              style={{ objectPosition: `${m.focalX * 100}% ${m.focalY * 100}%` }}
            />
            <span className="media-credit">{m.credit || 'No credit'}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
