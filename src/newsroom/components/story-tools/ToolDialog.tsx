import type { ReactNode } from 'react'
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components'
import './story-tools.css'

interface ToolDialogProps {
  /** The button that opens the dialog: its content is its accessible name. */
  trigger: ReactNode
  triggerClassName?: string
  /** Disables the button that opens the dialog (e.g. while a save is under way). */
  isTriggerDisabled?: boolean
  /** The dialog's heading, which also names it. */
  title: string
  /** `alertdialog` for a question that needs an answer before anything else. */
  role?: 'dialog' | 'alertdialog'
  /** The quiet button that closes the dialog without doing anything. */
  dismissLabel?: 'Close' | 'Cancel'
  onOpenChange?: (isOpen: boolean) => void
  /** The dialog's content; `close` shuts it (after an action, say). */
  children: (close: () => void) => ReactNode
  /** Buttons after the dismiss button, at the foot of the dialog. */
  actions?: (close: () => void) => ReactNode
}

/**
 * A story tool's modal dialog (React Aria): a button opens it, its heading names it, and its
 * foot always offers a way out. Focus is trapped inside and returns to the button on close.
 */
export function ToolDialog(props: ToolDialogProps) {
  return (
    <DialogTrigger onOpenChange={props.onOpenChange}>
      <Button className={props.triggerClassName ?? 'button'} isDisabled={props.isTriggerDisabled}>
        {props.trigger}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog story-tool" role={props.role ?? 'dialog'}>
            {({ close }) => (
              <>
                <Heading slot="title">{props.title}</Heading>
                {props.children(close)}
                <div className="story-tool-row">
                  <Button className="button quiet" onPress={close}>
                    {props.dismissLabel ?? 'Close'}
                  </Button>
                  {props.actions?.(close)}
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  )
}
