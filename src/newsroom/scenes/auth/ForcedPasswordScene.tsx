import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../api/client'
import { sessionKey } from '../../auth/session'
import { AuthCard } from '../../components/AuthCard'
import { NewPasswordForm } from '../../components/NewPasswordForm'

/** First sign-in on a one-time password: nothing else opens until a new one is chosen. */
export function ForcedPasswordScene() {
  const queryClient = useQueryClient()
  const mutation = useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.POST('/api/v1/me/password', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  })
  return (
    <AuthCard title="Choose a new password">
      <p className="muted">
        You signed in with a one-time password. Choose your own before you continue.
      </p>
      <NewPasswordForm
        askCurrent
        onSubmit={(input) => mutation.mutate(input)}
        isPending={mutation.isPending}
        error={mutation.error}
        submitLabel="Change the password"
      />
    </AuthCard>
  )
}
