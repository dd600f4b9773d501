/**
 * The form for one attribution (docs/newsroom-editor.md, "Attribution"): who said it (searched
 * among the newsroom's people and organisations, or created), their role, how it is sourced, the
 * relay, the document, the story's sources it rests on, and where and when it was said. Loaded
 * when first needed; every change goes into the story's `attributions` and saves with the story.
 */
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { Attribution, Sourcing, StorySource } from '../../../../domain/attribution.js'
import { isUnnamedSourcing } from '../../../../domain/attribution.js'
import { Picker } from '../side-panel/Picker'
import type { PickOption } from '../side-panel/Picker'
import { TextField } from '../TextField'
import type { EntityChoice } from './attribution-api'
import { createEntity, searchEntities } from './attribution-api'
import { sourcingWords } from './sourcing-words'

const createPerson = '\u0000person'
const createOrganization = '\u0000organization'

interface FormProps {
  attribution: Attribution
  sources: StorySource[]
  onChange: (next: Attribution) => void
  /** Takes the attribution off this quote (Ctrl+Z in the body brings it back). */
  onRemove: () => void
  error?: string | undefined
}

export default function AttributionForm(props: FormProps) {
  const { attribution: a, sources, onChange, error } = props
  const [text, setText] = useState('')
  const [message, setMessage] = useState('')
  const found = useQuery({
    queryKey: ['entities', text.trim()],
    queryFn: () => searchEntities(text),
    enabled: text.trim() !== '',
    staleTime: 30_000,
  })
  const set = (patch: Partial<Attribution>) => onChange({ ...a, ...patch })
  const typed = text.trim()
  const matches: PickOption[] = (found.data ?? []).map((e: EntityChoice) => ({
    id: e.id,
    label: e.name,
    note: e.kind === 'person' ? 'Person' : 'Organisation',
  }))
  const named = matches.some((m) => m.label.toLowerCase() === typed.toLowerCase())
  const options =
    typed === '' || named
      ? matches
      : [
          ...matches,
          { id: createPerson, label: `Create person “${typed}”` },
          { id: createOrganization, label: `Create organisation “${typed}”` },
        ]
  const pick = (option: PickOption) => {
    if (option.id === createPerson || option.id === createOrganization) {
      const kind = option.id === createPerson ? 'person' : 'organization'
      const name = typed
      createEntity(kind, name).then(
        (e) => {
          set({ speaker: { entityId: e.id, name: e.name } })
          setMessage(`${e.name} created.`)
        },
        () => setMessage(`“${name}” could not be created. Try again in a moment.`),
      )
      return
    }
    set({ speaker: { entityId: option.id, name: option.label } })
    setMessage('')
  }
  const relayed = a.relayed
  const opt = (v: string) => (v.trim() === '' ? null : v)
  return (
    <div className="attribution-form" role="group" aria-label="Attribution of this quote">
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <span className="field-top">
          <span className="label-text">Speaker</span>
        </span>
        {a.speaker !== null ? (
          <p className="speaker-chosen">
            <strong>{a.speaker.name}</strong>{' '}
            <button
              type="button"
              className="button small quiet"
              onClick={() => set({ speaker: null })}
              aria-label={`Remove speaker ${a.speaker.name}`}
            >
              Remove
            </button>
          </p>
        ) : (
          <p className="field-hint">No speaker yet.</p>
        )}
        <Picker
          label={a.speaker === null ? 'Speaker' : 'Change speaker'}
          placeholder="Search people and organisations…"
          options={options}
          text={text}
          onText={setText}
          onPick={pick}
          noMatch={(t) => `No one named “${t}” yet.`}
          message={message}
        />
      </div>
      <TextField
        label="Role"
        value={a.role ?? ''}
        hint="At the time: “Kremlin spokesman”"
        onChange={(v) => set({ role: opt(v) })}
      />
      <fieldset className="field sourcing-choices">
        <legend>Sourcing</legend>
        {(Object.keys(sourcingWords) as Sourcing[]).map((s) => (
          <div key={s} className="choice">
            <input
              type="radio"
              id={`${a.id}-sourcing-${s}`}
              name={`sourcing-${a.id}`}
              aria-describedby={`${a.id}-sourcing-${s}-explain`}
              checked={a.sourcing === s}
              onChange={() => set({ sourcing: s })}
            />
            <span>
              <label htmlFor={`${a.id}-sourcing-${s}`}>{sourcingWords[s].label}</label>
              <span id={`${a.id}-sourcing-${s}-explain`} className="field-hint">
                {sourcingWords[s].explain}
              </span>
            </span>
          </div>
        ))}
      </fieldset>
      {isUnnamedSourcing(a.sourcing) && (
        <TextField
          label="Description"
          value={a.description ?? ''}
          hint="What the story prints: “a senior official in the ministry”"
          onChange={(v) => set({ description: opt(v) })}
        />
      )}
      {a.sourcing === 'document' && (
        <TextField
          label="Document URL"
          type="url"
          value={a.documentUrl ?? ''}
          onChange={(v) => set({ documentUrl: opt(v) })}
        />
      )}
      <label className="choice">
        <input
          type="checkbox"
          checked={relayed !== null}
          onChange={(e) =>
            set({ relayed: e.target.checked ? { outlet: '', url: null, date: null } : null })
          }
        />{' '}
        Reported by another outlet or agency
      </label>
      {relayed !== null && (
        <div className="relayed-fields">
          <TextField
            label="Outlet"
            value={relayed.outlet}
            onChange={(v) => set({ relayed: { ...relayed, outlet: v } })}
          />
          <TextField
            label="Outlet's URL"
            type="url"
            value={relayed.url ?? ''}
            onChange={(v) => set({ relayed: { ...relayed, url: opt(v) } })}
          />
          <TextField
            label="Outlet's date"
            type="date"
            value={relayed.date ?? ''}
            onChange={(v) => set({ relayed: { ...relayed, date: opt(v) } })}
          />
        </div>
      )}
      {sources.length > 0 && (
        <fieldset className="field">
          <legend>Rests on</legend>
          {sources.map((s) => (
            <label key={s.id} className="choice">
              <input
                type="checkbox"
                checked={a.sourceIds.includes(s.id)}
                onChange={(e) =>
                  set({
                    sourceIds: e.target.checked
                      ? [...a.sourceIds, s.id]
                      : a.sourceIds.filter((id) => id !== s.id),
                  })
                }
              />{' '}
              {s.title}
            </label>
          ))}
        </fieldset>
      )}
      <TextField
        label="Event"
        value={a.event ?? ''}
        hint="Where it was said"
        onChange={(v) => set({ event: opt(v) })}
      />
      <TextField
        label="Said on"
        type="date"
        value={a.saidOn ?? ''}
        onChange={(v) => set({ saidOn: opt(v) })}
      />
      <button type="button" className="button small quiet" onClick={props.onRemove}>
        Remove attribution
      </button>
    </div>
  )
}
