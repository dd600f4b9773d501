import type { ReactNode } from 'react'
import { useState } from 'react'
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components'
import { ApiProblem } from '../../api/client'

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

/** A button that asks first: a modal dialog (React Aria) with Cancel and the action. */
export function ConfirmButton(props: ConfirmButtonProps) {
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setBusy] = useState(false)
  return (
    <DialogTrigger onOpenChange={() => setError(null)}>
      <Button className={props.className ?? 'button small'} isDisabled={props.isDisabled}>
        {props.label}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog story-tool" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">{props.title}</Heading>
                {props.children}
                {error !== null && (
                  <p className="alert" role="alert">
                    {error}
                  </p>
                )}
                <div className="story-tool-row">
                  <Button className="button quiet" onPress={close}>
                    Cancel
                  </Button>
                  <Button
                    className={props.isDanger === true ? 'button danger' : 'button primary'}
                    isDisabled={isBusy}
                    autoFocus={props.isConfirmFocused}
                    onPress={() => {
                      setBusy(true)
                      props
                        .onConfirm()
                        .then(close, (e: unknown) =>
                          setError(e instanceof ApiProblem ? e.detail || e.title : String(e)),
                        )
                        .finally(() => setBusy(false))
                    }}
                  >
                    {props.confirmLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  )
}
