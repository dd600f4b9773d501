/** A labelled text input or textarea with its length limit shown and the server's message. */
import { useId } from 'react'
import type { KeyboardEvent } from 'react'

interface TextFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  limit?: number
  error?: string | undefined
  hint?: string
  multiline?: boolean
  rows?: number
  type?: string
  className?: string
  placeholder?: string
  /** The label is read out but not shown (the headline on the page, say). */
  hideLabel?: boolean
  /** Enter calls this instead of starting a new line (the headline moves on to the dek). */
  onEnter?: () => void
}

export function TextField(props: TextFieldProps) {
  const id = useId()
  const over = props.limit !== undefined && props.value.length > props.limit
  const notes = [
    props.hint ? `${id}-hint` : '',
    props.limit !== undefined ? `${id}-count` : '',
    props.error ? `${id}-error` : '',
  ].filter(Boolean)
  const handleKeyDown = (e: KeyboardEvent) => {
    if (props.onEnter === undefined || e.key !== 'Enter' || e.shiftKey) return
    e.preventDefault()
    props.onEnter()
  }
  const common = {
    id,
    value: props.value,
    placeholder: props.placeholder,
    onKeyDown: handleKeyDown,
    'aria-invalid': props.error || over ? true : undefined,
    'aria-describedby': notes.length > 0 ? notes.join(' ') : undefined,
  }
  return (
    <div className={`field ${props.className ?? ''}`}>
      <div className="field-top">
        <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
          {props.label}
        </label>
        {props.limit !== undefined && (
          <span id={`${id}-count`} className={`count${over ? ' over' : ''}`}>
            <span className="visually-hidden">Length: </span>
            {props.value.length} / {props.limit}
          </span>
        )}
      </div>
      {props.multiline ? (
        <textarea
          {...common}
          rows={props.rows ?? 3}
          onChange={(e) => props.onChange(e.target.value)}
        />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      {props.hint && (
        <p id={`${id}-hint`} className="field-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${id}-error`} className="field-error">
          {props.error}
        </p>
      )}
    </div>
  )
}
