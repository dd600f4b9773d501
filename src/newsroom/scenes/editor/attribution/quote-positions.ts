/**
 * Where the body's quotes are in the editor, in the order of the domain's `quotesIn` (so the
 * summary's "quotes without a speaker" can move the cursor to each), and which attribution the
 * cursor is in.
 */
import type { Editor } from '@tiptap/react'
import type { Node as PMNode } from '@tiptap/pm/model'
import type { Attribution } from '../../../../domain/attribution.js'

export interface QuotePosition {
  /** A position inside the quote, for the cursor. */
  pos: number
  attribution: string | null
}

/** Every blockquote and quote-mark run, as `quotesIn` counts them. */
export function quotePositions(doc: PMNode): QuotePosition[] {
  const out: QuotePosition[] = []
  const marks = (block: PMNode, start: number) => {
    const seen = new Set<string>()
    let open = false
    block.forEach((child, offset) => {
      const mark = child.isText ? child.marks.find((m) => m.type.name === 'quote') : undefined
      if (mark === undefined) {
        open = false
        return
      }
      const id = typeof mark.attrs.attribution === 'string' ? mark.attrs.attribution : null
      const pos = start + 1 + offset + 1
      if (id === null) {
        if (!open) out.push({ pos, attribution: null })
        open = true
      } else {
        open = false
        if (!seen.has(id)) out.push({ pos, attribution: id })
        seen.add(id)
      }
    })
  }
  const walk = (node: PMNode, start: number) => {
    node.forEach((child, offset) => {
      const at = start + offset
      const name = child.type.name
      if (name === 'paragraph' || name === 'heading') marks(child, at)
      else if (name === 'blockquote') {
        const id = typeof child.attrs.attribution === 'string' ? child.attrs.attribution : null
        out.push({ pos: at + 2, attribution: id })
        walk(child, at + 1)
      } else if (name === 'bulletList' || name === 'orderedList' || name === 'listItem')
        walk(child, at + 1)
    })
  }
  walk(doc, 0)
  return out
}

/** The attribution id of the quote mark or blockquote the selection is in, if any. */
export function attributionAtSelection(editor: Editor): string | null {
  const mark = editor.getAttributes('quote').attribution as unknown
  if (typeof mark === 'string') return mark
  const { $from } = editor.state.selection
  // At either edge of a quote (the mark is not inclusive, so ProseMirror leaves it out there).
  for (const node of [$from.nodeBefore, $from.nodeAfter]) {
    const edge = node?.marks.find((m) => m.type.name === 'quote')?.attrs.attribution as unknown
    if (typeof edge === 'string') return edge
  }
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth)
    if (node.type.name === 'blockquote' && typeof node.attrs.attribution === 'string')
      return node.attrs.attribution
  }
  return null
}

/** A fresh id for the story's next attribution. */
export function newAttributionId(taken: Attribution[]): string {
  const used = new Set(taken.map((a) => a.id))
  for (let n = taken.length + 1; ; n++) if (!used.has(`q${n}`)) return `q${n}`
}

export const blankAttribution = (id: string): Attribution => ({
  id,
  speaker: null,
  role: null,
  sourcing: 'on-record',
  description: null,
  relayed: null,
  documentUrl: null,
  sourceIds: [],
  event: null,
  saidOn: null,
  signOff: null,
})

/**
 * Marks the selection as a quote, or attributes the blockquote the cursor is in, with `id`.
 * Answers false when there is nothing to mark (no words selected outside a blockquote).
 */
export function markQuote(editor: Editor, id: string): boolean {
  const { empty } = editor.state.selection
  if (editor.isActive('blockquote') && empty)
    return editor.chain().focus().updateAttributes('blockquote', { attribution: id }).run()
  if (empty) return false
  return editor.chain().focus().setMark('quote', { attribution: id }).run()
}

/**
 * Takes attribution `id` off the quote at the selection: the quote mark goes, or the blockquote
 * loses its `attribution` attribute (its words stay). One step of the editor's history, so
 * Ctrl+Z brings the body back. Answers whether any other quote still names `id`.
 */
export function unmarkQuote(editor: Editor, id: string): boolean {
  const chain = editor.chain().focus()
  const { $from } = editor.state.selection
  const inMark = [
    editor.getAttributes('quote'),
    ...[$from.nodeBefore, $from.nodeAfter].map(
      (n) => n?.marks.find((m) => m.type.name === 'quote')?.attrs ?? {},
    ),
  ].some((attrs) => attrs.attribution === id)
  if (inMark) chain.extendMarkRange('quote', { attribution: id }).unsetMark('quote').run()
  else chain.updateAttributes('blockquote', { attribution: null }).run()
  return quotePositions(editor.state.doc).some((q) => q.attribution === id)
}
