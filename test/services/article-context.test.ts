import { describe, expect, it } from 'vitest'
import { useTestDatabase } from '../support/database.js'
import { make } from '../support/make.js'

describe("an article page's bylines", () => {
  const db = useTestDatabase()

  it('shows a profile another program wrote without telling this process', async () => {
    await make.author(db, { slug: 'first-reporter', name: 'First Reporter' })
    const first = await make.article(db, { status: 'published', authors: ['first-reporter'] })
    // Loads the profiles held in memory.
    expect((await db.services.site.articleContext(first)).authors.map((a) => a.slug)).toEqual([
      'first-reporter',
    ])
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
      },
      db.clock.now().toISOString(),
    )
    const second = await make.article(db, {
      status: 'published',
      authors: ['quiet-reporter', 'first-reporter'],
    })
    const authors = (await db.services.site.articleContext(second)).authors
    expect(authors.map((a) => [a.slug, a.bio])).toEqual([
      ['quiet-reporter', 'Joined this week.'],
      ['first-reporter', 'Covers the city.'],
    ])
  })
})
