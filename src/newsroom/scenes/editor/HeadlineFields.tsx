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

export function HeadlineFields({ headline, dek, problem, set }: HeadlineFieldsProps) {
  return (
    <div className="story-head">
      {/* The page's title for assistive technology; the field below is where it is typed. */}
      <h1 className="visually-hidden">{headline.trim() || 'Untitled story'}</h1>
      <TextField
        label="Headline"
        hideLabel
        placeholder="Headline"
        className="headline-field"
        value={headline}
        limit={articleLimits.headline}
        error={fieldProblem(problem, 'headline')}
        multiline
        rows={1}
        onEnter={() => focusIn('.dek-field textarea')}
        onChange={(v) => set('headline', v.replace(/\n/g, ' '))}
      />
      <TextField
        label="Dek"
        hideLabel
        placeholder="Dek: the line under the headline"
        className="dek-field"
        value={dek}
        limit={articleLimits.dek}
        error={fieldProblem(problem, 'dek')}
        multiline
        rows={1}
        onEnter={() => focusIn('.editor-main [contenteditable="true"]')}
        onChange={(v) => set('dek', v.replace(/\n/g, ' '))}
      />
    </div>
  )
}
