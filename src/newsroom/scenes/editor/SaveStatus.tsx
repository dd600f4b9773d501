/** Saving, saved, offline: always visible, read out politely when it changes. */
import type { SaveState } from './use-story-session'

const text: Record<SaveState, string> = {
  loading: 'Opening…',
  new: 'Not saved yet',
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  offline: 'Offline — your edits are kept in this browser and saved when the server is back',
  refused: 'Not saved — see the highlighted fields',
  conflict: 'Someone else saved this story — choose what to keep',
}

export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  return (
    <span className={`save-status save-${state}`}>
      <span role="status" aria-live="polite" data-save-state={state}>
        {text[state]}
      </span>
      {state === 'offline' && (
        <button type="button" className="link-button" onClick={onRetry}>
          Retry now
        </button>
      )}
    </span>
  )
}
