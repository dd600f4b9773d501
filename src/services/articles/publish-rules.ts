import type { Article } from '../../domain/article.js'
import type { FieldError } from '../../domain/errors.js'
import {
  InvalidInputError,
  MissingBylineError,
  UnsignedAnonymousSourceError,
} from '../../domain/errors.js'
import { describeAttribution, unsignedAttributions } from '../../domain/attribution.js'
import type { Media } from '../../domain/media.js'
import type { Repos } from '../../store/index.js'

interface PhotoRef {
  mediaId?: string | undefined
  src?: string | undefined
  caption?: string | null | undefined
}

/** The last path segment of a URL or key, decoded when it can be: what a person calls the file. */
const fileName = (url: string | null | undefined): string => {
  const last = (url ?? '').split(/[?#]/)[0]?.split('/').pop() ?? ''
  try {
    return decodeURIComponent(last)
  } catch {
    return last
  }
}

/**
 * How an editor recognises a photo: the caption shown with it, else the library's caption or
 * alt text, else its file name; and its media id, which the library searches by.
 */
function describePhoto(photo: PhotoRef, media: Map<string, Media>): string {
  const item = photo.mediaId === undefined ? undefined : media.get(photo.mediaId)
  const label = [photo.caption, item?.caption, item?.alt]
    .map((text) => (text ?? '').trim())
    .find((text) => text !== '')
  const name = label ?? fileName(photo.src ?? item?.sourceUrl)
  const shown =
    name === '' ? 'without a caption' : `“${name.length > 80 ? `${name.slice(0, 79)}…` : name}”`
  return photo.mediaId === undefined ? shown : `${shown} (media ${photo.mediaId})`
}

/**
 * What a story needs to go (or stay) live or be scheduled. A story (not a page) needs a byline:
 * readers and news aggregators expect to know who reported it. A photo without a credit is a
 * legal problem for a newsroom: its hero and every figure need one, on the article or on the
 * media record. Throws MissingBylineError, or InvalidInputError naming each photo (caption or
 * file name, hero or figure N) at its field.
 */
export async function requirePublishable(tx: Repos, article: Article): Promise<void> {
  if (article.kind !== 'page' && article.authors.length === 0) throw new MissingBylineError()
  const errors: FieldError[] = []
  if (article.headline.trim() === '')
    errors.push({ field: 'headline', message: 'is required to publish' })
  const mediaIds = [
    ...(article.hero !== null ? [article.hero.mediaId] : []),
    ...article.body.content.flatMap((b) =>
      b.type === 'figure' && b.attrs.mediaId !== undefined ? [b.attrs.mediaId] : [],
    ),
  ]
  const media = new Map((await tx.media.findManyByIds(mediaIds)).map((m) => [m.id, m]))
  const hasCredit = (own: string | null | undefined, mediaId: string | undefined): boolean =>
    (own ?? '').trim() !== '' ||
    (mediaId !== undefined && (media.get(mediaId)?.credit ?? '').trim() !== '')
  const named = (photo: PhotoRef): string => describePhoto(photo, media)
  if (article.hero !== null && !hasCredit(article.hero.credit, article.hero.mediaId)) {
    errors.push({
      field: 'hero.credit',
      message: `the hero photo ${named(article.hero)} has no credit`,
    })
  }
  let figure = 0
  article.body.content.forEach((block, i) => {
    if (block.type !== 'figure') return
    figure += 1
    if (!hasCredit(block.attrs.credit, block.attrs.mediaId))
      errors.push({
        field: `body.content.${i}.attrs.credit`,
        message: `figure ${figure} in the body, ${named(block.attrs)}, has no credit`,
      })
  })
  if (errors.length > 0)
    throw new InvalidInputError(
      'This story cannot be published until every photo has a credit.',
      errors,
    )
  requireSignedSources(article)
}

/**
 * Every background or anonymous source a quote rests on needs an editor's sign-off before the
 * story goes or stays live or is scheduled. Throws UnsignedAnonymousSourceError naming each.
 */
export function requireSignedSources(article: Article): void {
  const unsigned = new Set(unsignedAttributions(article.body, article.attributions))
  if (unsigned.size === 0) return
  const errors: FieldError[] = []
  article.attributions.forEach((a, i) => {
    if (unsigned.has(a))
      errors.push({
        field: `attributions[${i}]`,
        message: `An editor must sign off on the unnamed source '${describeAttribution(a)}'`,
      })
  })
  throw new UnsignedAnonymousSourceError(errors)
}
