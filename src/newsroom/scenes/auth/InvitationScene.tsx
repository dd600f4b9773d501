import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useLocation, useSearch } from 'wouter'
import { api } from '../../api/client'
import { sessionKey, signIn } from '../../auth/session'
import { AuthCard } from '../../components/AuthCard'
import { NewPasswordForm } from '../../components/NewPasswordForm'

/** Accepting an invitation: choose a password, then you are signed in and on the Desk. */
export function InvitationScene() {
  const token = new URLSearchParams(useSearch()).get('token') ?? ''
  const [, navigate] = useLocation()
  const queryClient = useQueryClient()
  const mutation = useMutation({
    mutationFn: async (password: string) => {
      const { data: user } = await api.POST('/api/v1/invitations/accept', {
        body: { token, password },
      })
      if (user === undefined) throw new Error('No account in the answer')
      return signIn(user.email, password)
    },
    onSuccess: (session) => {
      queryClient.setQueryData(sessionKey, session)
      navigate('/', { replace: true })
    },
  })
  return (
    <AuthCard title="Welcome to the newsroom">
      <p className="muted">Choose the password you will sign in with.</p>
      <NewPasswordForm
        onSubmit={(input) => mutation.mutate(input.newPassword)}
        isPending={mutation.isPending}
        error={mutation.error}
        submitLabel="Set the password and sign in"
      />
    </AuthCard>
  )
}
