/**
 * The story's trust labels (docs/attribution.md, "Trust labels"): its type of work, shown to
 * readers as a label, and its dateline, the place it was filed from.
 */
import { useId } from 'react'
import type { WorkType } from '../../../../domain/attribution.js'
import { workTypes } from '../../../../domain/attribution.js'
import type { StoryFields } from '../fields'
import { articleLimits } from '../fields'
import { TextField } from '../TextField'

type Set = <K extends keyof StoryFields>(key: K, value: StoryFields[K]) => void

const workWords: Record<WorkType, string> = {
  news: 'News',
  analysis: 'Analysis',
  opinion: 'Opinion',
  review: 'Review',
  explainer: 'Explainer',
  sponsored: 'Sponsored',
}

interface WorkFieldsProps {
  fields: StoryFields
  set: Set
  err: (field: string) => string | undefined
}

export function WorkFields({ fields, set, err }: WorkFieldsProps) {
  const id = useId()
  const error = err('workType')
  const sponsored = fields.workType === 'sponsored'
  const notes = [sponsored ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean)
  return (
    <>
      <div className="field">
        <div className="field-top">
          <label htmlFor={id}>Type of work</label>
        </div>
        <select
          id={id}
          value={fields.workType}
          aria-invalid={error ? true : undefined}
          aria-describedby={notes.length > 0 ? notes.join(' ') : undefined}
          onChange={(e) => set('workType', e.target.value as WorkType)}
        >
          {workTypes.map((w) => (
            <option key={w} value={w}>
              {workWords[w]}
            </option>
          ))}
        </select>
        {sponsored && (
          <p id={`${id}-hint`} className="field-hint">
            Readers see it marked as paid content.
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <TextField
        label="Dateline"
        value={fields.dateline ?? ''}
        placeholder="Kyiv"
        limit={articleLimits.dateline}
        error={err('dateline')}
        hint="Where the story was filed from; empty for none"
        onChange={(v) => set('dateline', v || null)}
      />
    </>
  )
}
