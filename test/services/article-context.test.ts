import { describe, expect, it } from 'vitest'
import { articlePath } from '../../src/domain/permalink.js'
import { systemActor } from '../../src/domain/roles.js'
import type { Article } from '../../src/domain/article.js'
import type { Story } from '../../src/services/site/article-page.js'
import type { TestDb } from '../support/database.js'
import { useTestDatabase } from '../support/database.js'
import { make } from '../support/make.js'

/** A story as its public page reads it: the article with its corrections. */
async function storyOf(db: TestDb, article: Article): Promise<Story> {
  const story = await db.store.articles.findStory('id', article.id)
  if (story === null) throw new Error(`no story ${article.id}`)
  return story
}

describe("an article page's bylines", () => {
  const db = useTestDatabase()

  it('shows a profile another program wrote without telling this process', async () => {
    await make.author(db, { slug: 'first-reporter', name: 'First Reporter' })
    const first = await make.article(db, { status: 'published', authors: ['first-reporter'] })
    // Loads the profiles held in memory.
    expect(
      (await db.services.site.articleContext({ story: await storyOf(db, first) })).authors.map(
        (a) => a.slug,
      ),
    ).toEqual(['first-reporter'])
    // As the command line or an import in another process would: straight to the database, no
    // event here.
    await db.store.authors.insert(
      {
        id: db.deps.ids.uuid(),
        slug: 'quiet-reporter',
        name: 'Quiet Reporter',
        bio: 'Joined this week.',
        photoMediaId: null,
        links: [],
        userId: null,
        isWire: false,
        jobTitle: null,
        expertise: [],
        profileLinks: [],
      },
      db.clock.now().toISOString(),
    )
    const second = await make.article(db, {
      status: 'published',
      authors: ['quiet-reporter', 'first-reporter'],
    })
    const authors = (await db.services.site.articleContext({ story: await storyOf(db, second) }))
      .authors
    expect(authors.map((a) => [a.slug, a.bio])).toEqual([
      ['quiet-reporter', 'Joined this week.'],
      ['first-reporter', 'Covers the city.'],
    ])
  })
})

describe("an article page's corrections", () => {
  const db = useTestDatabase()

  it('come with the story in the order they were made, as the corrections list gives them', async () => {
    const article = await make.article(db, { status: 'published' })
    const settings = await db.services.settings.get()
    const path = articlePath(article, settings)
    const none = await db.services.site.resolvePath({ path })
    expect(none.kind === 'article' && none.corrections).toEqual([])
    const actor = systemActor('test')
    await db.services.articles.addCorrection({
      actor,
      id: article.id,
      kind: 'correction',
      text: 'An earlier version gave the wrong date for the vote.',
    })
    db.clock.advance(60_000)
    await db.services.articles.addCorrection({
      actor,
      id: article.id,
      kind: 'clarification',
      text: 'The council, not the mayor, set the budget.',
    })
    const found = await db.services.site.resolvePath({ path })
    if (found.kind !== 'article') throw new Error(`expected the story, got ${found.kind}`)
    const listed = await db.store.corrections.listForArticles([article.id])
    expect(found.corrections).toEqual(listed)
    expect(found.corrections.map((c) => c.kind)).toEqual(['correction', 'clarification'])
    expect(found.corrections[0]?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    // The page shows them as they were read.
    expect((await db.services.site.articleContext({ story: found })).corrections).toEqual(listed)
  })
})
