import { useInfiniteQuery } from '@tanstack/react-query'
import type { DragEvent, FormEvent } from 'react'
import { useState } from 'react'
import { api, data } from '../../api/client'
import { keys } from '../../api/queries'
import type { MediaJson } from '../../api/types'
import { formText } from '../../components/form-data'
import { MediaDetail } from './MediaDetail'
import { MediaGrid } from './MediaGrid'
import { UploadQueue } from './UploadQueue'
import { useUploads } from './useUploads'

/** The media library: search, drop or choose files to upload, edit a photo's details. */
export function MediaScene() {
  const [q, setQ] = useState('')
  const [selected, setSelected] = useState<MediaJson | null>(null)
  const [isDragging, setDragging] = useState(false)
  const { uploads, handleFiles, handleClear } = useUploads(setSelected)
  const pages = useInfiniteQuery({
    queryKey: keys.media(q),
    queryFn: ({ pageParam }) =>
      data(
        api.GET('/api/v1/media', {
          params: {
            query: { limit: 30, ...(q ? { q } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
  const items = pages.data?.pages.flatMap((p) => p.items) ?? []
  // The open photo stays open while the search changes under it (its edits are kept).
  function handleSelect(id: string) {
    setSelected(items.find((m) => m.id === id) ?? null)
  }
  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setQ(formText(event.currentTarget, 'q').trim())
  }
  function handleDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault()
    setDragging(false)
    handleFiles(Array.from(event.dataTransfer.files).filter((f) => f.type.startsWith('image/')))
  }
  function handleDragOver(event: DragEvent<HTMLElement>) {
    event.preventDefault()
    setDragging(true)
  }
  return (
    <section
      className={isDragging ? 'scene media-scene is-dragging' : 'scene media-scene'}
      aria-labelledby="media-title"
      onDragOver={handleDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={handleDrop}
    >
      <div className="scene-head">
        <h1 id="media-title">Media</h1>
        <label className="button primary">
          Upload photos
          <input
            type="file"
            accept="image/*"
            multiple
            className="visually-hidden"
            onChange={(e) => handleFiles(Array.from(e.target.files ?? []))}
          />
        </label>
      </div>
      <form role="search" className="filter-search media-search" onSubmit={handleSearch}>
        <label htmlFor="media-q" className="visually-hidden">
          Search captions, credits and alt text
        </label>
        <input
          id="media-q"
          name="q"
          type="search"
          placeholder="Search captions, credits and alt text"
        />
      </form>
      <p className="drop-hint muted">Drop photos anywhere on this screen to upload them.</p>
      <UploadQueue uploads={uploads} onClear={handleClear} />
      <div className={selected ? 'media-layout has-detail' : 'media-layout'}>
        <div>
          {pages.isLoading ? (
            <p className="muted">Loading…</p>
          ) : items.length === 0 ? (
            <p className="muted">No photos{q ? ' match' : ' yet'}.</p>
          ) : (
            <MediaGrid items={items} selectedId={selected?.id ?? null} onSelect={handleSelect} />
          )}
          {pages.hasNextPage && (
            <button type="button" className="button" onClick={() => void pages.fetchNextPage()}>
              Load more
            </button>
          )}
        </div>
        {selected && <MediaDetail key={selected.id} media={selected} />}
      </div>
    </section>
  )
}
