import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { sharedFixture, skipWithoutShared } from '../support/fixtures.js'
import { publication } from '../../src/demo/publication.js'
import { useTestDatabase } from '../support/database.js'
import { systemTestActor } from '../support/make.js'

describe('demo publication', () => {
  const db = useTestDatabase()
  beforeAll(async () => {
    db.clock.set(new Date().toISOString())
    await db.services.loadDemo()
  }, 120_000)

  it('has at least 6 sections, some nested, and 5 bylines of which one is a wire service without a login', async () => {
    const sections = await db.store.sections.list()
    expect(sections.length).toBeGreaterThanOrEqual(6)
    expect(sections.some((s) => s.parentId !== null)).toBe(true)
    const authors = await db.store.authors.list()
    expect(authors).toHaveLength(5)
    const wire = authors.filter((a) => a.isWire)
    expect(wire).toHaveLength(1)
    expect(wire[0]?.userId).toBeNull()
    for (const a of authors) expect(a.bio.length).toBeGreaterThan(40)
  })

  it('has 40+ published stories over the last 60 days, plus drafts, a scheduled story and one in review', async () => {
    expect(await db.store.articles.countByStatus()).toMatchObject({
      draft: 2,
      scheduled: 1,
      in_review: 1,
    })
    const published = []
    let cursor = null
    do {
      const page = await db.services.articles.list({ actor: null, limit: 100, cursor })
      published.push(...page.items)
      cursor = page.next
    } while (cursor !== null)
    expect(published.length).toBeGreaterThanOrEqual(40)
    const now = db.clock.now().getTime()
    const ages = published.map((a) => (now - new Date(a.publishedAt ?? 0).getTime()) / 86_400_000)
    expect(Math.max(...ages)).toBeLessThanOrEqual(60)
    expect(ages.filter((d) => d < 2).length).toBeGreaterThan(2)
    expect(published.filter((a) => a.dek !== '').length).toBe(published.length)
    expect(published.filter((a) => a.authors.length > 1).length).toBeGreaterThan(3)
    expect(
      published.filter((a) => a.hero !== null && (a.hero.credit ?? '') !== '').length,
    ).toBeGreaterThanOrEqual(40)
    const quotes = published.flatMap((a) => a.body.content.filter((b) => b.type === 'blockquote'))
    expect(
      quotes.filter(
        (q) =>
          q.type === 'blockquote' && q.attrs?.speaker !== undefined && q.attrs.source !== undefined,
      ).length,
    ).toBeGreaterThan(30)
    expect(published.filter((a) => a.tags.length > 0).length).toBe(published.length)
  })

  it('has one correction and one update, on published stories', async () => {
    const corrections = await db.store.corrections.listPublic(10, null)
    expect(corrections.map((c) => c.kind).sort()).toEqual(['correction', 'update'])
  })

  it('copies no sentence from the sample article the project was seeded with', (ctx) => {
    skipWithoutShared(ctx, 'seed')
    const seed = readFileSync(sharedFixture('seed', 'article.txt'), 'utf8')
    const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
    const shingles = new Set<string>()
    const seedWords = words(seed)
    for (let i = 0; i + 8 <= seedWords.length; i += 1)
      shingles.add(seedWords.slice(i, i + 8).join(' '))
    const demoWords = words(JSON.stringify(publication))
    const copied = []
    for (let i = 0; i + 8 <= demoWords.length; i += 1) {
      const s = demoWords.slice(i, i + 8).join(' ')
      if (shingles.has(s)) copied.push(s)
    }
    expect(copied).toEqual([])
  })

  it('labels its opinion, review, analysis, explainer and sponsored stories, gives some a dateline, and publishes its policies', async () => {
    const stories = await db.store.articles.findManyByIds(
      await db.store.exports.articleIdsAfter(null, 500),
    )
    const types = new Set(stories.map((a) => a.workType))
    expect([...types].sort()).toEqual([
      'analysis',
      'explainer',
      'news',
      'opinion',
      'review',
      'sponsored',
    ])
    expect(stories.filter((a) => a.dateline !== null).length).toBeGreaterThanOrEqual(3)
    const settings = await db.services.settings.get()
    const policies = await db.services.site.policies()
    expect(policies.map((p) => p.kind)).toEqual([
      'ethics',
      'corrections',
      'unnamedSources',
      'diversity',
      'ownershipFunding',
      'masthead',
    ])
    for (const id of Object.values(settings.policies))
      expect(stories.find((a) => a.id === id)).toMatchObject({ kind: 'page', status: 'published' })
    const bylines = await db.store.authors.list()
    expect(bylines.filter((a) => a.jobTitle !== null && a.expertise.length > 0).length).toBe(3)
  })
  it('attributes quotes in published stories: on record with a person, relayed, documents, a signed-off unnamed source', async () => {
    const stories = await db.store.articles.findManyByIds(
      await db.store.exports.articleIdsAfter(null, 500),
    )
    const attributed = stories.filter((a) => a.status === 'published' && a.attributions.length > 0)
    expect(attributed.length).toBeGreaterThanOrEqual(3)
    const all = attributed.flatMap((a) => a.attributions)
    expect(new Set(all.map((a) => a.sourcing))).toEqual(
      new Set(['on-record', 'background', 'anonymous', 'document']),
    )
    expect(all.some((a) => a.relayed !== null && a.relayed.outlet !== '')).toBe(true)
    for (const a of all.filter((x) => x.sourcing === 'background' || x.sourcing === 'anonymous')) {
      expect(a.description).not.toBeNull()
      expect(a.signOff?.name).toBe('Imogen Thorne')
    }
    for (const a of all.filter((x) => x.speaker?.entityId != null)) {
      const entity = await db.services.entities.get({
        actor: systemTestActor,
        id: a.speaker?.entityId ?? '',
      })
      expect(entity.name).toBe(a.speaker?.name)
    }
    expect(
      all.filter((a) => a.speaker?.entityId != null && a.role !== null).length,
    ).toBeGreaterThanOrEqual(3)
    for (const story of attributed) {
      expect(story.sources.length).toBeGreaterThanOrEqual(3)
      expect(story.sources.map((s) => s.kind)).toEqual(
        expect.arrayContaining(['wire', 'interview']),
      )
      const summary = await db.services.attribution.summary({ actor: null, articleId: story.id })
      expect(summary.quotes).toBe(story.attributions.length)
      expect(summary.withoutSpeaker).toBe(0)
      expect(summary.unsigned).toBe(0)
    }
  })
})
