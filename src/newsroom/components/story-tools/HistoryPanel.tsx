import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { api, data } from '../../api/client'
import { ConfirmButton } from './ConfirmButton'
import type { StoryToolProps } from './format'
import { formatDateTime } from './format'
import { RevisionDiff } from './RevisionDiff'
import './story-tools.css'

/**
 * The story's history: every revision (who saved it, when), a word-level comparison of any two,
 * and restoring an old one (as a new revision: nothing is ever overwritten).
 */
export function HistoryPanel({ article, onChanged }: StoryToolProps) {
  const id = article.id
  const client = useQueryClient()
  const { data: revisions, error } = useQuery({
    queryKey: ['revisions', id, article.revision],
    queryFn: () =>
      data(api.GET('/api/v1/articles/{id}/revisions', { params: { path: { id } } })).then(
        (answer) => answer.items,
      ),
  })
  const [picked, setPicked] = useState<{ from?: number; to?: number }>({})
  if (error !== null) return <p className="alert">The history could not be loaded.</p>
  if (revisions === undefined) return <p className="muted">Loading the history…</p>
  const newest = revisions[0]?.revision ?? article.revision
  const to = picked.to ?? newest
  const from = picked.from ?? revisions.find((r) => r.revision < to)?.revision ?? to
  const restore = async (revision: number) => {
    await api.POST('/api/v1/articles/{id}/revisions/{revision}/restore', {
      params: { path: { id, revision }, header: { 'if-match': `"${article.revision}"` } },
    })
    await client.invalidateQueries({ queryKey: ['revisions', id] })
    onChanged()
  }
  const picker = (label: string, value: number, key: 'from' | 'to') => (
    <label className="field">
      <span className="label">{label}</span>
      <select
        value={value}
        onChange={(e) => setPicked({ from, to, [key]: Number(e.target.value) })}
      >
        {revisions.map((r) => (
          <option key={r.revision} value={r.revision}>
            Revision {r.revision} · {r.actorName} · {formatDateTime(r.createdAt)}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    // Mounted under a “History” disclosure in the side panel, so it names itself without a heading.
    <section className="story-tool" aria-label="History">
      <ol className="story-tool-list" aria-label="Revisions, newest first">
        {revisions.map((r) => (
          <li key={r.revision}>
            <span>
              <strong>Revision {r.revision}</strong> by {r.actorName},{' '}
              <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
              {r.revision === article.revision && <span className="muted"> (current)</span>}
            </span>
            {r.revision !== article.revision && (
              <ConfirmButton
                label={`Restore revision ${r.revision}`}
                title={`Restore revision ${r.revision}?`}
                confirmLabel="Restore"
                onConfirm={() => restore(r.revision)}
              >
                <p>
                  The story will read as it did in revision {r.revision}, saved by {r.actorName} on{' '}
                  {formatDateTime(r.createdAt)}. This becomes a new revision; the current text stays
                  in the history.
                </p>
              </ConfirmButton>
            )}
          </li>
        ))}
      </ol>
      {revisions.length > 1 && (
        <>
          <h3>Compare</h3>
          <div className="story-tool-row">
            {picker('Older revision', from, 'from')}
            {picker('Newer revision', to, 'to')}
          </div>
          {from === to ? (
            <p className="muted">Pick two different revisions to see what changed.</p>
          ) : (
            <RevisionDiff id={id} from={from} to={to} />
          )}
        </>
      )}
    </section>
  )
}
