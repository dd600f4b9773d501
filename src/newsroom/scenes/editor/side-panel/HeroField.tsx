/** The hero photo: pick or upload, the focal point on the photo itself, caption and credit. */
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { getMedia, patchMedia } from '../article-api'
import type { StoryFields } from '../fields'
import { MediaPicker } from '../MediaPicker'
import { TextField } from '../TextField'

type Set = <K extends keyof StoryFields>(key: K, value: StoryFields[K]) => void

export function HeroField({
  fields,
  set,
  err,
}: {
  fields: StoryFields
  set: Set
  err: (f: string) => string | undefined
}) {
  const [picking, setPicking] = useState(false)
  const hero = fields.hero
  const media = useQuery({
    queryKey: ['media', hero?.mediaId],
    queryFn: () => getMedia(hero?.mediaId ?? ''),
    enabled: hero !== null,
    staleTime: 300_000,
  })
  const setFocal = async (x: number, y: number) => {
    if (hero === null) return
    await patchMedia(hero.mediaId, { focalX: x, focalY: y })
    await media.refetch()
  }
  return (
    <div>
      {hero === null ? (
        <p className="muted">No hero photo.</p>
      ) : (
        <>
          {media.data && (
            <button
              type="button"
              className="focal"
              aria-label="Set the focal point: click the part of the photo that must stay in every crop"
              onClick={(e) => {
                const box = e.currentTarget.getBoundingClientRect()
                void setFocal(
                  Math.round(((e.clientX - box.left) / box.width) * 100) / 100,
                  Math.round(((e.clientY - box.top) / box.height) * 100) / 100,
                )
              }}
            >
              <img src={media.data.url} alt={media.data.alt} />
              <span
                className="focal-dot"
                style={{ left: `${media.data.focalX * 100}%`, top: `${media.data.focalY * 100}%` }}
                aria-hidden="true"
              />
            </button>
          )}
          <TextField
            label="Hero caption"
            value={hero.caption ?? ''}
            error={err('hero.caption')}
            multiline
            rows={2}
            onChange={(v) => set('hero', { ...hero, caption: v || null })}
          />
          <TextField
            label="Hero credit"
            value={hero.credit ?? ''}
            error={err('hero.credit')}
            onChange={(v) => set('hero', { ...hero, credit: v || null })}
          />
        </>
      )}
      <div className="row">
        <button type="button" className="button quiet small" onClick={() => setPicking(true)}>
          {hero === null ? 'Choose or upload a hero photo' : 'Change hero photo'}
        </button>
        {hero !== null && (
          <button type="button" className="button quiet small" onClick={() => set('hero', null)}>
            Remove hero photo
          </button>
        )}
      </div>
      <MediaPicker
        title="Hero photo"
        isOpen={picking}
        onOpenChange={setPicking}
        onPick={(m) => {
          setPicking(false)
          set('hero', { mediaId: m.id, caption: m.caption || null, credit: m.credit || null })
        }}
      />
    </div>
  )
}
