import { useId } from 'react'
import type { ZoneContentsJson, ZoneJson } from '../../api/types'
import { PinList } from './PinList'
import { StoryPicker } from './StoryPicker'
import { ZoneRuleFields } from './ZoneRuleFields'
import { MoveButtons } from './MoveButtons'

/** The name a zone goes by in the newsroom: its heading, or its id. */
export const zoneName = (zone: ZoneJson, shown?: ZoneContentsJson) =>
  zone.title ?? shown?.title ?? zone.id.charAt(0).toUpperCase() + zone.id.slice(1)

/** One zone of a front: what it shows now, its pins, its rule, and its place on the front. */
export function ZoneCard({
  zone,
  shown,
  index,
  count,
  timeZone,
  onChange,
  onMove,
  onRemove,
}: {
  zone: ZoneJson
  shown: ZoneContentsJson | undefined
  index: number
  count: number
  timeZone: string
  onChange: (zone: ZoneJson) => void
  onMove: (by: number) => void
  onRemove: () => void
}) {
  const id = useId()
  const name = zoneName(zone, shown)
  const pins = zone.pins ?? []
  return (
    <li className="panel curation-zone" aria-labelledby={`${id}-name`}>
      <div className="curation-zone-head">
        <h3 id={`${id}-name`}>
          {index + 1}. {name} <span className="badge">{zone.kind}</span>
        </h3>
        <div className="row">
          <MoveButtons what={`zone ${name}`} index={index} count={count} onMove={onMove} />
          <button
            type="button"
            className="button small danger"
            aria-label={`Remove zone ${name}`}
            onClick={onRemove}
          >
            Remove zone
          </button>
        </div>
      </div>
      <div className="curation-zone-body">
        <section aria-label={`${name}: shows now`}>
          <h4 className="label">Shows now</h4>
          {shown === undefined ? (
            <p className="muted small">…</p>
          ) : !shown.isShown ? (
            <p className="muted small">Left out: nothing recent enough to show.</p>
          ) : (
            <ol className="curation-shows">
              {shown.stories.map((s) => (
                <li key={s.id}>
                  {s.headline} {s.isPinned && <span className="badge">pinned</span>}
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-label={`${name}: pins`} className="stack">
          <h4 className="label">Pinned</h4>
          <PinList
            pins={pins}
            timeZone={timeZone}
            onChange={(next) => onChange({ ...zone, pins: next })}
          />
          <StoryPicker
            zoneName={name}
            onPick={(story) =>
              pins.some((p) => p.articleId === story.id)
                ? undefined
                : onChange({
                    ...zone,
                    pins: [...pins, { articleId: story.id, until: null }],
                    max: Math.max(zone.max, pins.length + 1),
                  })
            }
          />
        </section>
      </div>
      <details className="curation-details">
        <summary>Rule and look of {name}</summary>
        <ZoneRuleFields zone={zone} onChange={onChange} />
      </details>
    </li>
  )
}
