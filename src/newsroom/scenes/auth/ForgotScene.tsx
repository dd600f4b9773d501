import { useMutation } from '@tanstack/react-query'
import type { FormEvent } from 'react'
import { Link } from 'wouter'
import { api } from '../../api/client'
import { AuthCard } from '../../components/AuthCard'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { formText } from '../../components/form-data'

export function ForgotScene() {
  const mutation = useMutation({
    mutationFn: (email: string) => api.POST('/api/v1/password-resets', { body: { email } }),
  })
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    mutation.mutate(formText(event.currentTarget, 'email'))
  }
  return (
    <AuthCard title="Reset your password">
      {mutation.isSuccess ? (
        <p role="status">
          If an account uses that address, a link to choose a new password is on its way. It works
          for one hour.
        </p>
      ) : (
        <form onSubmit={handleSubmit} className="stack">
          <p className="muted">We will e-mail you a link to choose a new password.</p>
          <FormAlert error={mutation.error} />
          <Field label="E-mail" name="email" type="email" autoComplete="username" required />
          <button type="submit" className="button primary" disabled={mutation.isPending}>
            Send the link
          </button>
        </form>
      )}
      <p className="auth-links">
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </AuthCard>
  )
}
