import type { MediaItem } from './article-api'

/** A figure's attributes for a photo from the media library (its words prefilled). */
export const figureAttrs = (media: MediaItem) => ({
  mediaId: media.id,
  alt: media.alt || null,
  caption: media.caption || null,
  credit: media.credit || null,
})
