import { useId } from 'react'
import { isoToZoned, zonedToIso } from '../editor/zoned-time'

/** A date and time in the publication's zone, or none; `value` and `onChange` speak ISO instants. */
export function ZonedTimeField({
  label,
  value,
  timeZone,
  onChange,
  noneText,
}: {
  label: string
  value: string | null
  timeZone: string
  onChange: (iso: string | null) => void
  noneText: string
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          id={id}
          type="datetime-local"
          value={value === null ? '' : isoToZoned(value, timeZone)}
          aria-describedby={`${id}-hint`}
          onChange={(e) =>
            onChange(e.target.value === '' ? null : zonedToIso(e.target.value, timeZone))
          }
        />
        {value !== null && (
          <button
            type="button"
            className="button small quiet"
            aria-label={`${label}: no end`}
            onClick={() => onChange(null)}
          >
            No end
          </button>
        )}
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {value === null ? noneText : `In the publication's zone (${timeZone}).`}
      </p>
    </div>
  )
}
