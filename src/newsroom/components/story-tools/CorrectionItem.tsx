import { useState } from 'react'
import { api, data } from '../../api/client'
import type { ArticleJson } from '../../api/types'
import { FormAlert } from '../FormAlert'
import { formatDateTime } from './format'

/** A correction as the API lists it: its wording, earlier wordings, and a withdrawal. */
export type Correction = NonNullable<ArticleJson['corrections']>[number]

type Mode = 'view' | 'edit' | 'withdraw'

/** One correction, with rewording it and withdrawing it with a note (both public). */
export function CorrectionItem(props: {
  articleId: string
  correction: Correction
  onChanged: () => Promise<void>
}) {
  const c = props.correction
  const [mode, setMode] = useState<Mode>('view')
  const [value, setValue] = useState('')
  const [error, setError] = useState<unknown>(null)
  const path = { id: props.articleId, correctionId: c.id }
  const submit = async () => {
    setError(null)
    try {
      if (mode === 'edit')
        await data(
          api.PATCH('/api/v1/articles/{id}/corrections/{correctionId}', {
            params: { path },
            body: { text: value.trim() },
          }),
        )
      else
        await data(
          api.POST('/api/v1/articles/{id}/corrections/{correctionId}/withdraw', {
            params: { path },
            body: { note: value.trim() },
          }),
        )
      setMode('view')
      await props.onChanged()
    } catch (e) {
      setError(e)
    }
  }
  const open = (next: Mode) => {
    setValue(next === 'edit' ? c.text : '')
    setError(null)
    setMode(next)
  }
  return (
    <li>
      <div>
        <strong className="capitalize">{c.kind}</strong>,{' '}
        <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
        {c.editedAt !== null && <span className="muted"> (reworded)</span>}
        {c.withdrawn !== null && <span className="muted"> (withdrawn: {c.withdrawn.note})</span>}
        <p>{c.withdrawn !== null ? <del>{c.text}</del> : c.text}</p>
      </div>
      {mode === 'view' && c.withdrawn === null && (
        <div className="story-tool-row">
          <button type="button" className="button small" onClick={() => open('edit')}>
            Edit <span className="visually-hidden">{c.kind}</span>
          </button>
          <button type="button" className="button small" onClick={() => open('withdraw')}>
            Withdraw <span className="visually-hidden">{c.kind}</span>
          </button>
        </div>
      )}
      {mode !== 'view' && (
        <form
          className="story-tool"
          onSubmit={(e) => {
            e.preventDefault()
            void submit()
          }}
        >
          <label className="field">
            <span className="label">
              {mode === 'edit' ? 'Corrected text' : 'Why it is withdrawn'}
            </span>
            <textarea value={value} required onChange={(e) => setValue(e.target.value)} />
          </label>
          <FormAlert error={error} />
          <div className="story-tool-row">
            <button type="button" className="button quiet" onClick={() => setMode('view')}>
              Cancel
            </button>
            <button type="submit" className="button primary" disabled={value.trim() === ''}>
              {mode === 'edit' ? 'Save text' : 'Withdraw'}
            </button>
          </div>
        </form>
      )}
    </li>
  )
}
