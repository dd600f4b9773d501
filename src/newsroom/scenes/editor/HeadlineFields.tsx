/**
 * The headline and the dek, typed on the page above the body as they will read, with their
 * length limits. Enter in the headline moves to the dek, and in the dek to the body.
 */
import type { ApiProblem } from '../../api/client'
import type { StoryFields } from './fields'
import { articleLimits } from './fields'
import { fieldProblem } from './SidePanel'
import { TextField } from './TextField'

interface HeadlineFieldsProps {
  headline: string
  dek: string
  problem: ApiProblem | null
  set: <K extends keyof StoryFields>(key: K, value: StoryFields[K]) => void
}

const focusIn = (selector: string) => document.querySelector<HTMLElement>(selector)?.focus()

const lines = [
  { key: 'headline', label: 'Headline', placeholder: 'Headline', next: '.dek-field textarea' },
  {
    key: 'dek',
    label: 'Dek',
    placeholder: 'Dek: the line under the headline',
    next: '.editor-main [contenteditable="true"]',
  },
] as const

export function HeadlineFields({ headline, dek, problem, set }: HeadlineFieldsProps) {
  const values = { headline, dek }
  return (
    <div className="story-head">
      {/* The page's title for assistive technology; the field below is where it is typed. */}
      <h1 className="visually-hidden">{headline.trim() || 'Untitled story'}</h1>
      {lines.map((line) => (
        <TextField
          key={line.key}
          label={line.label}
          hideLabel
          placeholder={line.placeholder}
          className={`${line.key}-field`}
          value={values[line.key]}
          limit={articleLimits[line.key]}
          error={fieldProblem(problem, line.key)}
          multiline
          rows={1}
          onEnter={() => focusIn(line.next)}
          onChange={(v) => set(line.key, v.replace(/\n/g, ' '))}
        />
      ))}
    </div>
  )
}
