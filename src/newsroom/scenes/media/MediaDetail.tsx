import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { FormEvent } from 'react'
import { useState } from 'react'
import { Link } from 'wouter'
import { api, data } from '../../api/client'
import { keys } from '../../api/queries'
import type { MediaJson } from '../../api/types'
import { Field } from '../../components/Field'
import { fieldError, FormAlert } from '../../components/FormAlert'
import { formText } from '../../components/form-data'
import { statusLabel } from '../../components/format'
import { FocalPicker } from './FocalPicker'

/** One photo: caption, credit and alt text (prefilled from IPTC), focal point, where it is used. */
export function MediaDetail({ media }: { media: MediaJson }) {
  const queryClient = useQueryClient()
  const [focal, setFocal] = useState({ x: media.focalX, y: media.focalY })
  const detail = useQuery({
    queryKey: keys.mediaItem(media.id),
    queryFn: () => data(api.GET('/api/v1/media/{id}', { params: { path: { id: media.id } } })),
  })
  const save = useMutation({
    mutationFn: (body: { caption: string; credit: string; alt: string }) =>
      api.PATCH('/api/v1/media/{id}', {
        params: { path: { id: media.id } },
        body: { ...body, focalX: focal.x, focalY: focal.y },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.allMedia }),
  })
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    save.mutate({
      caption: formText(form, 'caption'),
      credit: formText(form, 'credit'),
      alt: formText(form, 'alt'),
    })
  }
  const usedBy = detail.data?.usedBy ?? []
  return (
    <aside className="media-detail" aria-label="Photo details">
      <FocalPicker src={media.url} focal={focal} onChange={setFocal} />
      <form className="stack" onSubmit={handleSubmit}>
        <FormAlert error={save.error} />
        <Field
          label="Caption"
          name="caption"
          defaultValue={media.caption}
          error={fieldError(save.error, 'caption')}
        />
        <Field
          label="Credit"
          name="credit"
          defaultValue={media.credit}
          error={fieldError(save.error, 'credit')}
          hint="Photographer / agency, as printed under the photo."
        />
        <Field
          label="Alt text"
          name="alt"
          defaultValue={media.alt}
          error={fieldError(save.error, 'alt')}
          hint="What the photo shows, for readers who cannot see it."
        />
        <div className="row">
          <button type="submit" className="button primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save photo details'}
          </button>
          <span role="status" className="muted">
            {save.isSuccess && !save.isPending ? 'Saved' : ''}
          </span>
        </div>
      </form>
      <h3 className="detail-head">Used in</h3>
      {usedBy.length === 0 ? (
        <p className="muted">{detail.isLoading ? 'Loading…' : 'Not used in any story yet.'}</p>
      ) : (
        <ul className="used-by">
          {usedBy.map((u) => (
            <li key={u.id}>
              <Link href={`/stories/${u.id}`}>{u.headline}</Link>{' '}
              <span className="muted">
                {statusLabel[u.status as keyof typeof statusLabel] ?? u.status}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">
        {media.width ?? '?'} × {media.height ?? '?'} px · {Math.round(media.size / 1024)} KB
      </p>
    </aside>
  )
}
