/** Pick a photo from the media library (GET /api/v1/media), searchable, or upload a new one. */
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import type { MediaItem } from './article-api'
import { listMedia, uploadMedia } from './article-api'

interface MediaPickerProps {
  isOpen: boolean
  onOpenChange: (open: boolean) => void
  onPick: (media: MediaItem) => void
  title?: string
}

export function MediaPicker({
  isOpen,
  onOpenChange,
  onPick,
  title = 'Add a photo',
}: MediaPickerProps) {
  const [q, setQ] = useState('')
  const [error, setError] = useState<string | null>(null)
  const searchId = useId()
  const uploadId = useId()
  const media = useQuery({
    queryKey: ['media', 'list', q],
    queryFn: () => listMedia(q),
    enabled: isOpen,
  })
  const upload = async (files: FileList | null) => {
    const file = files?.[0]
    if (file === undefined) return
    try {
      onPick(await uploadMedia(file))
    } catch {
      setError(
        'The photo could not be uploaded. Check it is a JPEG, PNG or WebP image and try again.',
      )
    }
  }
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable
    >
      <Modal className="modal media-picker">
        <Dialog className="dialog">
          <Heading slot="title">{title}</Heading>
          <div className="picker-bar">
            <label htmlFor={searchId}>Search the library</label>
            <input id={searchId} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
            <label className="button quiet small" htmlFor={uploadId}>
              Upload from computer
            </label>
            <input
              id={uploadId}
              className="visually-hidden"
              type="file"
              accept="image/*"
              onChange={(e) => void upload(e.target.files)}
            />
          </div>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <ul className="picker-grid" aria-label="Photos">
            {(media.data ?? []).map((m) => (
              <li key={m.id}>
                <button type="button" className="picker-item" onClick={() => onPick(m)}>
                  <img src={m.url} alt="" loading="lazy" />
                  <span>{m.caption || m.alt || 'Untitled photo'}</span>
                  <span className="muted">
                    {m.credit ? `Credit: ${m.credit}` : 'No credit yet'}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {media.isSuccess && media.data.length === 0 && <p className="muted">No photos match.</p>}
          <div className="dialog-actions">
            <button type="button" className="button quiet" onClick={() => onOpenChange(false)}>
              Cancel
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
