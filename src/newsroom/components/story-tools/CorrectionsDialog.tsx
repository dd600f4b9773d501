import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components'
import { api, data } from '../../api/client'
import { CorrectionItem } from './CorrectionItem'
import type { Correction } from './CorrectionItem'
import type { StoryToolProps } from './format'
import './story-tools.css'

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
        (a) => (a.corrections ?? []) as Correction[],
      ),
  })
  const [kind, setKind] = useState<Kind>('correction')
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const changed = async () => {
    await refetch()
    onChanged()
  }
  const add = async () => {
    setError(null)
    try {
      await api.POST('/api/v1/articles/{id}/corrections', {
        params: { path: { id } },
        body: { kind, text: text.trim() },
      })
      setText('')
      await changed()
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The note could not be added.')
    }
  }
  const isPublished = article.status === 'published'
  return (
    <DialogTrigger>
      <Button className="button">
        Corrections{corrections.length > 0 ? ` (${corrections.length})` : ''}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog story-tool">
            {({ close }) => (
              <>
                <Heading slot="title">Corrections and updates</Heading>
                {corrections.length === 0 ? (
                  <p className="muted">This story has no corrections or updates.</p>
                ) : (
                  <ul className="story-tool-list" aria-label="Corrections and updates">
                    {corrections.map((c) => (
                      <CorrectionItem
                        key={c.id}
                        articleId={id}
                        correction={c}
                        onChanged={changed}
                      />
                    ))}
                  </ul>
                )}
                {isPublished ? (
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
                    {error !== null && (
                      <p className="alert" role="alert">
                        {error}
                      </p>
                    )}
                    <div className="story-tool-row">
                      <button
                        type="submit"
                        className="button primary"
                        disabled={text.trim() === ''}
                      >
                        Add {kinds.find((k) => k.value === kind)?.label.toLowerCase()}
                      </button>
                    </div>
                  </form>
                ) : (
                  <p className="muted">Corrections can be added once the story is published.</p>
                )}
                <div className="story-tool-row">
                  <Button className="button quiet" onPress={close}>
                    Close
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  )
}
