import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '../../src/domain/errors.js'
import { useTestDatabase } from '../support/database.js'
import { withIptc } from '../support/iptc.js'
import { systemTestActor as system } from '../support/make.js'

/** A JPEG carrying an XMP packet with the given photoshop:Credit and dc:description (raw XML). */
async function withXmp(seed: number, credit: string, description: string): Promise<Buffer> {
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><photoshop:Credit>${credit}</photoshop:Credit><dc:description><rdf:Alt><rdf:li xml:lang="x-default">${description}</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
  return sharp({ create: { width: 32 + seed, height: 24, channels: 3, background: 'navy' } })
    .jpeg()
    .withXmp(xmp)
    .toBuffer()
}

describe('media metadata prefill', () => {
  const db = useTestDatabase()

  it('decodes XMP entities exactly once', async () => {
    const media = await db.services.media.ingest({
      actor: system,
      input: {
        bytes: await withXmp(
          1,
          'Smith &amp; Jones &lt;Agency&gt; caf&#233; &#x2014; &amp;lt;sic&amp;gt;',
          'A &quot;quoted&quot; caption &apos;here&apos;',
        ),
      },
    })
    expect(media.credit).toBe('Smith & Jones <Agency> café — &lt;sic&gt;')
    expect(media.caption).toBe('A "quoted" caption \'here\'')
  })

  it('cuts prefilled texts over 2,000 characters at a word and reports them', async () => {
    const long = (word: string) => Array.from({ length: 600 }, (_, i) => `${word}${i}`).join(' ')
    const media = await db.services.media.ingest({
      actor: system,
      input: {
        bytes: await withXmp(2, long('agency'), long('harbour')),
      },
    })
    expect(media.truncated.sort()).toEqual(['caption', 'credit'])
    for (const [text, word] of [
      [media.credit, 'agency'],
      [media.caption, 'harbour'],
    ] as const) {
      expect([...text].length).toBeLessThanOrEqual(2000)
      expect(text.endsWith('…')).toBe(true)
      expect(long(word).startsWith(`${text.slice(0, -1)} `)).toBe(true)
    }
    const stored = await db.store.media.findById(media.id)
    expect(stored?.credit).toBe(media.credit)
  })

  it('keeps what the uploader types over the metadata, and refuses typed texts over the limit', async () => {
    const tagged = withIptc(
      await sharp({ create: { width: 30, height: 20, channels: 3, background: 'red' } })
        .jpeg()
        .toBuffer(),
      { caption: 'word '.repeat(1000) },
    )
    const typed = await db.services.media.ingest({
      actor: system,
      input: { bytes: tagged, caption: 'Short' },
    })
    expect(typed).toMatchObject({ caption: 'Short', truncated: [] })
    const refused = await db.services.media
      .ingest({
        actor: system,
        input: {
          bytes: await withXmp(3, 'x', 'y'),
          copyright: 'c'.repeat(2001),
        },
      })
      .catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(InvalidInputError)
    expect((refused as InvalidInputError).errors).toEqual([
      expect.objectContaining({ field: 'copyright' }),
    ])
  })
})
