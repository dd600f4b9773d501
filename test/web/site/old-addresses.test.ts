import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../../src/domain/roles.js'
import { importWxr } from '../../../src/importers/wxr/import-wxr.js'
import { useTestDatabase } from '../../support/database.js'
import { canonicalPath } from '../../../src/web/site/query.js'
import { testApp } from '../../support/web.js'

const item = (id: number, type: 'post' | 'page', slug: string, title: string) => `
  <item>
    <title><![CDATA[${title}]]></title>
    <link>http://old.example/?${type === 'page' ? 'page_id' : 'p'}=${id}</link>
    <dc:creator><![CDATA[editor]]></dc:creator>
    <content:encoded><![CDATA[<p>${title}, in a paragraph of its own.</p>]]></content:encoded>
    <wp:post_id>${id}</wp:post_id>
    <wp:post_date_gmt><![CDATA[2025-11-01 06:33:12]]></wp:post_date_gmt>
    <wp:post_name><![CDATA[${slug}]]></wp:post_name>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:post_type><![CDATA[${type}]]></wp:post_type>
  </item>`

const wxr = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Old paper</title>
  <link>http://old.example</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>http://old.example</wp:base_site_url>
  <wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[editor]]></wp:author_login><wp:author_display_name><![CDATA[The Editor]]></wp:author_display_name></wp:author>
  ${item(41, 'post', 'harbour-wall-repaired', 'Harbour wall repaired')}
  ${item(42, 'page', 'about-us', 'About us')}
</channel>
</rss>`

describe('old WordPress addresses and odd spellings of paths', () => {
  const db = useTestDatabase()
  let app: FastifyInstance
  const dir = mkdtempSync(join(tmpdir(), 'masthead-wxr-'))

  beforeAll(async () => {
    const file = join(dir, 'export.xml')
    writeFileSync(file, wxr)
    await importWxr(db.services, systemActor('test'), file)
    app = await testApp(db)
  })
  afterAll(async () => {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers /?p=ID and /?page_id=ID of imported posts and pages with 301', async () => {
    const post = await app.inject('/?p=41')
    expect(post.statusCode).toBe(301)
    expect(post.headers.location).toMatch(/\/harbour-wall-repaired\/$/)
    expect((await app.inject(String(post.headers.location))).statusCode).toBe(200)
    const page = await app.inject('/?page_id=42')
    expect(page.statusCode).toBe(301)
    expect(page.headers.location).toBe('/about-us/')
    expect((await app.inject('/about-us/')).statusCode).toBe(200)
  })

  it('shows the home page for ids it does not know, without redirecting', async () => {
    for (const url of ['/?p=999', '/?page_id=999', '/?p=abc', '/?p=41&p=42', '/?p='])
      expect((await app.inject(url)).statusCode, url).toBe(200)
  })

  it('keeps percent escapes as the client wrote them when it lower-cases a path', async () => {
    for (const path of ['/foo%3Cbar/', '/foo%3cbar/', '/%E2%80%94/']) {
      const res = await app.inject(path)
      expect(res.statusCode, path).toBe(404)
    }
    // app.inject resolves `/\\host` as a URL would; a socket delivers it as written.
    expect(canonicalPath('/\\evil.example')).toBe('/%5Cevil.example')
    expect(canonicalPath('//evil.example//')).toBe('/evil.example/')
    const mixed = await app.inject('/Foo%3Cbar/')
    expect(mixed.statusCode).toBe(301)
    expect(mixed.headers.location).toBe('/foo%3Cbar/')
  })
})
