import { useMutation } from '@tanstack/react-query'
import { Link, useSearch } from 'wouter'
import { api } from '../../api/client'
import { AuthCard } from '../../components/AuthCard'
import { NewPasswordForm } from '../../components/NewPasswordForm'

export function ResetScene() {
  const token = new URLSearchParams(useSearch()).get('token') ?? ''
  const mutation = useMutation({
    mutationFn: (password: string) =>
      api.POST('/api/v1/password-resets/complete', { body: { token, password } }),
  })
  return (
    <AuthCard title="Choose a new password">
      {mutation.isSuccess ? (
        <p role="status">
          Your password is changed and every other session is signed out.{' '}
          <Link href="/sign-in">Sign in</Link>
        </p>
      ) : (
        <NewPasswordForm
          onSubmit={(input) => mutation.mutate(input.newPassword)}
          isPending={mutation.isPending}
          error={mutation.error}
          submitLabel="Set the password"
        />
      )}
    </AuthCard>
  )
}
