import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import { api, data } from '../../api/client'
import { useSections, useSettings } from '../../api/queries'
import type { LayoutJson, ZoneJson } from '../../api/types'
import { FormAlert } from '../../components/FormAlert'
import { frontDoc, openFrontPreview } from './curation-api'
import { HistoryList } from './HistoryList'
import { moved } from './menu-labels'
import { SaveBar } from './SaveBar'
import { useCuratedDraft } from './useCuratedDraft'
import { ZoneCard } from './ZoneCard'

function newZone(zones: readonly ZoneJson[]): ZoneJson {
  let n = zones.length + 1
  while (zones.some((z) => z.id === `zone-${n}`)) n += 1
  return {
    id: `zone-${n}`,
    kind: 'block',
    title: `New zone ${n}`,
    rule: { source: 'latest' },
    max: 4,
    pins: [],
  }
}

/** What each zone shows with the layout on screen (saved, or the unsaved edit). */
function useContents(
  front: string,
  layout: LayoutJson | undefined,
  saved: number | undefined,
  isDirty: boolean,
) {
  return useQuery({
    queryKey: ['curation', 'contents', front, saved, isDirty ? layout : null],
    queryFn: () =>
      data(
        api.POST('/api/v1/fronts/{front}/contents', {
          params: { path: { front } },
          body: isDirty && layout !== undefined ? { layout } : {},
        }),
      ),
    enabled: layout !== undefined,
    placeholderData: keepPreviousData,
    retry: false,
  })
}

/** The home page and section fronts: zones in order, their pins and rules, saved with If-Match. */
export function FrontsScene() {
  const id = useId()
  const zone = useSettings().data?.timeZone ?? 'UTC'
  const sections = useSections().data?.items ?? []
  const [front, setFront] = useState('home')
  const doc = useMemo(() => frontDoc(front), [front])
  const draft = useCuratedDraft(doc)
  const layout = draft.value
  const zones = layout?.zones ?? []
  const contents = useContents(front, layout, draft.saved?.revision, draft.isDirty)
  const shown = new Map((contents.data?.zones ?? []).map((z) => [z.id, z]))
  const [previewError, setPreviewError] = useState<unknown>(null)
  const setZones = (next: ZoneJson[]) =>
    layout !== undefined && draft.edit({ ...layout, zones: next })
  return (
    <div className="curation-columns">
      <div className="stack">
        <div className="field curation-picker">
          <label htmlFor={`${id}-front`}>Front</label>
          <select
            id={`${id}-front`}
            disabled={draft.isDirty}
            aria-describedby={draft.isDirty ? `${id}-front-hint` : undefined}
            value={front}
            onChange={(e) => setFront(e.target.value)}
          >
            <option value="home">Home page</option>
            {sections.map((s) => (
              <option key={s.id} value={`section:${s.id}`}>
                Section: {s.name}
              </option>
            ))}
          </select>
          {draft.isDirty && (
            <p id={`${id}-front-hint`} className="field-hint">
              Save or discard your changes to choose another.
            </p>
          )}
        </div>
        <SaveBar draft={draft} label="Save front">
          <button
            type="button"
            className="button"
            disabled={layout === undefined}
            onClick={() => {
              setPreviewError(null)
              if (layout !== undefined) openFrontPreview(front, layout).catch(setPreviewError)
            }}
          >
            Preview
          </button>
        </SaveBar>
        <FormAlert error={previewError} />
        {contents.isError && <FormAlert error={contents.error} />}
        {draft.query.isLoading && <p className="muted">Loading…</p>}
        {layout !== undefined && zones.length === 0 && (
          <p className="muted">
            No zones:{' '}
            {front === 'home' ? 'the page is empty.' : 'the section shows its list of stories.'}
          </p>
        )}
        <ol className="curation-zones" aria-label="Zones, in page order">
          {zones.map((z, i) => (
            <ZoneCard
              key={z.id}
              zone={z}
              shown={contents.isError ? undefined : shown.get(z.id)}
              index={i}
              count={zones.length}
              timeZone={zone}
              onChange={(next) => setZones(zones.map((old, j) => (j === i ? next : old)))}
              onMove={(by) => setZones(moved(zones, i, by))}
              onRemove={() => setZones(zones.filter((_, j) => j !== i))}
            />
          ))}
        </ol>
        <div className="row">
          <button
            type="button"
            className="button"
            onClick={() => setZones([...zones, newZone(zones)])}
          >
            Add zone
          </button>
          {layout !== undefined && (
            <label className="curation-check">
              Leave out zones with nothing newer than{' '}
              <input
                type="number"
                min={1}
                max={3650}
                className="curation-days"
                value={layout.freshDays ?? 30}
                onChange={(e) =>
                  draft.edit({
                    ...layout,
                    freshDays: Math.max(1, Math.min(3650, Number(e.target.value) || 1)),
                  })
                }
              />{' '}
              days
            </label>
          )}
        </div>
      </div>
      <HistoryList draft={draft} timeZone={zone} />
    </div>
  )
}
