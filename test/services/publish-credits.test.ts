import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '../../src/domain/errors.js'
import { useTestDatabase } from '../support/database.js'
import { make, systemTestActor as system } from '../support/make.js'

describe('publishing a story with an uncredited photo', () => {
  const db = useTestDatabase()
  const photo = async (seed: number, caption = '') =>
    db.services.media.ingest({
      actor: system,
      input: {
        bytes: await sharp({
          create: { width: 50 + seed, height: 40, channels: 3, background: 'gray' },
        })
          .png()
          .toBuffer(),
        caption,
      },
    })

  it('names each photo by caption and place, with a field path for the editor', async () => {
    const hero = await photo(1, 'Trawlers at first light')
    const inBody = await photo(2, 'Harbour wall at low tide')
    const credited = await make.media(db)
    const bare = await photo(3)
    const paragraph = (text: string) => ({
      type: 'paragraph',
      content: [{ type: 'text', text }],
    })
    const article = await make.article(db, {
      hero: { mediaId: hero.id },
      body: {
        type: 'doc',
        content: [
          paragraph('One.'),
          { type: 'figure', attrs: { mediaId: credited.id } },
          paragraph('Two.'),
          { type: 'figure', attrs: { mediaId: inBody.id } },
          { type: 'figure', attrs: { mediaId: bare.id, caption: 'Nets drying on the quay' } },
        ],
      },
    })
    const error = await db.services.articles
      .publish({ actor: system, id: article.id })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidInputError)
    const errors = (error as InvalidInputError).errors
    expect(errors.map((e) => e.field)).toEqual([
      'hero.credit',
      'body.content.3.attrs.credit',
      'body.content.4.attrs.credit',
    ])
    expect(errors[0]?.message).toMatch(/hero/)
    expect(errors[0]?.message).toContain('Trawlers at first light')
    expect(errors[1]?.message).toMatch(/figure 2\b/)
    expect(errors[1]?.message).toContain('Harbour wall at low tide')
    expect(errors[2]?.message).toMatch(/figure 3\b/)
    expect(errors[2]?.message).toContain('Nets drying on the quay')
  })
})
