import sharp from 'sharp'
import type { Article } from '../../src/domain/article.js'
import type { Actor, Role } from '../../src/domain/roles.js'
import { systemActor } from '../../src/domain/roles.js'
import type { Author, Section } from '../../src/domain/taxonomy.js'
import type { Media } from '../../src/domain/media.js'
import type { ArticleInput } from '../../src/services/articles/article-input.js'
import type { TestDb } from './database.js'

const system = systemActor('test')
let seq = 0
const next = (): number => (seq += 1)

/** A paragraph document with the given texts. */
export const doc = (...paragraphs: string[]) => ({
  type: 'doc' as const,
  content: paragraphs.map((text) => ({
    type: 'paragraph' as const,
    content: [{ type: 'text' as const, text }],
  })),
})

/** The byline factories give stories that go live when the test names none. */
async function staffByline(db: TestDb): Promise<Author> {
  return (
    (await db.store.authors.findBySlug('staff-reporter')) ??
    (await db.services.taxonomy.saveAuthor({
      actor: system,
      author: { name: 'Staff Reporter', slug: 'staff-reporter' },
    }))
  )
}

/** Factories: each inserts a valid thing (and what it needs) through the real services. */
export const make = {
  async section(
    db: TestDb,
    overrides: { slug?: string; name?: string; parent?: string } = {},
  ): Promise<Section> {
    const n = next()
    return db.services.taxonomy.saveSection({
      actor: system,
      section: {
        name: overrides.name ?? `Section ${n}`,
        slug: overrides.slug ?? `section-${n}`,
        parent: overrides.parent ?? null,
      },
    })
  },

  async author(
    db: TestDb,
    overrides: { slug?: string; name?: string; bio?: string; userId?: string } = {},
  ): Promise<Author> {
    const n = next()
    return db.services.taxonomy.saveAuthor({
      actor: system,
      author: {
        name: overrides.name ?? `Reporter ${n}`,
        slug: overrides.slug ?? `reporter-${n}`,
        bio: overrides.bio ?? 'Covers the city.',
        ...(overrides.userId !== undefined ? { userId: overrides.userId } : {}),
      },
    })
  },

  /** A user with a byline profile, returned as the actor it signs in as. */
  async user(db: TestDb, role: Role = 'author'): Promise<Actor & { kind: 'user' }> {
    const n = next()
    const { user } = await db.services.accounts.createUser({
      actor: system,
      email: `user${n}-${Date.now()}@example.com`,
      name: `User ${n}`,
      role,
      password: `long-enough-password-${n}`,
    })
    return (await db.services.accounts.actorForUser({ userId: user.id })) as Actor & {
      kind: 'user'
    }
  },

  async media(
    db: TestDb,
    overrides: { credit?: string; width?: number; height?: number } = {},
  ): Promise<Media> {
    const n = next()
    const bytes = await sharp({
      create: {
        width: overrides.width ?? 64,
        height: overrides.height ?? 48,
        channels: 3,
        background: { r: n % 255, g: (n * 7) % 255, b: (n * 13) % 255 },
      },
    })
      .png()
      .toBuffer()
    return db.services.media.ingest({
      actor: system,
      input: {
        bytes,
        credit: overrides.credit ?? 'Photo: Test Desk',
        alt: 'A test image',
      },
    })
  },

  /** An article in the given status (default draft), created and moved by `actor` (default system). */
  async article(
    db: TestDb,
    overrides: ArticleInput & {
      status?: 'draft' | 'in_review' | 'published' | 'scheduled' | 'unpublished'
      actor?: Actor
    } = {},
  ): Promise<Article> {
    const { status = 'draft', actor = system, ...input } = overrides
    const n = next()
    // A story needs a byline to go live or be scheduled: a staff one is attached (to drafts too,
    // which tests publish later) unless the test names the bylines, or the actor brings its own.
    const needsByline = input.kind !== 'page' && actor.kind === 'system'
    const authors =
      input.authors === undefined && needsByline ? [(await staffByline(db)).slug] : input.authors
    let article = await db.services.articles.create({
      actor,
      headline: `Story number ${n}`,
      body: doc(`Body of story ${n}.`),
      ...input,
      ...(authors !== undefined ? { authors } : {}),
    })
    if (status === 'in_review')
      article = await db.services.articles.submit({ actor, id: article.id })
    if (status === 'published' || status === 'unpublished')
      article = await db.services.articles.publish({ actor, id: article.id })
    if (status === 'unpublished')
      article = await db.services.articles.unpublish({ actor, id: article.id })
    if (status === 'scheduled')
      article = await db.services.articles.schedule({
        actor,
        id: article.id,
        at: new Date(db.clock.now().getTime() + 3_600_000).toISOString(),
      })
    return article
  },
}

export { system as systemTestActor }
