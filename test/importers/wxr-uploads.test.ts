import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../src/domain/roles.js'
import { importWxr } from '../../src/importers/wxr/import-wxr.js'
import { useTestDatabase } from '../support/database.js'

const actor = systemActor('test')
const site = 'https://old.example.com'

/** A WXR file whose only items are attachments at the given upload paths (raw, as in the URL). */
function wxr(paths: string[], caption = '', firstId = 900): string {
  const items = paths
    .map(
      (path, i) => `<item><title>a${i}</title><wp:post_id>${firstId + i}</wp:post_id>
<wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
<excerpt:encoded><![CDATA[${caption}]]></excerpt:encoded>
<wp:attachment_url>${site}/wp-content/uploads/${path}</wp:attachment_url></item>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Old site</title><link>${site}</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>${site}</wp:base_site_url>
${items}
</channel></rss>`
}

const picture = (seed: number) =>
  sharp({ create: { width: 20 + seed, height: 20, channels: 3, background: 'olive' } })
    .png()
    .toBuffer()

describe('WordPress import: the uploads folder', () => {
  const db = useTestDatabase()
  let dir = ''
  let uploads = ''
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'masthead-wxr-uploads-'))
    uploads = join(dir, 'uploads')
    mkdirSync(join(uploads, '2026', '03'), { recursive: true })
    mkdirSync(join(dir, 'private'))
    writeFileSync(join(uploads, '2026', '03', 'inside.png'), await picture(1))
    writeFileSync(join(dir, 'secret.png'), await picture(2))
    writeFileSync(join(dir, 'private', 'secret.png'), await picture(3))
    symlinkSync(join(dir, 'secret.png'), join(uploads, 'link.png'))
    symlinkSync(join(dir, 'private'), join(uploads, 'elsewhere'))
  })
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true })
  })

  it('reads files inside the folder and nothing outside it, however the path is written', async () => {
    const outside = [
      '....//secret.png',
      '2026/03/....//....//....//secret.png',
      '..%2fsecret.png',
      '%2e%2e/secret.png',
      '%2E%2E%2Fsecret.png',
      '2026/..%2f..%2f..%2fsecret.png',
      '..%5csecret.png',
      `${encodeURIComponent(join(dir, 'secret.png'))}`,
      `/${dir}/secret.png`,
      'link.png',
      'elsewhere/secret.png',
      'inside.png%00.png',
      '%zz.png',
    ]
    const file = join(dir, 'export.xml')
    writeFileSync(file, wxr(['2026/03/inside.png', ...outside]))
    const report = await importWxr(db.services, actor, file, { uploads })
    expect(report.imported.media).toBe(1 + outside.length)
    const stored = await db.store.db
      .selectFrom('media')
      .select(['source_url', 'storage_key'])
      .where('storage_key', '!=', '')
      .execute()
    expect(stored.map((m) => m.source_url)).toEqual([
      `${site}/wp-content/uploads/2026/03/inside.png`,
    ])
    // `....` is an ordinary (here missing) folder name once nothing strips `../` out of it.
    expect(report.warnings['upload-outside-folder']).toBe(outside.length - 2)
  })

  it('keeps imported captions within the 2,000-character limit, cut at a word', async () => {
    const caption = Array.from({ length: 800 }, (_, i) => `w${i}`).join(' ')
    const file = join(dir, 'long.xml')
    writeFileSync(file, wxr(['2026/03/missing-long.png'], caption, 1900))
    await importWxr(db.services, actor, file)
    const row = await db.store.db
      .selectFrom('media')
      .select('caption')
      .where('source_url', '=', `${site}/wp-content/uploads/2026/03/missing-long.png`)
      .executeTakeFirstOrThrow()
    expect(row.caption.length).toBeLessThanOrEqual(2000)
    expect(caption.startsWith(`${row.caption.slice(0, -1)} `)).toBe(true)
  })
})
