import type { ReactNode } from 'react'
import { ApiProblem } from '../../api/client'
import { FormAlert } from '../../components/FormAlert'
import type { CuratedDraft } from './useCuratedDraft'

const conflictText =
  'Someone else saved this while you were editing. Their version is shown now; yours is kept: ' +
  're-apply your changes, check them, and save again.'

/** Save and discard, the outcome of the last save, and the way back from a conflict. */
export function SaveBar<T>({
  draft,
  label = 'Save',
  children,
}: {
  draft: CuratedDraft<T>
  label?: string
  children?: ReactNode
}) {
  const isConflict = draft.error instanceof ApiProblem && draft.error.code === 'stale-revision'
  return (
    <div className="curation-savebar">
      <div className="row">
        <button
          type="button"
          className="button primary"
          disabled={!draft.isDirty || draft.isBusy}
          onClick={() => void draft.save()}
        >
          {label}
        </button>
        <button
          type="button"
          className="button"
          disabled={!draft.isDirty || draft.isBusy}
          onClick={draft.discard}
        >
          Discard changes
        </button>
        {children}
        <span className="muted small" aria-live="polite">
          {draft.isDirty ? 'Unsaved changes' : savedLine(draft.saved)}
        </span>
      </div>
      {isConflict ? <FormAlert>{conflictText}</FormAlert> : <FormAlert error={draft.error} />}
      {draft.notice !== null && (
        <p className="notice" role="status">
          {draft.notice}
        </p>
      )}
      {draft.kept !== undefined && (
        <div className="curation-kept" role="group" aria-label="Your unsaved version">
          <span>Your version from before the conflict is kept.</span>
          <button type="button" className="button small" onClick={draft.reapply}>
            Re-apply my changes
          </button>
          <button type="button" className="button small quiet" onClick={draft.dropKept}>
            Forget my version
          </button>
        </div>
      )}
    </div>
  )
}

function savedLine(saved: { revision: number; savedByName: string | null } | undefined): string {
  if (saved === undefined) return ''
  if (saved.revision === 0) return 'Never saved: this is the default.'
  return `Revision ${saved.revision}${saved.savedByName !== null ? `, saved by ${saved.savedByName}` : ''}`
}
