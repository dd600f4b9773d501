import type { Actor } from '../../domain/roles.js'
import type { Deps } from '../deps.js'
import type { MediaInput } from './ingest-media.js'
import { ingestMedia } from './ingest-media.js'
import type { MediaChanges } from './library.js'
import { deleteMedia, getMedia, listMedia, updateMedia } from './library.js'
import { originalFile } from './storage.js'
import { createVariantMaker } from './variants.js'

interface OnMedia {
  actor: Actor
  id: string
}

/** The media library: uploads, its list, edits, and the files the public site serves. */
export function mediaServices(deps: Deps) {
  const variant = createVariantMaker(deps)
  return {
    ingest: ({ actor, input }: { actor: Actor; input: MediaInput }) =>
      ingestMedia(deps, actor, input),
    list: ({ actor, ...query }: { actor: Actor } & Parameters<typeof listMedia>[2]) =>
      listMedia(deps, actor, query),
    get: ({ id }: { id: string }) => getMedia(deps, id),
    update: ({ actor, id, changes }: OnMedia & { changes: MediaChanges }) =>
      updateMedia(deps, actor, id, changes),
    delete: ({ actor, id }: OnMedia) => deleteMedia(deps, actor, id),
    /** A resized variant's bytes (`name` as in the URL), made once and then stored. */
    variant: ({ id, name }: { id: string; name: string }) => variant(id, name),
    /** The original file at `/media/{id}/original.{ext}`. Throws NotFoundError. */
    original: ({ id, name }: { id: string; name: string }) => originalFile(deps, id, name),
  }
}
