/**
 * The workflow buttons the signed-in role may use on this story in its status (the domain's
 * workflow rules; the server enforces them again). Every move first saves pending edits.
 */
import { useId, useState } from 'react'
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import type { Role } from '../../../domain/roles.js'
import type { ArticleAction } from '../../../domain/workflow.js'
import { isAllowedFrom, mayPerform } from '../../../domain/workflow.js'
import type { WorkflowAction } from './article-api'
import type { ArticleLike } from './fields'
import { isoToZoned, zonedToIso } from './zoned-time'

const labels: Record<WorkflowAction, string> = {
  submit: 'Submit for review',
  return: 'Return to writer',
  publish: 'Publish',
  schedule: 'Schedule',
  unschedule: 'Unschedule',
  unpublish: 'Unpublish',
}
const order: WorkflowAction[] = [
  'submit',
  'return',
  'schedule',
  'unschedule',
  'publish',
  'unpublish',
]

/** Which moves to offer. Ownership is assumed (a byline writer opening their story); the server decides. */
export function allowedActions(
  user: { id: string; role: Role },
  article: ArticleLike | null,
): WorkflowAction[] {
  const status = article?.status ?? 'draft'
  const actor = { kind: 'user' as const, userId: user.id, role: user.role, authorIds: [] }
  const subject = { status, createdBy: user.id, authors: [] }
  return order.filter(
    (a) =>
      mayPerform(actor, a as ArticleAction, subject) && isAllowedFrom(a as ArticleAction, status),
  )
}

interface WorkflowBarProps {
  actions: WorkflowAction[]
  busy: boolean
  timeZone: string
  scheduledAt: string | null
  onMove: (action: WorkflowAction, body?: Record<string, string>) => void
}

export function WorkflowBar({ actions, busy, timeZone, scheduledAt, onMove }: WorkflowBarProps) {
  const [asking, setAsking] = useState<'return' | 'schedule' | null>(null)
  return (
    <div className="workflow" role="group" aria-label="Workflow">
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className={`button${action === 'publish' || action === 'submit' ? '' : ' quiet'}`}
          disabled={busy}
          onClick={() =>
            action === 'return' || action === 'schedule' ? setAsking(action) : onMove(action)
          }
        >
          {labels[action]}
        </button>
      ))}
      {asking === 'return' && (
        <ReturnDialog
          onClose={() => setAsking(null)}
          onSend={(note) => {
            setAsking(null)
            onMove('return', note === '' ? undefined : { note })
          }}
        />
      )}
      {asking === 'schedule' && (
        <ScheduleDialog
          timeZone={timeZone}
          initial={scheduledAt}
          onClose={() => setAsking(null)}
          onSend={(at) => {
            setAsking(null)
            onMove('schedule', { at })
          }}
        />
      )}
    </div>
  )
}

function ReturnDialog({
  onClose,
  onSend,
}: {
  onClose: () => void
  onSend: (note: string) => void
}) {
  const [note, setNote] = useState('')
  const id = useId()
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen
      onOpenChange={(open) => !open && onClose()}
      isDismissable
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">Return to the writer</Heading>
          <form
            onSubmit={(e) => {
              e.preventDefault()
              onSend(note.trim())
            }}
          >
            <label htmlFor={id}>Note to the writer</label>
            <textarea
              id={id}
              rows={4}
              value={note}
              autoFocus
              onChange={(e) => setNote(e.target.value)}
            />
            <div className="dialog-actions">
              <button type="submit" className="button">
                Return
              </button>
              <button type="button" className="button quiet" onClick={onClose}>
                Cancel
              </button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}

function ScheduleDialog(props: {
  timeZone: string
  initial: string | null
  onClose: () => void
  onSend: (at: string) => void
}) {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString()
  const [local, setLocal] = useState(isoToZoned(props.initial ?? tomorrow, props.timeZone))
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen
      onOpenChange={(open) => !open && props.onClose()}
      isDismissable
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">Schedule publication</Heading>
          <form
            onSubmit={(e) => {
              e.preventDefault()
              const at = zonedToIso(local, props.timeZone)
              if (at === null || Date.parse(at) <= Date.now())
                return setError('Choose a date and time in the future.')
              props.onSend(at)
            }}
          >
            <label htmlFor={id}>Date and time ({props.timeZone})</label>
            <input
              id={id}
              type="datetime-local"
              value={local}
              autoFocus
              onChange={(e) => setLocal(e.target.value)}
              aria-invalid={error ? true : undefined}
            />
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
            <div className="dialog-actions">
              <button type="submit" className="button">
                Schedule
              </button>
              <button type="button" className="button quiet" onClick={props.onClose}>
                Cancel
              </button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
