/**
 * The story's sources (wires, outlets, documents, interviews) that its attributions rest on:
 * add one by title and kind, edit its address and when it was retrieved, remove it.
 */
import { useState } from 'react'
import type { SourceKind, StorySource } from '../../../../domain/attribution.js'
import { sourceKinds } from '../../../../domain/attribution.js'
import { TextField } from '../TextField'

export const kindWords: Record<SourceKind, string> = {
  wire: 'Wire service',
  outlet: 'Other outlet',
  document: 'Document',
  interview: 'Interview',
  other: 'Other',
}

/** `2026-12-07T10:30` in the browser's time, from an ISO instant, for datetime-local. */
const localInput = (iso: string | null) => {
  if (iso === null) return ''
  const d = new Date(iso)
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
}

function newSourceId(sources: StorySource[]): string {
  const used = new Set(sources.map((s) => s.id))
  for (let n = sources.length + 1; ; n++) if (!used.has(`s${n}`)) return `s${n}`
}

export function SourcesList({
  sources,
  onChange,
}: {
  sources: StorySource[]
  onChange: (next: StorySource[]) => void
}) {
  const [title, setTitle] = useState('')
  const [kind, setKind] = useState<SourceKind>('wire')
  const edit = (id: string, patch: Partial<StorySource>) =>
    onChange(sources.map((s) => (s.id === id ? { ...s, ...patch } : s)))
  const add = () => {
    if (title.trim() === '') return
    onChange([
      ...sources,
      { id: newSourceId(sources), kind, title: title.trim(), url: null, retrievedAt: null },
    ])
    setTitle('')
  }
  return (
    <section aria-labelledby="sources-title" className="sources-list">
      <h3 id="sources-title">Sources</h3>
      {sources.length === 0 && <p className="field-hint">No sources listed yet.</p>}
      <ul>
        {sources.map((s) => (
          <li key={s.id} className="source-item">
            <fieldset className="field">
              <legend>{s.title || 'Untitled source'}</legend>
              <TextField label="Title" value={s.title} onChange={(v) => edit(s.id, { title: v })} />
              <KindSelect value={s.kind} onChange={(k) => edit(s.id, { kind: k })} />
              <TextField
                label="URL"
                type="url"
                value={s.url ?? ''}
                onChange={(v) => edit(s.id, { url: v.trim() === '' ? null : v })}
              />
              <TextField
                label="Retrieved"
                type="datetime-local"
                value={localInput(s.retrievedAt)}
                onChange={(v) => {
                  const t = new Date(v)
                  edit(s.id, {
                    retrievedAt: v === '' || Number.isNaN(t.getTime()) ? null : t.toISOString(),
                  })
                }}
              />
              <button
                type="button"
                className="button small quiet"
                aria-label={`Remove source ${s.title}`}
                onClick={() => onChange(sources.filter((x) => x.id !== s.id))}
              >
                Remove
              </button>
            </fieldset>
          </li>
        ))}
      </ul>
      <div className="source-add" role="group" aria-label="Add a source">
        <TextField label="New source" value={title} onChange={setTitle} onEnter={add} />
        <KindSelect value={kind} onChange={setKind} label="Kind of the new source" />
        <button type="button" className="button small" onClick={add} disabled={title.trim() === ''}>
          Add source
        </button>
      </div>
    </section>
  )
}

function KindSelect({
  value,
  onChange,
  label = 'Kind',
}: {
  value: SourceKind
  onChange: (k: SourceKind) => void
  label?: string
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as SourceKind)}>
        {sourceKinds.map((k) => (
          <option key={k} value={k}>
            {kindWords[k]}
          </option>
        ))}
      </select>
    </label>
  )
}
