import type { Upload } from './useUploads'

/** The files on their way up, each with a progress bar and its outcome. */
export function UploadQueue({ uploads, onClear }: { uploads: Upload[]; onClear: () => void }) {
  if (uploads.length === 0) return null
  return (
    <section className="upload-queue" aria-label="Uploads">
      <ul>
        {uploads.map((u) => (
          <li key={u.id} className={`upload upload-${u.state}`}>
            <span className="upload-name">{u.name}</span>
            <progress
              max={1}
              value={u.progress}
              aria-label={`Uploading ${u.name}`}
              aria-valuetext={`${Math.round(u.progress * 100)}%`}
            />
            <span className="upload-state">
              {u.state === 'uploading'
                ? `${Math.round(u.progress * 100)}%`
                : u.state === 'done'
                  ? 'Uploaded'
                  : u.error}
            </span>
          </li>
        ))}
      </ul>
      {uploads.some((u) => u.state !== 'uploading') && (
        <button type="button" className="button small quiet" onClick={onClear}>
          Clear finished
        </button>
      )}
    </section>
  )
}
