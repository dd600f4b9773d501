import type { Block, BlockDocument, Inline, ListItem, Paragraph } from './block-document.js'

/** The document's readable text, blocks separated by blank lines (search index, excerpts, feeds). */
export function documentText(doc: BlockDocument): string {
  const out: string[] = []
  const inline = (nodes: Inline[] | undefined): string =>
    (nodes ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('')
  const walk = (blocks: readonly (Block | ListItem)[]): void => {
    for (const b of blocks) {
      switch (b.type) {
        case 'paragraph':
        case 'heading':
          out.push(inline(b.content))
          break
        case 'blockquote':
          walk(b.content)
          if (b.attrs?.speaker !== undefined) out.push(`— ${b.attrs.speaker}`)
          break
        case 'bulletList':
        case 'orderedList':
        case 'listItem':
          walk(b.content)
          break
        case 'figure':
          if (b.attrs.caption !== undefined) out.push(b.attrs.caption)
          break
        default:
          break
      }
    }
  }
  walk(doc.content)
  return out.filter((t) => t.trim() !== '').join('\n\n')
}

/** The first `max` characters of the text, cut at a word boundary with an ellipsis. */
export function excerptOf(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  // Back up to the last space unless that loses more than 40 characters; then cut the word.
  const space = cut.lastIndexOf(' ')
  return `${cut.slice(0, space >= max - 40 ? space : max).replace(/[\s,;:.–—-]+$/, '')}…`
}

/** Media ids used by figures in the body. */
export function documentMediaIds(doc: BlockDocument): string[] {
  const ids: string[] = []
  for (const block of doc.content) {
    if (block.type === 'figure' && block.attrs.mediaId !== undefined) ids.push(block.attrs.mediaId)
  }
  return ids
}

/** A document of plain paragraphs, for importers and scripts that start from text. */
export function documentFromParagraphs(paragraphs: readonly string[]): BlockDocument {
  return {
    type: 'doc',
    content: paragraphs
      .map((p) => p.trim())
      .filter((p) => p !== '')
      .map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  }
}

/** The text of a paragraph or block quote as the attribution suggester reads it and its offsets count: a hard break is `\n`. */
export function blockText(block: Block): string {
  const inline = (nodes: Inline[] | undefined): string =>
    (nodes ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('')
  if (block.type === 'paragraph') return inline(block.content)
  if (block.type === 'blockquote')
    return block.content
      .filter((b): b is Paragraph => b.type === 'paragraph')
      .map((p) => inline(p.content))
      .join('\n')
  return ''
}
