/**
 * The workflow buttons the server says this person may use on this story now (`allowedActions`,
 * computed by the rules that enforce them). Publish and Unpublish ask first, naming the story and
 * its public address; Schedule shows the time in the publication's zone. Every move first saves
 * pending edits.
 */
import { useId, useState } from 'react'
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import type { Role } from '../../../domain/roles.js'
import { allowedActions } from '../../../domain/workflow.js'
import { ConfirmButton } from '../../components/story-tools/ConfirmButton'
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

/**
 * The moves to offer: the server's `allowedActions` for a saved story. A story not saved yet is
 * the writer's own new draft, so the domain's rules for exactly that apply.
 */
export function workflowActions(
  user: { id: string; role: Role },
  article: ArticleLike | null,
): WorkflowAction[] {
  const allowed: readonly string[] =
    article?.allowedActions ??
    (article === null
      ? allowedActions(
          { kind: 'user', userId: user.id, role: user.role, authorIds: [] },
          { status: 'draft', createdBy: user.id, authors: [] },
        )
      : [])
  return order.filter((a) => allowed.includes(a))
}

interface WorkflowBarProps {
  actions: WorkflowAction[]
  busy: boolean
  timeZone: string
  scheduledAt: string | null
  /** The story's headline and public address, for the confirmations. */
  headline: string
  liveUrl: string
  onMove: (action: WorkflowAction, body?: Record<string, string>) => void
  /** Why the story may not go live yet (an unnamed source without its sign-off), if it may not. */
  blocked?: string | null
}

/** The moves that make a story public, which an unsigned unnamed source holds back. */
const goesLive = new Set<WorkflowAction>(['publish', 'schedule'])

export function WorkflowBar(props: WorkflowBarProps) {
  const { actions, busy, timeZone, scheduledAt, onMove } = props
  const [asking, setAsking] = useState<'return' | 'schedule' | null>(null)
  const blocked = props.blocked ?? null
  const isHeld = (action: WorkflowAction) => blocked !== null && goesLive.has(action)
  return (
    <div className="workflow" role="group" aria-label="Workflow">
      {blocked !== null && actions.some(isHeld) && (
        <p className="workflow-blocked" id="workflow-blocked" role="note">
          {blocked}
        </p>
      )}
      {actions.map((action) =>
        action === 'publish' || action === 'unpublish' ? (
          <GoLiveButton key={action} action={action} {...props} />
        ) : (
          <button
            key={action}
            type="button"
            className={`button${action === 'submit' ? '' : ' quiet'}`}
            disabled={busy || isHeld(action)}
            aria-describedby={isHeld(action) ? 'workflow-blocked' : undefined}
            onClick={() =>
              action === 'return' || action === 'schedule' ? setAsking(action) : onMove(action)
            }
          >
            {labels[action]}
          </button>
        ),
      )}
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

/** Publish or Unpublish, confirmed in a dialog that names the story and where it is public. */
function GoLiveButton({
  action,
  busy,
  headline,
  liveUrl,
  onMove,
  blocked,
}: WorkflowBarProps & { action: 'publish' | 'unpublish' }) {
  const isHeld = action === 'publish' && (blocked ?? null) !== null
  const name = headline.trim() === '' ? 'this story' : `“${headline.trim()}”`
  const isPublish = action === 'publish'
  return (
    <ConfirmButton
      label={labels[action]}
      title={isPublish ? 'Publish this story?' : 'Take this story off the site?'}
      confirmLabel={isPublish ? 'Publish now' : 'Unpublish'}
      className={`button${isPublish ? '' : ' quiet'}`}
      isDisabled={busy || isHeld}
      isDanger={!isPublish}
      isConfirmFocused
      onConfirm={() => Promise.resolve(onMove(action))}
    >
      <p>
        {isPublish
          ? `${name} goes live for every reader at once, on the site, in the feeds and in the sitemap, at:`
          : `${name} stops being public. Readers who open its address will no longer find it:`}
      </p>
      <p className="field-hint">
        <code>{liveUrl}</code>
      </p>
    </ConfirmButton>
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
              aria-describedby={`${id}-when`}
            />
            <p id={`${id}-when`} className="field-hint" aria-live="polite">
              {whenText(local, props.timeZone)}
            </p>
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

/** The chosen wall-clock time, spelled out in the publication's zone (named at that date). */
function whenText(local: string, timeZone: string): string {
  const at = zonedToIso(local, timeZone)
  if (at === null) return ''
  const spelled = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(at))
  return `Goes live on ${spelled} (${timeZone}).`
}
