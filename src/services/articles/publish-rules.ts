import type { Article } from '../../domain/article.js'
import type { FieldError } from '../../domain/errors.js'
import { InvalidInputError, MissingBylineError } from '../../domain/errors.js'
import type { Repos } from '../../store/index.js'

/**
 * What a story needs to go (or stay) live or be scheduled. A story (not a page) needs a byline:
 * readers and news aggregators expect to know who reported it. A photo without a credit is a
 * legal problem for a newsroom: its hero and every figure need one, on the article or on the
 * media record. Throws MissingBylineError, or InvalidInputError naming each photo.
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
  if (article.hero !== null && !hasCredit(article.hero.credit, article.hero.mediaId)) {
    errors.push({
      field: 'hero.credit',
      message: `the hero photo (${article.hero.mediaId}) has no credit`,
    })
  }
  article.body.content.forEach((block, i) => {
    if (block.type === 'figure' && !hasCredit(block.attrs.credit, block.attrs.mediaId)) {
      errors.push({
        field: `body.content.${i}.attrs.credit`,
        message: `the photo ${block.attrs.mediaId ?? block.attrs.src ?? ''} has no credit`,
      })
    }
  })
  if (errors.length > 0)
    throw new InvalidInputError(
      'This story cannot be published until every photo has a credit.',
      errors,
    )
}
