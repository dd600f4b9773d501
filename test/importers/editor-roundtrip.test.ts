/**
 * The newsroom editor's schema (src/newsroom/editor-schema) against every body we hold: the demo
 * publication and every story imported from the WordPress and Ghost fixtures. Each goes through
 * ProseMirror (`Node.fromJSON(schema, doc).toJSON()`) and back to our block document unchanged,
 * so opening a story in the editor and saving it without an edit changes nothing.
 */
import { getSchema } from '@tiptap/core'
import { Node } from '@tiptap/pm/model'
import { beforeAll, describe, expect, it } from 'vitest'
import type { BlockDocument } from '../../src/domain/block-document.js'
import { parseDocument } from '../../src/domain/block-document.js'
import { systemActor } from '../../src/domain/roles.js'
import { importGhost } from '../../src/importers/ghost/import-ghost.js'
import { importWxr } from '../../src/importers/wxr/import-wxr.js'
import {
  blockExtensions,
  fromBlockDocument,
  toBlockDocument,
} from '../../src/newsroom/editor-schema/index.js'
import type { EditorJson } from '../../src/newsroom/editor-schema/normalise.js'
import { useTestDatabase } from '../support/database.js'
import { fixture, sharedFixture, sharedMissing } from './fixtures.js'

const schema = getSchema(blockExtensions)
const roundTrip = (doc: BlockDocument): BlockDocument =>
  toBlockDocument(Node.fromJSON(schema, fromBlockDocument(doc)).toJSON() as EditorJson)

const wxrFiles = [
  ['wordpress', 'wxr-full.xml'],
  ['wordpress', 'wxr-small.xml'],
  ['wxr-theme-unit-test', 'themeunittestdata.wordpress.xml'],
  ['wxr-theme-unit-test', '64-block-test-data.xml'],
  ['wxr-theme-unit-test', 'theme-preview.xml'],
  ['wxr-tryghost-migrate', 'co-authors-plus.xml'],
  ['wxr-tryghost-migrate', 'has-yoast-meta.xml'],
  ['wxr-wordpress-com', 'sitetitle.wordpress.2025-01-19.000.xml'],
  ['wxr-wordpress-importer', 'small-export.xml'],
  ['wxr-wordpress-importer', 'valid-wxr-1.0.xml'],
] as const
const ghostFiles = [
  'ghost-1.20.0-valid.json',
  'ghost-2.9.0-v2_export.json',
  'ghost-4.1.0-v4_export.json',
]

describe('editor schema round trip', () => {
  const db = useTestDatabase()
  const bodies = async () =>
    (await db.store.db.selectFrom('articles').select(['slug', 'body']).execute()).map((r) => ({
      slug: r.slug,
      body: JSON.parse(r.body) as BlockDocument,
    }))

  it('keeps an empty body empty and drops only empty attributes', () => {
    expect(roundTrip({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [] })
    const doc = parseDocument({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'H' }] },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
        {
          type: 'blockquote',
          attrs: { speaker: 'A', sourceUrl: 'https://example.com/' },
          content: [
            {
              type: 'paragraph',
              content: [
                {
                  type: 'text',
                  text: 'q',
                  marks: [
                    { type: 'link', attrs: { href: 'mailto:a@example.com' } },
                    { type: 'bold' },
                  ],
                },
                { type: 'hardBreak' },
                { type: 'text', text: 'r' },
              ],
            },
          ],
        },
        { type: 'figure', attrs: { mediaId: 'm1', alt: 'x', credit: 'C' } },
        { type: 'embed', attrs: { url: 'https://vimeo.com/123456', provider: 'vimeo' } },
        { type: 'horizontalRule' },
      ],
    })
    expect(JSON.stringify(roundTrip(doc))).toBe(JSON.stringify(doc))
  })

  describe('the demo publication', () => {
    beforeAll(async () => {
      db.clock.set(new Date().toISOString())
      await db.services.loadDemo()
    }, 120_000)

    it('every demo story round-trips unchanged', async () => {
      const all = await bodies()
      expect(all.length).toBeGreaterThan(40)
      const changed = all.filter(
        (a) => JSON.stringify(roundTrip(a.body)) !== JSON.stringify(a.body),
      )
      expect(changed.map((a) => a.slug)).toEqual([])
    })
  })

  // The theme unit test data is not redistributable: read from ../shared/fixtures when present.
  const themeMissing = sharedMissing('wxr-theme-unit-test')
  if (themeMissing !== '')
    console.warn(`editor round trip: theme unit test files left out: ${themeMissing}`)
  const pathOf = (folder: string, name: string): string =>
    folder === 'wxr-theme-unit-test' ? sharedFixture(folder, name) : fixture(folder, name)
  const wxrPresent = wxrFiles.filter(
    ([folder]) => folder !== 'wxr-theme-unit-test' || themeMissing === '',
  )

  describe('imported stories', () => {
    it(
      'every story imported from the WXR and Ghost fixtures round-trips unchanged',
      { timeout: 600_000 },
      async () => {
        const actor = systemActor('test')
        for (const [folder, name] of wxrPresent) {
          const options = folder === 'wordpress' ? { uploads: fixture('wordpress', 'uploads') } : {}
          await importWxr(db.services, actor, pathOf(folder, name), options)
        }
        for (const name of ghostFiles)
          await importGhost(db.services, actor, fixture('ghost-exports', name))
        const all = await bodies()
        expect(all.length).toBeGreaterThan(100)
        const changed = all.filter(
          (a) => JSON.stringify(roundTrip(a.body)) !== JSON.stringify(a.body),
        )
        expect(changed.map((a) => a.slug)).toEqual([])
      },
    )
  })
})
