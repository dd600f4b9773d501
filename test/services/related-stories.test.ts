import { describe, expect, it } from 'vitest'
import type { Article } from '../../src/domain/article.js'
import { useTestDatabase } from '../support/database.js'
import { make } from '../support/make.js'

describe('related stories on an article page', () => {
  // One database for the file: each test uses its own sections and tags.
  const db = useTestDatabase()

  /** Publishes a story a minute after the previous one, so the order is the publication order. */
  async function story(
    headline: string,
    sections: string[],
    tags: string[],
    status: 'published' | 'draft' = 'published',
  ): Promise<Article> {
    db.clock.advance(60_000)
    return make.article(db, { status, headline, sections, tags })
  }

  const headlinesOf = async (article: Article) =>
    (await db.services.site.articleContext({ story: { article, corrections: [] } })).related.map(
      (a) => a.headline,
    )

  it("shows the first tag's newest stories, then the primary section's, each once, never itself or a draft", async () => {
    await make.section(db, { slug: 'news', name: 'News' })
    await make.section(db, { slug: 'sport', name: 'Sport' })
    await story('Older news', ['news'], [])
    await story('Newer news', ['news'], [])
    await story('Regatta', ['sport'], ['Harbour'])
    await story('Harbour and news', ['news'], ['Harbour'])
    await story('Unpublished harbour', ['sport'], ['Harbour'], 'draft')
    const main = await story('The main story', ['news'], ['Harbour', 'Ferry'])
    await story('Ferry only', ['sport'], ['Ferry'])
    await story('Later harbour', ['sport'], ['Harbour'])

    // The tag gives three others; the section fills the fourth place with its newest story not
    // already chosen (the tagged news story is not repeated).
    expect(await headlinesOf(main)).toEqual([
      'Later harbour',
      'Harbour and news',
      'Regatta',
      'Newer news',
    ])
  })

  it('fills every place from the tag when it has enough, and shows the section alone without a tag', async () => {
    await make.section(db, { slug: 'local', name: 'Local' })
    for (const n of [1, 2, 3, 4, 5]) await story(`Quay ${n}`, ['local'], ['Quay'])
    await story('Newest news', ['local'], [])
    const main = await story('The main story', ['local'], ['Quay'])
    expect(await headlinesOf(main)).toEqual(['Quay 5', 'Quay 4', 'Quay 3', 'Quay 2'])

    const untagged = await story('No tags here', ['local'], [])
    expect(await headlinesOf(untagged)).toEqual([
      'The main story',
      'Newest news',
      'Quay 5',
      'Quay 4',
    ])
  })

  it('shows none when the story has neither tag nor section', async () => {
    const lone = await story('A lone story', [], [])
    await story('Another', [], [])
    expect(await headlinesOf(lone)).toEqual([])
  })
})
