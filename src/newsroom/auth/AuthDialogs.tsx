import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { Dialog, Heading, Modal } from 'react-aria-components'
import { api, setAuthHandler } from '../api/client'
import { NewPasswordForm } from '../components/NewPasswordForm'
import { sessionKey } from './session'
import type { SessionUser } from './session'
import { SignInForm } from './SignInForm'

type Reason = 'signed-out' | 'password-change'

/**
 * Answers an expired session (401) or a required password change (403) on any call by opening
 * a dialog over the current screen; nothing below it unmounts, and the failed call is retried.
 */
export function AuthDialogs() {
  const queryClient = useQueryClient()
  const [reason, setReason] = useState<Reason | null>(null)
  const resolveRef = useRef<(() => void) | null>(null)
  useEffect(() => {
    setAuthHandler(
      (why) =>
        new Promise<void>((resolve) => {
          resolveRef.current = resolve
          setReason(why)
        }),
    )
    return () => setAuthHandler(null)
  }, [])
  function handleDone() {
    setReason(null)
    resolveRef.current?.()
    resolveRef.current = null
  }
  const lastUser = queryClient.getQueryData<{ user: SessionUser } | null>(sessionKey)?.user
  return (
    <Modal isOpen={reason !== null} isDismissable={false} className="modal">
      <Dialog className="dialog" aria-labelledby="auth-dialog-title">
        {reason === 'password-change' ? (
          <PasswordChange onDone={handleDone} />
        ) : (
          <>
            <Heading slot="title" id="auth-dialog-title">
              Your session has ended
            </Heading>
            <p className="muted">Sign in again to carry on. Nothing on this screen is lost.</p>
            <SignInForm onSignedIn={handleDone} email={lastUser?.email} />
          </>
        )}
      </Dialog>
    </Modal>
  )
}

function PasswordChange({ onDone }: { onDone: () => void }) {
  const queryClient = useQueryClient()
  const mutation = useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.POST('/api/v1/me/password', { body: input }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sessionKey })
      onDone()
    },
  })
  return (
    <>
      <Heading slot="title" id="auth-dialog-title">
        Choose a new password
      </Heading>
      <p className="muted">Your account is on a one-time password. Choose your own to continue.</p>
      <NewPasswordForm
        askCurrent
        onSubmit={(input) => mutation.mutate(input)}
        isPending={mutation.isPending}
        error={mutation.error}
        submitLabel="Change the password"
      />
    </>
  )
}
