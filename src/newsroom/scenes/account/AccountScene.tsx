import { useMutation } from '@tanstack/react-query'
import { api } from '../../api/client'
import { useSession } from '../../auth/session'
import { NewPasswordForm } from '../../components/NewPasswordForm'

export function AccountScene() {
  const { user } = useSession()
  const mutation = useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.POST('/api/v1/me/password', { body: input }),
  })
  return (
    <section className="scene narrow" aria-labelledby="account-title">
      <h1 id="account-title">Your account</h1>
      {user && (
        <dl className="facts">
          <dt>Name</dt>
          <dd>{user.name}</dd>
          <dt>E-mail</dt>
          <dd>{user.email}</dd>
          <dt>Role</dt>
          <dd className="capitalize">{user.role}</dd>
        </dl>
      )}
      <h2>Change your password</h2>
      {mutation.isSuccess && (
        <p role="status" className="notice">
          Password changed. Your other sessions were signed out.
        </p>
      )}
      <NewPasswordForm
        askCurrent
        key={mutation.isSuccess ? 'done' : 'form'}
        onSubmit={(input) => mutation.mutate(input)}
        isPending={mutation.isPending}
        error={mutation.error}
        submitLabel="Change the password"
      />
    </section>
  )
}
