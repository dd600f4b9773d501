/** Writes a deterministic WXR 1.2 file of `posts` posts (invented text) for the import benchmark. */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

const words =
  'harbour council budget river bridge school ferry market vote report mayor island tide station library weather road festival court hospital'.split(
    ' ',
  )

/** A small deterministic pseudo-random sequence (mulberry32), so every run writes the same file. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sentence = (next: () => number, n: number): string =>
  Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' ')

function item(i: number, next: () => number): string {
  const date = new Date(Date.UTC(2020, 0, 1) + i * 600_000).toISOString()
  const gmt = `${date.slice(0, 10)} ${date.slice(11, 19)}`
  const paragraphs = Array.from({ length: 6 }, () => `<p>${sentence(next, 40)}.</p>`).join('\n')
  const quote = `<blockquote><p>${sentence(next, 12)}.</p><cite>${sentence(next, 2)}</cite></blockquote>`
  return `<item>
<title><![CDATA[${sentence(next, 7)} ${i}]]></title>
<link>https://old.example.com/${date.slice(0, 4)}/${date.slice(5, 7)}/post-${i}/</link>
<pubDate>${new Date(date).toUTCString()}</pubDate>
<dc:creator><![CDATA[writer${i % 5}]]></dc:creator>
<guid isPermaLink="false">https://old.example.com/?p=${i}</guid>
<content:encoded><![CDATA[${paragraphs}\n${quote}]]></content:encoded>
<excerpt:encoded><![CDATA[${sentence(next, 20)}]]></excerpt:encoded>
<wp:post_id>${i}</wp:post_id>
<wp:post_date><![CDATA[${gmt}]]></wp:post_date>
<wp:post_date_gmt><![CDATA[${gmt}]]></wp:post_date_gmt>
<wp:post_name><![CDATA[post-${i}]]></wp:post_name>
<wp:status><![CDATA[publish]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type>
<category domain="category" nicename="section-${i % 8}"><![CDATA[Section ${i % 8}]]></category>
<category domain="post_tag" nicename="tag-${i % 50}"><![CDATA[Tag ${i % 50}]]></category>
</item>\n`
}

export async function generateWxr(file: string, posts: number): Promise<void> {
  const out = createWriteStream(file)
  const next = random(42)
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain')
  }
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Benchmark Gazette</title><link>https://old.example.com</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://old.example.com</wp:base_site_url><wp:base_blog_url>https://old.example.com</wp:base_blog_url>\n`)
  for (let w = 0; w < 5; w += 1)
    await write(
      `<wp:author><wp:author_login><![CDATA[writer${w}]]></wp:author_login><wp:author_display_name><![CDATA[Writer ${w}]]></wp:author_display_name></wp:author>\n`,
    )
  for (let i = 1; i <= posts; i += 1) await write(item(i, next))
  await write('</channel>\n</rss>\n')
  out.end()
  await once(out, 'finish')
}
