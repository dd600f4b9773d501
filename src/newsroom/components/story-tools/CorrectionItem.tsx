import { useState } from 'react'
import { ApiProblem, apiFetch } from '../../api/client'
import { FormAlert } from '../FormAlert'
import { formatDateTime } from './format'

/** A correction as the API lists it; editing and withdrawing add the optional fields. */
export interface Correction {
  id: string
  kind: 'correction' | 'update' | 'clarification'
  text: string
  createdAt: string
  updatedAt?: string | null
  withdrawnAt?: string | null
  withdrawalNote?: string | null
}

type Mode = 'view' | 'edit' | 'withdraw'

/** Sends a JSON mutation to a correction route (not every server has these routes yet). */
async function send(path: string, method: 'PATCH' | 'POST', body: object): Promise<void> {
  await apiFetch(
    new Request(new URL(path, window.location.origin), {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    }),
  )
}

/** One correction, with editing its text and withdrawing it with a note. */
export function CorrectionItem(props: {
  articleId: string
  correction: Correction
  onChanged: () => Promise<void>
}) {
  const c = props.correction
  const [mode, setMode] = useState<Mode>('view')
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)
  const base = `/api/v1/articles/${props.articleId}/corrections/${c.id}`
  const submit = async () => {
    setError(null)
    try {
      if (mode === 'edit') await send(base, 'PATCH', { text: value.trim() })
      else await send(`${base}/withdraw`, 'POST', { note: value.trim() })
      setMode('view')
      await props.onChanged()
    } catch (e) {
      const missing = e instanceof ApiProblem && e.status === 404 && /No API route/.test(e.detail)
      setError(
        missing
          ? 'This server cannot change corrections yet.'
          : e instanceof Error
            ? e.message
            : 'The change was not saved.',
      )
    }
  }
  const open = (next: Mode) => {
    setValue(next === 'edit' ? c.text : '')
    setError(null)
    setMode(next)
  }
  const isWithdrawn = c.withdrawnAt != null
  return (
    <li>
      <div>
        <strong className="capitalize">{c.kind}</strong>,{' '}
        <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
        {isWithdrawn && <span className="muted"> (withdrawn: {c.withdrawalNote ?? ''})</span>}
        <p style={isWithdrawn ? { textDecoration: 'line-through' } : undefined}>{c.text}</p>
      </div>
      {mode === 'view' && !isWithdrawn && (
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
          <FormAlert>{error ?? undefined}</FormAlert>
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
