import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../src/domain/article.js'
import { systemActor } from '../../src/domain/roles.js'
import { importWxr } from '../../src/importers/wxr/import-wxr.js'
import { useTestDatabase } from '../support/database.js'
import { testApp } from '../support/web.js'
import { fixture, importedArticle } from './fixtures.js'

const actor = systemActor('test')
const edgeCases = fixture('wxr-edge-cases', 'wxr-edge-cases.xml')

describe('WordPress import fidelity', () => {
  const db = useTestDatabase()

  const byWpId = (id: string): Promise<Article> => importedArticle(db, id)

  it('imports a password-protected post as a draft with a warning, never public', async () => {
    const report = await importWxr(db.services, actor, edgeCases)
    const locked = await byWpId('101')
    expect(locked.status).toBe('draft')
    expect(locked.publishedAt).toBeNull()
    expect(report.warnings['password-protected']).toBe(1)
    expect(report.warningSamples.join('\n')).toMatch(/item 101: password-protected/)
    expect(await db.services.site.resolvePath({ path: '/?p=101' })).toEqual({ kind: 'none' })
    const app = await testApp(db)
    try {
      const feed = await app.inject({ method: 'GET', url: '/rss.xml' })
      expect(feed.body).not.toContain('dock contract')
      expect(feed.body).toContain('what the new duties mean')
    } finally {
      await app.close()
    }
  })

  it('decodes HTML entities in WordPress titles', async () => {
    await importWxr(db.services, actor, edgeCases)
    expect((await byWpId('102')).headline).toBe('Trade & tariffs: what the new duties mean')
  })

  it('keeps non-Latin categories and tags apart, by the source slug, never merged', async () => {
    const report = await importWxr(db.services, actor, edgeCases)
    const news = await byWpId('103')
    const sport = await byWpId('104')
    expect(news.sections.map((s) => s.name)).toEqual(['新闻'])
    expect(sport.sections.map((s) => s.name)).toEqual(['体育'])
    expect(news.sections[0]?.id).not.toBe(sport.sections[0]?.id)
    expect(news.tags.map((t) => t.name)).toEqual(['비트코인', '경제', 'Bitcoin'])
    expect(new Set(news.tags.map((t) => t.slug)).size).toBe(3)
    // The Persian tag transliterates to the slug of an unrelated Latin tag: two tags still.
    expect(sport.tags.map((t) => t.name)).toEqual(['اقتصاد', 'AQTSAD'])
    expect(sport.tags[0]?.id).not.toBe(sport.tags[1]?.id)
    const tags = await db.store.tags.list(1000)
    expect(tags.map((t) => t.name).sort()).toEqual(
      ['AQTSAD', 'Bitcoin', 'اقتصاد', '경제', '비트코인'].sort(),
    )
    expect((report.imported.tag ?? 0) + (report.unchanged.tag ?? 0)).toBe(5)
    // The old percent-encoded address of the Korean tag answers with its new one.
    const korean = news.tags[0]!
    expect(
      await db.services.site.resolvePath({ path: '/tag/%eb%b9%84%ed%8a%b8%ec%bd%94%ec%9d%b8/' }),
    ).toEqual({ kind: 'redirect', to: `/tag/${korean.slug}/`, status: 301 })
  })

  it('keeps one tag when the WordPress slug differs (bitcoin-2), its address listing both posts', async () => {
    await importWxr(db.services, actor, edgeCases)
    const first = await byWpId('102')
    const second = await byWpId('103')
    expect(first.tags.map((t) => t.slug)).toEqual(['bitcoin-2'])
    expect(second.tags.map((t) => t.id)).toContain(first.tags[0]?.id)
    const app = await testApp(db)
    try {
      const page = await app.inject({ method: 'GET', url: '/tag/bitcoin-2/' })
      expect(page.statusCode).toBe(200)
      expect(page.body).toContain('Trade &amp; tariffs')
      expect(page.body).toContain('비트코인 시세 급등')
    } finally {
      await app.close()
    }
  })

  it('renders [gallery] as credited figures, [audio]/[video] as links, and reports each', async () => {
    const report = await importWxr(db.services, actor, edgeCases)
    const post = await byWpId('105')
    const figures = post.body.content.filter((b) => b.type === 'figure')
    expect(figures.map((f) => f.type === 'figure' && f.attrs.caption)).toEqual([
      'Cranes at dawn.',
      'The old lighthouse.',
    ])
    for (const f of figures) {
      if (f.type !== 'figure') continue
      expect(f.attrs.mediaId).toBeTruthy()
      expect(f.attrs.credit).toBe('Pau Serra')
    }
    expect(post.bodyText).not.toMatch(/\[(gallery|audio|video|playlist)/)
    expect(post.bodyText).toContain('Listen: start.mp3')
    expect(post.bodyText).toContain('Watch: finish.mp4')
    expect(report.warnings).toMatchObject({ audio: 1, video: 1, playlist: 1 })
    expect(report.warnings['unknown-shortcode']).toBeUndefined()
  })

  it('skips a post beyond the body limit with its reason, imports the rest, and again on a retry', async () => {
    const huge = `<p>${'The tide came in. '.repeat(120_000)}</p>`
    const item = `<item>
		<title><![CDATA[An enormous post]]></title>
		<link>http://ledger.example.test/?p=999</link>
		<dc:creator><![CDATA[editor]]></dc:creator>
		<guid isPermaLink="false">http://ledger.example.test/?p=999</guid>
		<content:encoded><![CDATA[${huge}]]></content:encoded>
		<wp:post_id>999</wp:post_id>
		<wp:post_date_gmt><![CDATA[2026-11-02 08:00:00]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[an-enormous-post]]></wp:post_name>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_type><![CDATA[post]]></wp:post_type>
	</item>`
    const text = readFileSync(edgeCases, 'utf8')
    const at = text.indexOf('<item>', text.indexOf('<wp:post_id>202'))
    const file = join(db.dataDir, 'with-huge-post.xml')
    writeFileSync(file, text.slice(0, at) + item + text.slice(at))
    expect(huge.length).toBeGreaterThan(2_000_000)
    for (const run of ['first', 'retry']) {
      const report = await importWxr(db.services, actor, file)
      const reasons = Object.keys(report.skipped)
      expect(reasons, run).toHaveLength(1)
      expect(reasons[0]).toMatch(/^article 999 \(“An enormous post”\): body .*limit/)
      expect((await byWpId('105')).headline).toBe('Pictures and sound from the regatta')
    }
    const counts = await db.store.articles.countByStatus()
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(6)
  })

  it('honours a windows-1252 declaration, and detects an undeclared or misdeclared encoding', async () => {
    const headline = 'Café owners’ “summer” plans – a guide'
    const declared = fixture('wxr-edge-cases', 'wxr-windows-1252.xml')
    const bytes = readFileSync(declared)
    const first = await importWxr(db.services, actor, declared)
    expect(first.warnings.encoding).toBeUndefined()
    expect((await byWpId('7')).headline).toBe(headline)
    expect((await byWpId('7')).bodyText).toContain('Jürgen Müller opens at 7 — earlier')

    const undeclared = join(db.dataDir, 'undeclared.xml')
    writeFileSync(
      undeclared,
      Buffer.from(bytes.toString('latin1').replace(' encoding="windows-1252"', ''), 'latin1'),
    )
    const second = await importWxr(db.services, actor, undeclared, { dryRun: true })
    expect(second.warnings.encoding).toBe(1)
    expect(second.warningSamples[0]).toMatch(/not UTF-8; read as windows-1252/)
    expect(second.unchanged.article).toBe(1)

    const utf8 = join(db.dataDir, 'misdeclared.xml')
    // Decoded in streaming mode: Node's one-shot windows-1252 decoding treats 0x80–0x9f as Latin-1.
    writeFileSync(utf8, new TextDecoder('windows-1252').decode(bytes, { stream: true }), 'utf8')
    const third = await importWxr(db.services, actor, utf8, { dryRun: true })
    expect(third.warnings.encoding).toBe(1)
    expect(third.unchanged.article).toBe(1)
  })

  it('reports a re-run honestly: comments and redirects found in place are unchanged, not imported', async () => {
    const small = fixture('wordpress', 'wxr-small.xml')
    const first = await importWxr(db.services, actor, small)
    expect(first.imported.comment).toBe(10)
    expect(first.imported.redirect).toBeGreaterThan(50)
    // A tag many posts carry is counted once (only /feed/ was in place from the tests above).
    expect(Object.keys(first.unchanged).filter((k) => k !== 'redirect')).toEqual([])
    const again = await importWxr(db.services, actor, small)
    expect(again.imported).toEqual({})
    expect(again.updated).toEqual({})
    expect(again.unchanged.comment).toBe(10)
    expect(again.unchanged.redirect).toBeGreaterThan(0)
    for (const [kind, n] of Object.entries(first.imported)) {
      if (kind === 'attribution suggestion' || kind === 'redirect') continue
      expect(again.unchanged[kind], kind).toBe(n)
    }
  })
})
