/**
 * Ghost's own images: addresses under `/content/images/`, written `__GHOST_URL__/content/images/…`
 * by Ghost 4 and later (absolute on the old site's origin before). Each becomes a media item:
 * read from a copy of the site's `content/images` folder when one is given, else a remote item at
 * its old address when the site's address is known; an image that can be neither is reported.
 */
import type { ImportWriter } from '../../services/import/import-batch.js'
import type { UploadRead } from '../wxr/uploads-folder.js'
import { uploadsFolder } from '../wxr/uploads-folder.js'

export interface GhostImageOptions {
  /** A copy of the Ghost site's `content/images` folder. */
  images?: string
  /** The Ghost site's address, for `__GHOST_URL__` and relative image addresses. */
  siteUrl?: string
}

/** The part of an image address under `content/images/`, or null for other addresses. */
export const imagePathOf = (src: string): string | null =>
  /^(?:__GHOST_URL__|https?:\/\/[^/]+)?\/content\/images\/([^?#]+)/.exec(src.trim())?.[1] ?? null

/** The `src` of every image in a post's HTML (image cards, galleries, inline pictures). */
export const imageSources = (html: string): string[] => [
  ...new Set([...html.matchAll(/<img\b[^>]*?\bsrc=["']([^"']+)["']/gi)].map((m) => m[1] ?? '')),
]

/** Finds or makes the media item for each Ghost image address, once per run. */
export async function ghostImages(options: GhostImageOptions) {
  const read =
    options.images === undefined ? null : await uploadsFolder(options.images, imagePathOf)
  const origin = (options.siteUrl ?? '').replace(/\/+$/, '')
  const known = new Map<string, string | null>()
  /** The image's address on the old site, absolute, or '' when it cannot be known. */
  const remote = (src: string): string => {
    const s = src.trim().replace(/^\/\//, 'https://')
    if (/^https?:\/\//.test(s)) return s
    if (origin === '') return ''
    if (s.startsWith('__GHOST_URL__')) return origin + s.slice('__GHOST_URL__'.length)
    return s.startsWith('/') ? origin + s : ''
  }
  return {
    /**
     * The media id for an image address (imported now if new), or null, reported, when the
     * image is neither in the folder nor at a known address.
     */
    async media(
      w: ImportWriter,
      src: string,
      about: {
        postId: string
        /** The media's identity for re-runs; by default the image's path. */
        externalId?: string
        alt?: string
        caption?: string
        credit?: string
      },
    ): Promise<string | null> {
      const key = imagePathOf(src) ?? src.trim()
      const seen = known.get(key)
      if (seen !== undefined) return seen
      const file: UploadRead = read === null ? 'missing' : await read(src)
      const url = remote(src)
      if (file === 'outside')
        w.warn('image-outside-folder', `post ${about.postId}: ${src} is not read`)
      let id: string | null = null
      if (typeof file !== 'string' || url !== '') {
        const media = await w.media({
          externalId: about.externalId ?? `image:${key}`,
          url,
          alt: about.alt ?? '',
          caption: about.caption ?? '',
          ...(about.credit ? { credit: about.credit } : {}),
          ...(typeof file !== 'string' ? { bytes: file.bytes } : {}),
        })
        id = media.id
      } else
        w.warn(
          'image-missing',
          `post ${about.postId}: ${src} left out (not in the --images folder${origin === '' ? ', and no --site-url to link it' : ''})`,
        )
      known.set(key, id)
      return id
    },
  }
}
