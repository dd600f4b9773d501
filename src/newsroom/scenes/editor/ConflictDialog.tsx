/**
 * Someone saved the story while these edits were on their way (409). Both versions are shown with
 * a word-level diff; the writer keeps theirs, takes the other, or copies from both. Whichever is
 * not taken is kept in IndexedDB and listed under "Kept versions", so no text is ever discarded.
 */
import { diffWords } from 'diff'
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import type { Conflict } from './use-story-session'
import { fieldsOf, plainText } from './fields'

interface ConflictDialogProps {
  conflict: Conflict
  onResolve: (choice: 'mine' | 'theirs' | 'both') => void
}

export function ConflictDialog({ conflict, onResolve }: ConflictDialogProps) {
  const mine = plainText(conflict.mine)
  const theirs = plainText(fieldsOf(conflict.theirs))
  const parts = diffWords(theirs, mine)
  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable={false} isKeyboardDismissDisabled>
      <Modal className="modal conflict-modal">
        <Dialog className="dialog" role="alertdialog">
          <Heading slot="title">Someone else saved this story</Heading>
          <p>
            The story changed on the server (now revision {conflict.theirs.revision}) while your
            edits were being saved. Nothing is lost: both versions are kept.
          </p>
          <h3 className="diff-title">Differences</h3>
          <p className="diff-legend muted">
            <ins>Underlined</ins> words are only in your version; <del>struck</del> words only in
            theirs.
          </p>
          <div className="diff" aria-label="Differences between the two versions" tabIndex={0}>
            {parts.map((part, i) =>
              part.added ? (
                <ins key={i}>{part.value}</ins>
              ) : part.removed ? (
                <del key={i}>{part.value}</del>
              ) : (
                <span key={i}>{part.value}</span>
              ),
            )}
          </div>
          <div className="versions">
            <VersionText id="conflict-mine" whose="Your" text={mine} />
            <VersionText id="conflict-theirs" whose="Their" text={theirs} />
          </div>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => onResolve('mine')}>
              Keep mine
            </button>
            <button type="button" className="button quiet" onClick={() => onResolve('theirs')}>
              Take theirs
            </button>
            <button type="button" className="button quiet" onClick={() => onResolve('both')}>
              Copy from both
            </button>
          </div>
          <p className="muted small">
            “Copy from both” opens their version in the editor and lists both versions under Kept
            versions in the side panel, to copy from.
          </p>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}

/** One side of the conflict, read-only, with a button that copies it. */
function VersionText({ id, whose, text }: { id: string; whose: 'Your' | 'Their'; text: string }) {
  return (
    <div>
      <label htmlFor={id}>{whose} version</label>
      <textarea id={id} readOnly value={text} rows={8} />
      <button
        type="button"
        className="button quiet small"
        onClick={() => void navigator.clipboard?.writeText(text)}
      >
        Copy {whose.toLowerCase()} version
      </button>
    </div>
  )
}
