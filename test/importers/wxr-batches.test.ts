import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import { importWxr } from '../../src/importers/wxr/import-wxr.js'
import { useTestDatabase } from '../support/database.js'

const actor = systemActor('test')

/** A post item; `extra` goes inside it (comments). */
const item = (id: number, slug: string, title: string, extra = ''): string => `<item>
<title>${title}</title>
<link>https://old.example.com/2024/05/0${id}/${slug}/</link>
<wp:post_id>${id}</wp:post_id>
<wp:post_date_gmt>2024-05-0${id} 10:00:00</wp:post_date_gmt>
<wp:post_name>${slug}</wp:post_name>
<wp:status>publish</wp:status>
<wp:post_type>post</wp:post_type>
<content:encoded><![CDATA[<p>${title}.</p>]]></content:encoded>
<category domain="category" nicename="local"><![CDATA[Local]]></category>
${extra}
</item>`

const comment = (id: number, text: string): string =>
  `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_content>${text}</wp:comment_content></wp:comment>`

const wxr = (...items: string[]): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Batch Gazette</title><link>https://old.example.com</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://old.example.com</wp:base_site_url>
${items.join('\n')}
</channel></rss>`

describe('WordPress import within one batch', () => {
  const db = useTestDatabase()

  it('treats a post repeated in the file as one article, updated by its later copy', async () => {
    const file = join(db.dataDir, 'repeated.xml')
    writeFileSync(
      file,
      wxr(
        item(1, 'ferry-returns', 'Ferry returns', comment(11, 'First!')),
        item(2, 'bridge-opens', 'Bridge opens'),
        item(1, 'ferry-returns', 'Ferry returns to the island', comment(11, 'First, edited')),
      ),
    )
    const report = await importWxr(db.services, actor, file)
    expect(report.imported.article).toBe(2)
    expect(report.updated.article).toBe(1)
    const ferry = await db.store.articles.findBySlug('ferry-returns')
    expect(ferry?.headline).toBe('Ferry returns to the island')
    expect(ferry?.revision).toBe(2)
    expect((await db.store.revisions.listForArticle(ferry?.id ?? '')).length).toBe(2)
    const comments = await db.store.importedComments.listForArticles([ferry?.id ?? ''])
    expect(comments.map((c) => c.data.content)).toEqual(['First, edited'])
    expect(await db.store.articles.countByStatus()).toEqual({ published: 2 })
  })

  it('gives posts that share a slug in one batch different slugs, and a re-run keeps them', async () => {
    const file = join(db.dataDir, 'same-slug.xml')
    writeFileSync(
      file,
      wxr(
        item(3, 'council-vote', 'Council vote'),
        item(4, 'council-vote', 'Council vote, again'),
        item(5, 'council-vote', 'Council vote, third time'),
      ),
    )
    const first = await importWxr(db.services, actor, file)
    expect(first.imported.article).toBe(3)
    const slugs = async () =>
      (
        await db.store.db
          .selectFrom('articles')
          .select('slug')
          .where('slug', 'like', 'council-vote%')
          .orderBy('slug')
          .execute()
      ).map((r) => r.slug)
    expect(await slugs()).toEqual(['council-vote', 'council-vote-2', 'council-vote-3'])
    const again = await importWxr(db.services, actor, file)
    expect(again.unchanged.article).toBe(3)
    expect(await slugs()).toEqual(['council-vote', 'council-vote-2', 'council-vote-3'])
  })
})
