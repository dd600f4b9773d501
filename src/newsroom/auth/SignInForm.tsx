import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { FormEvent } from 'react'
import { Field } from '../components/Field'
import { formText } from '../components/form-data'
import { FormAlert } from '../components/FormAlert'
import { sessionKey, signIn } from './session'

interface SignInFormProps {
  onSignedIn: () => void
  /** Prefilled and read-only when re-authenticating the same person. */
  email?: string
}

/** E-mail and password; on success the session goes into the query cache. */
export function SignInForm({ onSignedIn, email }: SignInFormProps) {
  const queryClient = useQueryClient()
  const mutation = useMutation({
    mutationFn: (input: { email: string; password: string }) => signIn(input.email, input.password),
    onSuccess: (session) => {
      queryClient.setQueryData(sessionKey, session)
      onSignedIn()
    },
  })
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    mutation.mutate({ email: formText(form, 'email'), password: formText(form, 'password') })
  }
  return (
    <form onSubmit={handleSubmit} className="stack">
      <FormAlert error={mutation.error} />
      <Field
        label="E-mail"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={email}
        autoFocus={email === undefined}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        autoFocus={email !== undefined}
      />
      <button type="submit" className="button primary" disabled={mutation.isPending}>
        {mutation.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
