import { DomUtils, parseDocument } from 'htmlparser2'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../src/domain/article.js'
import { systemActor } from '../../src/domain/roles.js'
import { importGhost } from '../../src/importers/ghost/import-ghost.js'
import { useTestDatabase } from '../support/database.js'
import { testApp } from '../support/web.js'
import { fixture, importedArticle } from './fixtures.js'

const actor = systemActor('test')
const file = fixture('ghost-edge-cases', 'ghost-5-edge-cases.json')
const images = fixture('ghost-edge-cases', 'content', 'images')
const postId = (n: number): string => `65f0000000000000000000${String(n).padStart(2, '0')}`

/** Elements a feed reader would run or load from a field it renders as HTML. */
const live = (html: string): string[] =>
  DomUtils.findAll(
    (e) => e.name === 'script' || Object.keys(e.attribs).some((a) => a.startsWith('on')),
    parseDocument(html).children,
  ).map((e) => e.name)

describe('Ghost import fidelity', () => {
  const db = useTestDatabase()

  const byGhostId = (id: string): Promise<Article> => importedArticle(db, id)

  it('reports every Ghost image it cannot place, and makes no empty media records', async () => {
    const report = await importGhost(db.services, actor, file, { dryRun: true })
    expect(report.warnings['image-missing']).toBe(4)
    expect(report.warningSamples.join('\n')).toMatch(/harbour\.jpg left out .*no --site-url/)
    expect(report.imported.media ?? 0).toBe(0)
  })

  it('maps __GHOST_URL__ images, image cards and galleries to media: local files, else remote', async () => {
    const report = await importGhost(db.services, actor, file, {
      images,
      siteUrl: 'https://pier.example.test/',
    })
    expect(report.warnings['image-missing']).toBeUndefined()
    expect(report.imported.media).toBe(4)
    const pier = await byGhostId(postId(1))
    const hero = await db.store.media.findById(pier.hero?.mediaId ?? '')
    expect(hero?.width).toBe(1600)
    const figures = pier.body.content.flatMap((b) => (b.type === 'figure' ? [b.attrs] : []))
    expect(figures).toHaveLength(3)
    expect(figures[0]).toMatchObject({ caption: 'The loading dock at noon', credit: 'Mara Quist' })
    const media = await Promise.all(figures.map((f) => db.store.media.findById(f.mediaId ?? '')))
    expect(media.map((m) => m?.width ?? null)).toEqual([1600, 1600, null])
    expect(media[2]?.sourceUrl).toBe(
      'https://pier.example.test/content/images/2024/03/gallery-b.jpg',
    )
    // A second run changes nothing.
    const again = await importGhost(db.services, actor, file, {
      images,
      siteUrl: 'https://pier.example.test/',
    })
    expect(again.imported.media ?? 0).toBe(0)
    expect(again.updated.article ?? 0).toBe(0)
  })

  it('imports members-only, paid and newsletter-only posts as drafts, each with a warning', async () => {
    const report = await importGhost(db.services, actor, file, { images })
    for (const n of [2, 3, 4]) expect((await byGhostId(postId(n))).status).toBe('draft')
    expect(report.warnings).toMatchObject({ 'members-only': 2, 'newsletter-only': 1 })
    expect((await byGhostId(postId(1))).status).toBe('published')
  })

  it('keeps Chinese tags apart by Ghost’s tag ids, none dropped', async () => {
    await importGhost(db.services, actor, file, { images })
    const post = await byGhostId(postId(5))
    expect(post.tags.map((t) => t.name)).toEqual(['新闻', '体育'])
    expect(post.tags[0]?.slug).not.toBe(post.tags[1]?.slug)
    expect((await byGhostId(postId(1))).tags.map((t) => t.name)).toEqual(['体育'])
    expect(post.sections.map((s) => s.name)).toEqual(['新闻'])
  })

  it('keeps a <script> in a Ghost excerpt inert in RSS', async () => {
    await importGhost(db.services, actor, file, { images })
    const app = await testApp(db)
    try {
      const res = await app.inject({ method: 'GET', url: '/rss.xml' })
      const feed = await new Parser().parseString(res.body)
      const item = feed.items.find((i) => i.title === 'Pier reopens after repairs')
      expect(item).toBeDefined()
      expect(item?.content ?? '').toContain('for walkers')
      for (const i of feed.items as (Parser.Item & { 'content:encoded'?: string })[]) {
        expect(live(i.content ?? '')).toEqual([])
        expect(live(i['content:encoded'] ?? '')).toEqual([])
      }
    } finally {
      await app.close()
    }
  })
})

describe('Ghost import re-run', () => {
  const db = useTestDatabase()

  it('counts each item once, and a second run of the same export as unchanged, kind by kind', async () => {
    for (const [name, path, options] of [
      ['Ghost 4.1', fixture('ghost-exports', 'ghost-4.1.0-v4_export.json'), {}],
      ['edge cases', file, { images, siteUrl: 'https://pier.example.test/' }],
    ] as const) {
      const first = await importGhost(db.services, actor, path, options)
      expect(first.unchanged, name).toEqual({})
      const again = await importGhost(db.services, actor, path, options)
      expect(again.imported, name).toEqual({})
      expect(again.updated, name).toEqual({})
      expect(again.skipped, name).toEqual({})
      for (const [kind, n] of Object.entries(first.imported)) {
        if (kind === 'attribution suggestion' || kind === 'redirect') continue
        expect(again.unchanged[kind], `${name}: ${kind}`).toBe(n)
      }
    }
  })
})
