import type { Article } from '../../src/domain/article.js'
import type { Author, Section } from '../../src/domain/taxonomy.js'
import type { Media } from '../../src/domain/media.js'
import type { TestDb } from './database.js'
import { doc, make, systemTestActor as system } from './make.js'
import { hostile } from './web.js'

export interface SiteContent {
  news: Section
  courts: Section
  reporter: Author
  photo: Media
  /** A full story: hero, quote, figure, embed, tags, co-bylines, a correction. */
  feature: Article
  /** A story with hostile text in every field a reader sees. */
  hostileStory: Article
  hostileAuthor: Author
  /** 24 plain stories in Courts (a child of News), for pagination. */
  filler: Article[]
  gone: Article
}

/** A small publication for web tests: sections, bylines, pictures and stories. */
export async function seedSite(db: TestDb): Promise<SiteContent> {
  db.clock.set('2026-03-01T08:00:00.000Z')
  // Reuse sections the demo publication may already have.
  const news =
    (await db.store.sections.findBySlug('news')) ??
    (await make.section(db, { slug: 'news', name: 'News' }))
  const courts =
    (await db.store.sections.findBySlug('courts')) ??
    (await make.section(db, { slug: 'courts', name: 'Courts', parent: 'news' }))
  const photo = await make.media(db, { credit: 'Photo: Ana Ruiz', width: 320, height: 200 })
  const reporter = await db.services.taxonomy.saveAuthor({
    actor: system,
    author: {
      name: 'Mara Quill',
      slug: 'mara-quill',
      bio: 'Mara covers the harbour and the courts.',
      photoMediaId: photo.id,
    },
  })
  const hostileAuthor = await db.services.taxonomy.saveAuthor({
    actor: system,
    author: {
      name: `Eve ${hostile.text}`.slice(0, 190),
      slug: 'eve',
      bio: `${hostile.text} ${hostile.attr}`,
    },
  })
  const filler: Article[] = []
  for (let i = 0; i < 24; i += 1) {
    db.clock.advance(60_000)
    filler.push(
      await make.article(db, {
        status: 'published',
        headline: `Court hears case number ${i + 1}`,
        sections: ['courts'],
        authors: ['mara-quill'],
      }),
    )
  }
  db.clock.advance(60_000)
  const gone = await make.article(db, { status: 'unpublished', headline: 'Withdrawn story' })
  db.clock.advance(60_000)
  const feature = await make.article(db, {
    status: 'published',
    headline: 'Harbour wall repairs begin after winter storms',
    dek: 'Engineers expect the work to take six weeks.',
    sections: ['news'],
    tags: ['Harbour', 'Storms'],
    authors: ['mara-quill', 'eve'],
    hero: {
      mediaId: photo.id,
      caption: 'The damaged wall at low tide.',
      credit: 'Photo: Ana Ruiz',
    },
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Work began on Monday.' }] },
        {
          type: 'blockquote',
          attrs: {
            speaker: 'Tom Reed',
            role: 'harbour master',
            source: 'Bay Radio',
            sourceUrl: 'https://radio.example.org/x',
          },
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'We lost a metre of stone.' }] },
          ],
        },
        {
          type: 'figure',
          attrs: {
            mediaId: photo.id,
            alt: 'Stones on the slipway',
            caption: 'Fallen stones.',
            credit: 'Photo: Ana Ruiz',
          },
        },
        { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=abcdefghijk' } },
      ],
    },
  })
  db.clock.advance(3_600_000)
  await db.services.articles.addCorrection({
    actor: system,
    id: feature.id,
    kind: 'correction',
    text: 'An earlier version misnamed the harbour master.',
  })
  db.clock.advance(60_000)
  const hostileSection = await make.section(db, {
    slug: 'odd',
    name: `Odd ${hostile.attr}`.slice(0, 100),
  })
  const hostileStory = await make.article(db, {
    status: 'published',
    headline: hostile.text,
    dek: `${hostile.attr} ${hostile.text}`,
    sections: [hostileSection.slug, 'news'],
    tags: [`tag ${hostile.text}`.slice(0, 90)],
    authors: ['eve'],
    hero: { mediaId: photo.id, caption: hostile.text, credit: hostile.attr },
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: hostile.text },
            {
              type: 'text',
              text: 'a link',
              marks: [{ type: 'link', attrs: { href: hostile.urlHref } }],
            },
          ],
        },
        {
          type: 'blockquote',
          attrs: { speaker: hostile.text, role: hostile.attr, source: hostile.text },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: hostile.attr }] }],
        },
        {
          type: 'figure',
          attrs: {
            mediaId: photo.id,
            alt: hostile.attr,
            caption: hostile.text,
            credit: hostile.attr,
          },
        },
      ],
    },
  })
  db.clock.advance(60_000)
  await db.services.articles.addCorrection({
    actor: system,
    id: hostileStory.id,
    kind: 'update',
    text: hostile.text,
  })
  db.clock.advance(60_000)
  return { news, courts, reporter, photo, feature, hostileStory, hostileAuthor, filler, gone }
}

export { doc }
