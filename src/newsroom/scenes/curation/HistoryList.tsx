import { formatTime } from '../../components/format'
import type { CuratedDraft } from './useCuratedDraft'

/** Every saved version, newest first, with who saved it and when; any older one can come back. */
export function HistoryList<T>({
  draft,
  timeZone,
}: {
  draft: CuratedDraft<T>
  timeZone: string | undefined
}) {
  const items = draft.history.data ?? []
  const current = draft.saved?.revision
  return (
    <section className="panel curation-history" aria-labelledby="curation-history-title">
      <h2 id="curation-history-title" className="panel-title">
        History
      </h2>
      {draft.history.isLoading && <p className="muted">Loading…</p>}
      {!draft.history.isLoading && items.length === 0 && (
        <p className="muted">Never saved: what shows is the default.</p>
      )}
      <ol className="story-list">
        {items.map((r) => (
          <li key={r.revision} className="story-row curation-revision">
            <div>
              <strong>Revision {r.revision}</strong>
              {r.revision === current && <span className="badge">current</span>}
              <div className="story-meta">
                <span>{r.savedByName}</span>
                <time dateTime={r.savedAt}>{formatTime(r.savedAt, timeZone)}</time>
              </div>
            </div>
            {r.revision !== current && (
              <button
                type="button"
                className="button small"
                disabled={draft.isDirty || draft.isBusy}
                title={draft.isDirty ? 'Save or discard your changes first' : undefined}
                onClick={() => void draft.restore(r.revision)}
              >
                Restore revision {r.revision}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
