import type { FormEvent } from 'react'
import { useState } from 'react'
import { fieldError, FormAlert } from './FormAlert'
import { Field } from './Field'
import { formText } from './form-data'

export const minPasswordLength = 10

interface NewPasswordFormProps {
  onSubmit: (input: { currentPassword: string; newPassword: string }) => void
  isPending: boolean
  error: unknown
  /** Ask for the current password too (changing, not resetting). */
  askCurrent?: boolean
  submitLabel: string
}

/** A new password typed twice, with the length rule shown before anyone gets it wrong. */
export function NewPasswordForm(props: NewPasswordFormProps) {
  const { onSubmit, isPending, error, askCurrent = false, submitLabel } = props
  const [mismatch, setMismatch] = useState(false)
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const newPassword = formText(form, 'newPassword')
    const isSame = newPassword === formText(form, 'repeat')
    setMismatch(!isSame)
    if (isSame) onSubmit({ currentPassword: formText(form, 'currentPassword'), newPassword })
  }
  return (
    <form onSubmit={handleSubmit} className="stack">
      <FormAlert error={error} />
      {askCurrent && (
        <Field
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          error={fieldError(error, 'currentPassword')}
        />
      )}
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        minLength={minPasswordLength}
        required
        hint={`At least ${minPasswordLength} characters.`}
        error={fieldError(error, 'newPassword') ?? fieldError(error, 'password')}
      />
      <Field
        label="Repeat the new password"
        name="repeat"
        type="password"
        autoComplete="new-password"
        required
        error={mismatch ? 'The two passwords differ.' : undefined}
      />
      <button type="submit" className="button primary" disabled={isPending}>
        {submitLabel}
      </button>
    </form>
  )
}
