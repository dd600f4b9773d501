import type { ReactNode } from 'react'
import { useState } from 'react'
import { Button } from 'react-aria-components'
import { FormAlert } from '../FormAlert'
import { ToolDialog } from './ToolDialog'

interface ConfirmButtonProps {
  /** The button's text (its accessible name). */
  label: string
  /** The dialog's heading. */
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm: () => Promise<void>
  isDanger?: boolean
  className?: string
  /** Disables the button that opens the dialog (e.g. while a save is under way). */
  isDisabled?: boolean
  /** Focus the action on opening, so Enter confirms (keyboard users); Cancel otherwise. */
  isConfirmFocused?: boolean
}

/** A button that asks first: a modal alert dialog with Cancel and the action. */
export function ConfirmButton(props: ConfirmButtonProps) {
  const [error, setError] = useState<unknown>(null)
  const [isBusy, setBusy] = useState(false)
  return (
    <ToolDialog
      trigger={props.label}
      triggerClassName={props.className ?? 'button small'}
      isTriggerDisabled={props.isDisabled}
      title={props.title}
      role="alertdialog"
      dismissLabel="Cancel"
      onOpenChange={() => setError(null)}
      actions={(close) => (
        <Button
          className={props.isDanger === true ? 'button danger' : 'button primary'}
          isDisabled={isBusy}
          autoFocus={props.isConfirmFocused}
          onPress={() => {
            setBusy(true)
            props
              .onConfirm()
              .then(close, setError)
              .finally(() => setBusy(false))
          }}
        >
          {props.confirmLabel}
        </Button>
      )}
    >
      {() => (
        <>
          {props.children}
          <FormAlert error={error} />
        </>
      )}
    </ToolDialog>
  )
}
