import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { api, data } from '../../api/client'
import { FormAlert } from '../FormAlert'
import { CorrectionItem } from './CorrectionItem'
import type { Correction } from './CorrectionItem'
import type { StoryToolProps } from './format'
import { ToolDialog } from './ToolDialog'

const kinds = [
  { value: 'correction', label: 'Correction' },
  { value: 'update', label: 'Update' },
  { value: 'clarification', label: 'Clarification' },
] as const
type Kind = (typeof kinds)[number]['value']

/**
 * Corrections, updates and clarifications of a published story: the list readers see on the
 * page, a form to add one, and (where the server offers it) editing and withdrawing with a note.
 */
export function CorrectionsDialog({ article, onChanged }: StoryToolProps) {
  const id = article.id
  const { data: corrections = [], refetch } = useQuery({
    queryKey: ['corrections', id, article.revision],
    queryFn: () =>
      data(api.GET('/api/v1/articles/{id}', { params: { path: { id } } })).then(
        (a): Correction[] => a.corrections ?? [],
      ),
  })
  const changed = async () => {
    await refetch()
    onChanged()
  }
  return (
    <ToolDialog
      trigger={`Corrections${corrections.length > 0 ? ` (${corrections.length})` : ''}`}
      title="Corrections and updates"
    >
      {() => (
        <>
          {corrections.length === 0 ? (
            <p className="muted">This story has no corrections or updates.</p>
          ) : (
            <ul className="story-tool-list" aria-label="Corrections and updates">
              {corrections.map((c) => (
                <CorrectionItem key={c.id} articleId={id} correction={c} onChanged={changed} />
              ))}
            </ul>
          )}
          {article.status === 'published' ? (
            <AddCorrection id={id} onAdded={changed} />
          ) : (
            <p className="muted">Corrections can be added once the story is published.</p>
          )}
        </>
      )}
    </ToolDialog>
  )
}

/** The form that adds a correction, an update or a clarification to a published story. */
function AddCorrection({ id, onAdded }: { id: string; onAdded: () => Promise<void> }) {
  const [kind, setKind] = useState<Kind>('correction')
  const [text, setText] = useState('')
  const [error, setError] = useState<unknown>(null)
  const add = async () => {
    setError(null)
    try {
      await data(
        api.POST('/api/v1/articles/{id}/corrections', {
          params: { path: { id } },
          body: { kind, text: text.trim() },
        }),
      )
      setText('')
      await onAdded()
    } catch (e) {
      setError(e)
    }
  }
  return (
    <form
      className="story-tool"
      onSubmit={(e) => {
        e.preventDefault()
        void add()
      }}
    >
      <h3>Add a note for readers</h3>
      <label className="field">
        <span className="label">Kind</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="label">Text shown on the story</span>
        <textarea
          value={text}
          maxLength={4000}
          required
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <FormAlert error={error} />
      <div className="story-tool-row">
        <button type="submit" className="button primary" disabled={text.trim() === ''}>
          Add {kinds.find((k) => k.value === kind)?.label.toLowerCase()}
        </button>
      </div>
    </form>
  )
}
