import type { ArticleCard, Correction } from '../../domain/article.js'
import type { Deps } from '../deps.js'
import type { PublicRead } from './depends-on.js'
import { dependsOn } from './depends-on.js'
import { publicCorrections } from './lists.js'

/** The corrections page and feed: public corrections, newest first, each with its story. */
export type CorrectionsView = { correction: Correction; article: ArticleCard }[]

/** The newest `limit` public corrections; they follow any change to public content. */
export async function correctionsRead(
  deps: Deps,
  limit: number,
): Promise<PublicRead<CorrectionsView>> {
  return {
    view: await publicCorrections(deps, limit),
    dependsOn: dependsOn({ collections: ['corrections'] }),
  }
}
