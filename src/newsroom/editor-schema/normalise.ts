/**
 * The two directions between our block document and the editor's JSON. Going in, an empty body
 * becomes one empty paragraph (ProseMirror needs a place for the cursor). Coming out, attributes
 * that are null or empty are dropped, an ordered list starting at 1 loses its `start`, and a body
 * that is one empty paragraph is empty again: the same normalisation the server's parseDocument
 * applies, so a story opened and saved without a change keeps its document byte for byte.
 */
import type { BlockDocument } from '../../domain/block-document.js'

/** The JSON shape Tiptap reads and writes (`editor.getJSON()`, `Node.toJSON()`). */
export interface EditorJson {
  type?: string
  attrs?: Record<string, unknown>
  content?: EditorJson[]
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  text?: string
}

/** Nodes whose `attrs` object stays even when every attribute is empty. */
const keepsAttrs = new Set(['heading', 'figure', 'embed'])

function cleanAttrs(type: string, attrs: Record<string, unknown> | undefined) {
  if (attrs === undefined) return undefined
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === '') continue
    if (type === 'orderedList' && key === 'start' && value === 1) continue
    out[key] = value
  }
  return Object.keys(out).length > 0 || keepsAttrs.has(type) ? out : undefined
}

function clean(node: EditorJson): EditorJson {
  const type = node.type ?? 'paragraph'
  const out: EditorJson = { type }
  if (type === 'text') {
    out.text = node.text ?? ''
    if (node.marks !== undefined && node.marks.length > 0) {
      out.marks = node.marks.map((m) => {
        const attrs = cleanAttrs(m.type, m.attrs)
        return attrs === undefined ? { type: m.type } : { type: m.type, attrs }
      })
    }
    return out
  }
  const attrs = cleanAttrs(type, node.attrs)
  if (attrs !== undefined) out.attrs = attrs
  if (node.content !== undefined && node.content.length > 0) out.content = node.content.map(clean)
  else if (type !== 'paragraph' && type !== 'heading' && node.content !== undefined)
    out.content = []
  return out
}

const isEmptyParagraph = (node: EditorJson | undefined) =>
  node?.type === 'paragraph' && (node.content === undefined || node.content.length === 0)

/** The editor's JSON as our block document (the server still validates it on save). */
export function toBlockDocument(json: EditorJson): BlockDocument {
  const content = (json.content ?? []).map(clean)
  if (content.length === 1 && isEmptyParagraph(content[0])) return { type: 'doc', content: [] }
  return { type: 'doc', content } as BlockDocument
}

/** Our block document as editor content. */
export function fromBlockDocument(doc: BlockDocument): EditorJson {
  const content = doc.content as EditorJson[]
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] }
}
