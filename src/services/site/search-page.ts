import type { ArticleCard } from '../../domain/article.js'
import type { Author, Section } from '../../domain/taxonomy.js'
import type { Deps } from '../deps.js'
import type { SearchResults } from '../queries.js'
import { searchCards } from '../queries.js'
import type { PublicRead } from './depends-on.js'
import { dependsOn } from './depends-on.js'

/** What a reader searched for: words, an optional section and author slug, the page. */
export interface SearchRequest {
  q: string
  section: string
  author: string
  page: number
}

/** The search page: the filters' choices and the results (none for blank words). */
export interface SearchPageView {
  sections: Section[]
  authors: Author[]
  results: SearchResults<ArticleCard>
}

/**
 * The public search page. It ranks all public content, so it depends on the search collection as
 * a whole (the filters' sections and bylines change it too: sections clear every page, a byline's
 * change drops search).
 */
export async function searchPage(
  deps: Deps,
  request: SearchRequest,
): Promise<PublicRead<SearchPageView>> {
  const { q, section, author, page } = request
  const [sections, authors, results] = await Promise.all([
    deps.store.sections.list(),
    deps.store.authors.list(),
    q.trim() === ''
      ? Promise.resolve({ items: [], total: 0, moreThanTotal: false, page: 1, perPage: 10 })
      : searchCards(deps, null, { q, section, author, page }),
  ])
  return {
    view: { sections, authors, results },
    dependsOn: dependsOn({ collections: ['search'] }),
  }
}
