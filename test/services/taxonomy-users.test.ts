import { describe, expect, it } from 'vitest'
import { articlePath } from '../../src/domain/permalink.js'
import {
  ConflictError,
  DuplicateError,
  ForbiddenError,
  InvalidInputError,
  UnauthenticatedError,
} from '../../src/domain/errors.js'
import { useTestDatabase } from '../support/database.js'
import { make, systemTestActor as system } from '../support/make.js'

describe('sections, tags, authors, users, tokens and settings', () => {
  const db = useTestDatabase()

  it('nests sections, refuses cycles, duplicates and deleting a parent', async () => {
    const world = await make.section(db, { slug: 'world', name: 'World' })
    const europe = await make.section(db, { slug: 'europe', name: 'Europe', parent: 'world' })
    expect(europe.parentId).toBe(world.id)
    await expect(
      db.services.taxonomy.saveSection({
        actor: system,
        section: { parent: 'europe' },
        id: world.id,
      }),
    ).rejects.toBeInstanceOf(InvalidInputError)
    await expect(make.section(db, { slug: 'world' })).rejects.toBeInstanceOf(DuplicateError)
    await expect(
      db.services.taxonomy.deleteSection({ actor: system, id: world.id }),
    ).rejects.toBeInstanceOf(ConflictError)
    await db.services.taxonomy.deleteSection({ actor: system, id: europe.id })
    await db.services.taxonomy.deleteSection({ actor: system, id: world.id })
    expect(await db.store.sections.findBySlug('world')).toBeNull()
  })

  it('lets only editors manage sections', async () => {
    const author = await make.user(db, 'author')
    await expect(
      db.services.taxonomy.saveSection({ actor: author, section: { name: 'Weather' } }),
    ).rejects.toBeInstanceOf(ForbiddenError)
  })

  it('creates tags from names once and reuses them by slug', async () => {
    const a = await make.article(db, { tags: ['Harbour Works', 'harbour works', 'Tides'] })
    const b = await make.article(db, { tags: ['HARBOUR WORKS'] })
    expect(a.tags.map((t) => t.name)).toEqual(['Harbour Works', 'Tides'])
    expect(b.tags[0]?.id).toBe(a.tags[0]?.id)
  })

  it('keeps co-bylines in order and uses the creator’s byline by default', async () => {
    const first = await make.author(db, { slug: 'first-byline' })
    const second = await make.author(db, { slug: 'second-byline' })
    const article = await make.article(db, { authors: ['second-byline', 'first-byline'] })
    expect(article.authors.map((a) => a.id)).toEqual([second.id, first.id])
    const reporter = await make.user(db, 'author')
    const own = await make.article(db, { actor: reporter })
    expect(own.authors.map((a) => a.id)).toEqual(reporter.authorIds)
  })

  it('lets a byline’s owner edit it, but only an editor tie it to another account', async () => {
    const reporter = await make.user(db, 'contributor')
    const other = await make.user(db, 'contributor')
    const own = reporter.authorIds[0]!
    const story = await make.article(db, { actor: reporter })
    const edited = await db.services.taxonomy.saveAuthor({
      actor: reporter,
      author: { bio: 'Covers the harbour.' },
      id: own,
    })
    expect(edited.bio).toBe('Covers the harbour.')
    // Naming the account it already belongs to changes nothing and needs no editor.
    await db.services.taxonomy.saveAuthor({
      actor: reporter,
      author: { userId: reporter.userId },
      id: own,
    })
    for (const change of [{ userId: other.userId }, { userId: null }, { isWire: true }]) {
      await expect(
        db.services.taxonomy.saveAuthor({ actor: reporter, author: change, id: own }),
      ).rejects.toBeInstanceOf(ForbiddenError)
    }
    expect((await db.store.authors.findById(own))?.userId).toBe(reporter.userId)
    const editor = await make.user(db, 'editor')
    // One byline per account: the other contributor has one already.
    await expect(
      db.services.taxonomy.saveAuthor({ actor: editor, author: { userId: other.userId }, id: own }),
    ).rejects.toBeInstanceOf(DuplicateError)
    const { user: stringer } = await db.services.accounts.createUser({
      actor: system,
      email: 'no-byline-yet@example.com',
      name: 'No Byline Yet',
      role: 'contributor',
      password: 'a long enough password',
      byline: false,
    })
    await db.services.taxonomy.saveAuthor({
      actor: editor,
      author: { userId: stringer.id },
      id: own,
    })
    const moved = await db.services.accounts.actorForUser({ userId: stringer.id })
    expect(moved.kind === 'user' && moved.authorIds).toContain(own)
    expect((await db.store.articles.findById(story.id))?.authors[0]?.id).toBe(own)
  })

  it('lists a contributor’s own work in every status, and others’ only once published', async () => {
    const reporter = await make.user(db, 'contributor')
    const byline = await db.store.authors.findById(reporter.authorIds[0]!)
    const editor = await make.user(db, 'editor')
    const mine = await make.article(db, { actor: reporter })
    const review = await make.article(db, { actor: reporter, status: 'in_review' })
    // Written by the desk under the contributor's byline: theirs too (as `GET /articles/{id}` says).
    const filed = await make.article(db, { actor: editor, authors: [byline!.slug] })
    const theirs = await make.article(db, { actor: editor })
    const live = await make.article(db, { actor: editor, status: 'published' })
    const ids = async (query: Omit<Parameters<typeof db.services.articles.list>[0], 'actor'>) =>
      (await db.services.articles.list({ actor: reporter, ...query })).items.map((a) => a.id)
    expect(await ids({ status: 'draft' })).toEqual([filed.id, mine.id])
    expect(await ids({ status: 'in_review' })).toEqual([review.id])
    expect(await ids({ status: 'draft', author: byline!.slug })).toEqual([filed.id, mine.id])
    expect(await ids({})).toEqual([filed.id, review.id, mine.id])
    expect(await ids({ status: 'published' })).toContain(live.id)
    expect(await ids({ status: 'draft' })).not.toContain(theirs.id)
    expect(await db.services.articles.list({ actor: null, status: 'draft' })).toEqual({
      items: [],
      next: null,
    })
  })

  it('creates users with argon2id hashes and refuses weak passwords and duplicates', async () => {
    const { user, password } = await db.services.accounts.createUser({
      actor: system,
      email: 'Desk@Example.com',
      name: 'Desk',
      role: 'editor',
    })
    expect(user.email).toBe('desk@example.com')
    expect(password).toMatch(/^.{20}$/)
    expect((await db.store.users.findById(user.id))?.passwordHash).toMatch(/^\$argon2id\$/)
    await expect(
      db.services.accounts.createUser({
        actor: system,
        email: 'desk@example.com',
        name: 'Again',
        role: 'author',
      }),
    ).rejects.toBeInstanceOf(DuplicateError)
    for (const weak of ['short', 'password123', 'aaaaaaaaaaaa', 'writer@example.com']) {
      await expect(
        db.services.accounts.createUser({
          actor: system,
          email: 'writer@example.com',
          name: 'W',
          role: 'author',
          password: weak,
        }),
      ).rejects.toBeInstanceOf(InvalidInputError)
    }
    const editor = await make.user(db, 'editor')
    await expect(
      db.services.accounts.createUser({
        actor: editor,
        email: 'x@example.com',
        name: 'X',
        role: 'admin',
      }),
    ).rejects.toBeInstanceOf(ForbiddenError)
  })

  it('announces the byline profile a new account gets, like every other byline change', async () => {
    const seen = db.events.length
    const { user } = await db.services.accounts.createUser({
      actor: system,
      email: 'stringer@example.com',
      name: 'Stringer',
      role: 'contributor',
    })
    const byline = (await db.store.authors.list()).find((a) => a.userId === user.id)
    expect(db.events.slice(seen)).toContainEqual({ type: 'author.changed', authorId: byline?.id })
    const admin = await db.services.accounts.createUser({
      actor: system,
      email: 'root@example.com',
      name: 'Root',
      role: 'admin',
    })
    expect((await db.store.authors.list()).some((a) => a.userId === admin.user.id)).toBe(false)
    expect(db.events.slice(seen).filter((e) => e.type === 'author.changed')).toHaveLength(1)
  })

  it('issues API tokens stored as hashes that stop working when revoked', async () => {
    const { user } = await db.services.accounts.createUser({
      actor: system,
      email: 'script@example.com',
      name: 'Script',
      role: 'author',
      password: 'a-long-enough-secret',
    })
    const { token, record } = await db.services.accounts.createToken({
      actor: system,
      email: user.email,
    })
    expect(token).toMatch(/^mh_[A-Za-z0-9_-]{43}$/)
    expect(record.tokenHash).not.toContain(token)
    const actor = await db.services.accounts.authenticateToken({ token })
    expect(actor).toMatchObject({ kind: 'user', userId: user.id, role: 'author' })
    expect((await db.store.tokens.findByHash(record.tokenHash))?.lastUsedAt).not.toBeNull()
    await db.store.tokens.revoke(record.id, new Date().toISOString())
    await expect(db.services.accounts.authenticateToken({ token })).rejects.toBeInstanceOf(
      UnauthenticatedError,
    )
    await expect(
      db.services.accounts.authenticateToken({ token: 'mh_not-a-token' }),
    ).rejects.toBeInstanceOf(UnauthenticatedError)
  })

  it('validates settings and uses the time zone for permalinks', async () => {
    await expect(
      db.services.settings.update({ actor: system, patch: { timeZone: 'Mars/Olympus' } }),
    ).rejects.toBeInstanceOf(InvalidInputError)
    await expect(
      db.services.settings.update({ actor: system, patch: { permalinkPattern: '/{yyyy}/' } }),
    ).rejects.toBeInstanceOf(InvalidInputError)
    for (const locale of ['english', 'en_GB', 'x', '']) {
      await expect(
        db.services.settings.update({ actor: system, patch: { locale } }),
      ).rejects.toMatchObject({
        errors: [{ field: 'locale' }],
      })
    }
    await expect(
      db.services.settings.update({ actor: system, patch: { logoMediaId: 'no-such-media' } }),
    ).rejects.toMatchObject({ errors: [{ field: 'logoMediaId' }] })
    expect(
      (await db.services.settings.update({ actor: system, patch: { locale: 'EN-gb' } })).locale,
    ).toBe('en-GB')
    expect(
      (await db.services.settings.update({ actor: system, patch: { locale: 'sr-latn-rs' } }))
        .locale,
    ).toBe('sr-Latn-RS')
    const author = await make.user(db, 'author')
    await expect(
      db.services.settings.update({ actor: author, patch: { title: 'Mine' } }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    const settings = await db.services.settings.update({
      actor: system,
      patch: {
        timeZone: 'Pacific/Auckland',
        title: 'The Test Times',
      },
    })
    expect(settings).toMatchObject({ timeZone: 'Pacific/Auckland', title: 'The Test Times' })
    db.clock.set('2026-06-30T20:00:00.000Z') // already 1 July in Auckland
    const article = await make.article(db, { slug: 'winter-solstice', status: 'published' })
    expect(articlePath(article, settings)).toBe('/2026/07/01/winter-solstice/')
  })
})
