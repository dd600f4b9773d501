import type { Attribution, StorySource } from '../domain/attribution.js'
import type { Block, BlockDocument, Inline, ListItem } from '../domain/block-document.js'
import type { Entity } from '../domain/entity.js'

type Thing = Record<string, unknown>

/** An attributed quote's words and the attribution they carry. */
interface QuotedWords {
  attribution: string
  text: string
}

const inlineText = (content: readonly Inline[] | undefined): string =>
  (content ?? []).map((n) => (n.type === 'text' ? n.text : ' ')).join('')

function blockText(blocks: readonly (Block | ListItem)[]): string {
  return blocks
    .map((b) => {
      if (b.type === 'paragraph' || b.type === 'heading') return inlineText(b.content)
      if ('content' in b && Array.isArray(b.content)) return blockText(b.content)
      return ''
    })
    .filter((t) => t !== '')
    .join('\n')
}

/**
 * The words of every attributed quote, in document order: a blockquote's whole text, and a
 * paragraph's quote-marked words per attribution (a mark split over several text nodes joined).
 */
export function quotedWords(body: BlockDocument): QuotedWords[] {
  const out: QuotedWords[] = []
  const marks = (content: readonly Inline[] | undefined): void => {
    const byId = new Map<string, string>()
    for (const node of content ?? []) {
      if (node.type !== 'text') continue
      const id = node.marks?.find((m) => m.type === 'quote')?.attrs?.attribution
      if (id !== undefined) byId.set(id, (byId.get(id) ?? '') + node.text)
    }
    for (const [attribution, text] of byId) out.push({ attribution, text: text.trim() })
  }
  const walk = (blocks: readonly (Block | ListItem)[]): void => {
    for (const b of blocks) {
      if (b.type === 'paragraph' || b.type === 'heading') marks(b.content)
      else if (b.type === 'blockquote') {
        const id = b.attrs?.attribution
        if (id !== undefined) out.push({ attribution: id, text: blockText(b.content) })
        else walk(b.content)
      } else if (b.type === 'bulletList' || b.type === 'orderedList' || b.type === 'listItem')
        walk(b.content)
    }
  }
  walk(body.content)
  return out.filter((q) => q.text !== '')
}

/** A speaker as schema.org sees them: Person or Organization, with Wikidata as `sameAs`. */
function creatorOf(a: Attribution, entities: ReadonlyMap<string, Entity>): Thing | null {
  if (a.speaker === null) return null
  const entity = a.speaker.entityId !== null ? entities.get(a.speaker.entityId) : undefined
  return {
    '@type': entity?.kind === 'organization' ? 'Organization' : 'Person',
    name: a.speaker.name,
    ...(entity?.wikidataId != null
      ? { sameAs: `https://www.wikidata.org/wiki/${entity.wikidataId}` }
      : {}),
  }
}

/** Each attributed quote as a schema.org Quotation (its speaker as `creator` when named). */
export function quotations(
  body: BlockDocument,
  attributions: readonly Attribution[],
  entities: ReadonlyMap<string, Entity>,
): Thing[] {
  const byId = new Map(attributions.map((a) => [a.id, a]))
  return quotedWords(body).flatMap((q) => {
    const a = byId.get(q.attribution)
    if (a === undefined) return []
    const creator = creatorOf(a, entities)
    return [{ '@type': 'Quotation', text: q.text, ...(creator !== null ? { creator } : {}) }]
  })
}

/** A story's source as a schema.org CreativeWork. */
export const sourceWork = (s: StorySource): Thing => ({
  '@type': 'CreativeWork',
  name: s.title,
  ...(s.url !== null ? { url: s.url } : {}),
})

/** What a story derives from rather than merely cites: wire copy, documents and other outlets. */
export const isBasisOf = (s: StorySource): boolean =>
  s.kind === 'wire' || s.kind === 'document' || s.kind === 'outlet'
